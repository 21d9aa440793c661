import { describe, expect, it } from 'vitest';
import { buildEml, emlFileName, encodeHeader, mailtoHref, quotedPrintable } from './send-formats';

/** Decodes quoted-printable back to text, to check the encoder round-trips. */
function decodeQuotedPrintable(encoded: string): string {
  const joined = encoded.replace(/=\r\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i += 1) {
    if (joined[i] === '=') {
      bytes.push(parseInt(joined.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(joined.charCodeAt(i));
    }
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

describe('mailto links', () => {
  it('carry the address, subject and body with CRLF line breaks', () => {
    const href = mailtoHref({
      to: 'helen.cho@acme.example',
      subject: 'Thank you & a question',
      body: 'Hi Helen,\nThanks!',
    });
    expect(href).toBe(
      'mailto:helen.cho@acme.example?subject=Thank%20you%20%26%20a%20question&body=Hi%20Helen%2C%0D%0AThanks!',
    );
  });

  it('work without a recipient', () => {
    expect(mailtoHref({ to: null, subject: null, body: 'Hello' })).toBe('mailto:?body=Hello');
  });
});

describe('.eml files', () => {
  it('are plain UTF-8 emails marked unsent, with CRLF line endings', () => {
    const eml = buildEml(
      { to: 'helen@acme.example', subject: 'Thank you', body: 'Hi Helen,\n\nThank you.' },
      new Date('2026-11-26T09:30:00Z'),
    );
    const split = eml.indexOf('\r\n\r\n');
    const head = eml.slice(0, split);
    const body = eml.slice(split + 4);
    expect(head).toContain('To: helen@acme.example');
    expect(head).toContain('Subject: Thank you');
    expect(head).toContain('Date: Thu, 26 Nov 2026 09:30:00 +0000');
    expect(head).toContain('Content-Type: text/plain; charset=UTF-8');
    expect(head).toContain('X-Unsent: 1');
    expect(eml.replace(/\r\n/g, '')).not.toContain('\n');
    expect(body).toBe('Hi Helen,\r\n\r\nThank you.\r\n');
  });

  it('encode non-ASCII subjects as RFC 2047 words that decode back', () => {
    const subject = 'Merci — café with Zoë 🎉';
    const encoded = encodeHeader(subject);
    expect(encoded).toMatch(/^=\?UTF-8\?B\?/);
    const decoded = encoded
      .split('\r\n ')
      .map((word) => word.slice('=?UTF-8?B?'.length, -2))
      .map((b64) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)));
    const bytes = new Uint8Array(decoded.reduce((n, part) => n + part.length, 0));
    let offset = 0;
    for (const part of decoded) {
      bytes.set(part, offset);
      offset += part.length;
    }
    expect(new TextDecoder().decode(bytes)).toBe(subject);
  });

  it('wrap long lines and escape what must be escaped, losing nothing', () => {
    const text = `${'A sentence with an equals sign = and accents é à ü. '.repeat(6)}\nEnd with space `;
    const encoded = quotedPrintable(text);
    for (const line of encoded.split('\r\n')) expect(line.length).toBeLessThanOrEqual(76);
    expect(decodeQuotedPrintable(encoded)).toBe(text.replace(/\n/g, '\r\n'));
  });

  it('are named after the kind and company', () => {
    expect(emlFileName('feedback_request', 'Zoë & Co.')).toBe('feedback-request-zoe-co.eml');
  });
});
