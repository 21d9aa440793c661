import { describe, expect, it } from 'vitest';
import { htmlToText, leadingImageAlt } from './html-text';

describe('htmlToText', () => {
  it('puts each block on its own line and keeps the cells of a row together', () => {
    const html = [
      '<html><head><title>Update</title><style>p { color: red }</style></head><body>',
      '<table><tr><td>Date:</td><td>Monday, 10:00</td></tr></table>',
      '<p>Thank you for applying.</p><div>We have decided<br>to move on.</div>',
      '<ul><li>First</li><li>Second</li></ul>',
      '</body></html>',
    ].join('');
    expect(htmlToText(html).split('\n')).toEqual([
      'Date: Monday, 10:00',
      'Thank you for applying.',
      'We have decided',
      'to move on.',
      'First',
      'Second',
    ]);
  });

  it('decodes entities, keeps link words and drops scripts and images', () => {
    const html =
      '<p>Caf&eacute; &amp; Co&nbsp;&ndash; <a href="https://jobs.example/x">see the role</a>' +
      '<img src="logo.png" alt="logo"></p><script>var x = "<p>hidden</p>";</script>';
    expect(htmlToText(html)).toBe('Café & Co – see the role');
  });

  it('reads only the first 200,000 characters of a huge body', () => {
    const filler = '<p>footer text</p>'.repeat(20_000);
    const text = htmlToText(`<p>News first.</p>${filler}<p>Never read.</p>`);
    expect(text.startsWith('News first.\nfooter text')).toBe(true);
    expect(text).not.toContain('Never read.');
  });
});

describe('leadingImageAlt', () => {
  it("reads the alt text of the logo that opens the mail, without the word 'logo'", () => {
    const html =
      '<html><head><title>Hi</title></head><body><table><tr><td><img src="x.png" alt="Ardent Foods logo"></td></tr><tr><td><p>Dear Meera,</p></td></tr></table></body></html>';
    expect(leadingImageAlt(html)).toBe('Ardent Foods');
  });

  it('reads nothing from an image that comes after the text, or one with no alt text', () => {
    expect(leadingImageAlt('<p>Dear Meera,</p><img alt="Ardent Foods">')).toBeNull();
    expect(leadingImageAlt('<img src="spacer.gif" alt=""><p>Dear Meera,</p>')).toBeNull();
  });
});
