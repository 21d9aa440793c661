import { describe, expect, it } from 'vitest';
import { createDocument } from './document';
import { bodyWords, documentBodyWords } from './text/similarity';

const doc = (text: string) => createDocument({ kind: 'thank_you', text });

describe('document analysis', () => {
  it('spells out contractions in the canonical text and maps matches back to the original', () => {
    const d = doc('I didn’t think I’d WIN, but it’s fine.');
    expect(d.canonical).toBe('i did not think i would win , but it is fine .');
    const at = d.canonical.indexOf('did not');
    expect(d.spanOf(at, at + 'did not'.length)).toEqual({ start: 2, end: 8 });
  });

  it.each([
    ['Hi Helen,\nThanks', 'Helen', null, true],
    ['Dear Dr. Cho,\nThanks', 'Cho', 'dr', true],
    ['Grace, thank you for the call.', 'Grace', null, false],
    ['Hey Sam — thanks!', 'Sam', null, true],
    ['Chef Andre,\nThanks', 'Andre', 'chef', false],
    ['Dear Ramesh sir,\nThank you', 'Ramesh', 'sir', true],
    ['Respected Priya Ma’am,\nThank you', 'Priya', 'ma’am', true],
    ['Hello Anil ji, thank you', 'Anil', 'ji', true],
    ['hey marco, thanks for the chat', 'marco', null, true],
    ['hi daniel - thanks!', 'daniel', null, true],
  ])('finds the name greeted in %j', (text, name, honorific, explicit) => {
    expect(doc(text).greeting?.name).toMatchObject({ text: name, honorific, explicit });
  });

  it.each([
    'Hello,\nThanks',
    'To whom it may concern,',
    'Hi there, thanks',
    'Dear Sir or Madam,',
    'Good morning,',
    'Respected Sir,',
    'hey mate, thanks',
    'hi again, quick note',
    'hello team,',
    'hey guys!',
  ])('knows %j is addressed to nobody in particular', (text) => {
    expect(doc(text).greeting).toMatchObject({ generic: true, name: null });
  });

  it.each([
    'Dear [Hiring Manager Name],\nThanks',
    'Dear Mr./Ms. Last Name,\nThanks',
    'Hi {{first_name}},\nThanks',
    'Dear First Name,\nThanks',
  ])('knows %j greets a slot never filled in, not a person', (text) => {
    expect(doc(text).greeting).toMatchObject({ name: null, generic: false, placeholder: true });
  });

  it.each(['hi there', 'hey just wanted to say thanks', 'hello, thanks', 'hey so about friday'])(
    'reads no name into the lower-case words of %j',
    (text) => {
      expect(doc(text).greeting?.name ?? null).toBeNull();
    },
  );

  it('greets the person by their name even when it reads like a generic word', () => {
    const greeting = (text: string, contactName: string) =>
      createDocument({ kind: 'thank_you', text, context: { contactName } }).greeting;
    expect(greeting('Hi Hr,\nThanks', 'Hr Dxndk')).toMatchObject({
      generic: false,
      name: { text: 'Hr' },
    });
    expect(greeting('Hi HR,\nThanks', 'Helen Cho')).toMatchObject({ generic: true, name: null });
  });

  it.each(['Thanks for the call.', 'Honestly, it was great.', 'I enjoyed it, Helen.'])(
    'finds no greeting in %j',
    (text) => {
      expect(doc(text).greeting?.name ?? null).toBeNull();
    },
  );

  it.each([
    'Thanks again for Tuesday and for showing me round the depot.',
    'Thank you so much for the call.',
    'Cheers for the chat yesterday.',
    'Thanks a million for ringing me.',
  ])('reads %j as a sentence of thanks, not a greeting to nobody', (text) => {
    expect(doc(text).greeting).toBeNull();
  });

  it('finds where the sign-off starts', () => {
    const text = 'Hi Helen,\nThanks for everything.\n\nWith very best wishes,\nRavi Kumar\n';
    expect(text.slice(doc(text).closingStart).trim()).toBe('With very best wishes,\nRavi Kumar');
    expect(doc('Thanks, see you soon.').closingStart).toBe('Thanks, see you soon.'.length);
  });

  it('blanks draft rooms so nothing in them counts, keeping offsets', () => {
    const text = 'Hi [[Your words: this is ridiculous]] there';
    const d = doc(text);
    expect(d.rooms).toEqual([{ start: 3, end: 37 }]);
    expect(d.masked).toHaveLength(text.length);
    expect(d.canonical).not.toContain('ridiculous');
  });

  it.each([
    'Hi Helen,\nThanks for everything, truly.\n\nWith very best wishes,\nRavi Kumar\n',
    'Hi Helen - thanks for the call!! It was great.\nBest,\nAna',
    'Dear Dr. Cho: I didn’t expect it. Co-ordinators rock.\nAna',
    'Thanks for the call. No greeting here, and no sign-off',
    'Hi [[Your words: this is ridiculous]] there, Helen.\nCheers,\nBo',
    'Helen,\n\nCheers',
  ])('finds the body words of %j from its tokens as from its text', (text) => {
    const d = doc(text);
    expect(documentBodyWords(d)).toEqual(bodyWords(d.masked));
  });
});
