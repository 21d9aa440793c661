import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { contactRecord } from '../../../test/contacts';
import { contactFieldsSchema } from '../contact';
import { readWithIcal } from '../../../test/vcard-oracle';
import { parseVCards, writeVCards } from './vcard';

const octets = (line: string) => new TextEncoder().encode(line).length;

describe('writing vCard 4.0', () => {
  const zoe = contactRecord({
    title: 'Head of Data; Platform',
    company: 'Acme, Inc.',
    otherEmails: ['zoe.home@example.org'],
    otherPhones: ['+1 (555) 010-0199'],
    websites: ['https://zoe.example/a,b?x=1;y=2'],
    tags: ['data', 'met at PyData, Berlin'],
    notes:
      'Talked about the "data mesh" rollout.\nLoves sailing 🎉 — ask about Gotland; also a very long line that must be folded because it is far past seventy-five octets: ÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅÅ',
  });
  const text = writeVCards([
    zoe,
    contactRecord({ id: 'con_0123456789ac', name: 'Ana', company: null }),
  ]);

  it('is read back by an independent parser with every field intact', () => {
    const [card, second] = readWithIcal(text);
    expect(card).toMatchObject({
      version: '4.0',
      fn: 'Zoë Ångström',
      n: ['Ångström', 'Zoë', '', '', ''],
      org: 'Acme, Inc.',
      title: 'Head of Data; Platform',
      emails: [
        { value: 'zoe@northwind.example', pref: '1' },
        { value: 'zoe.home@example.org', pref: null },
      ],
      tels: ['+46 8 123 456', '+1 (555) 010-0199'],
      urls: ['https://www.linkedin.com/in/zoe-angstrom', 'https://zoe.example/a,b?x=1;y=2'],
      note: zoe.notes,
      categories: ['data', 'met at PyData, Berlin'],
    });
    expect(second).toMatchObject({ fn: 'Ana', n: ['', 'Ana', '', '', ''] });
  });

  it('ends lines with CRLF and folds them at 75 octets without splitting a character', () => {
    const physical = text.split('\r\n');
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of physical) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(physical.some((line) => line.startsWith(' '))).toBe(true);
    // Decoding each physical line on its own would show U+FFFD had a sequence been cut.
    for (const line of physical) {
      const bytes = new TextEncoder().encode(line);
      expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toBe(line);
    }
  });

  it('round-trips through its own reader', () => {
    const { candidates, problems } = parseVCards(text);
    expect(problems).toEqual([]);
    const fields = Object.fromEntries(
      Object.keys(contactFieldsSchema.shape).map((key) => [key, zoe[key as keyof typeof zoe]]),
    );
    expect(candidates[0]).toEqual({ line: 1, id: zoe.id, fields });
  });

  it('writes an empty file for no contacts', () => {
    expect(writeVCards([])).toBe('');
  });
});

describe('reading vCards from other programs', () => {
  it('reads an Apple Contacts 3.0 card with groups, pref types, a social profile and folding', () => {
    const apple = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'PRODID:-//Apple Inc.//macOS 15.1//EN',
      'N:Ångström;Zoë;;;',
      'FN:Zoë Ångström',
      'ORG:Northwind Robotics;Data Platform',
      'TITLE:Head of Data',
      'item1.EMAIL;type=INTERNET;type=WORK:zoe@northwind.example',
      'item2.EMAIL;type=INTERNET;type=HOME;type=pref:zoe@home.example',
      'TEL;type=CELL;type=VOICE;type=pref:+46 70 123 45 67',
      'item3.URL;type=pref:https://zoe.example',
      'X-SOCIALPROFILE;type=linkedin;x-user=zoe-angstrom:http\\://www.linkedin.com/in/zoe-angstrom',
      'NOTE:Met at the Stockholm data meetup\\, spring 2026.\\nFollow up about',
      '\t the mentoring programme.',
      'CATEGORIES:mentors,data',
      'END:VCARD',
    ].join('\r\n');
    const { candidates, problems } = parseVCards(apple);
    expect(problems).toEqual([]);
    expect(candidates[0]?.fields).toMatchObject({
      name: 'Zoë Ångström',
      company: 'Northwind Robotics',
      email: 'zoe@home.example',
      otherEmails: ['zoe@northwind.example'],
      phone: '+46 70 123 45 67',
      linkedinUrl: 'http://www.linkedin.com/in/zoe-angstrom',
      websites: ['https://zoe.example'],
      notes:
        'Met at the Stockholm data meetup, spring 2026.\nFollow up about the mentoring programme.',
      tags: ['mentors', 'data'],
    });
  });

  it('reads a Google 3.0 card, leaving out its "myContacts" system group', () => {
    const google =
      'BEGIN:VCARD\nVERSION:3.0\nFN:Kwame Mensah\nN:Mensah;Kwame;;;\nEMAIL;TYPE=INTERNET:KWAME@Example.com\nCATEGORIES:myContacts,Recruiters\nEND:VCARD\n';
    const { candidates } = parseVCards(google);
    expect(candidates[0]?.fields).toMatchObject({
      name: 'Kwame Mensah',
      email: 'KWAME@Example.com',
      tags: ['Recruiters'],
    });
  });

  it('reads 4.0 tel: URIs, PREF ranks and quoted parameters with caret escapes', () => {
    const card = [
      'BEGIN:VCARD',
      'VERSION:4.0',
      'FN:Mei Chen',
      'TEL;VALUE=uri;PREF=2:tel:+1-555-555-0100',
      'TEL;VALUE=uri;PREF=1;TYPE="work,voice":tel:+1-555-555-0199;ext=42',
      'EMAIL;LABEL="Work ^\'main^\' ^^ desk":mei@example.com',
      'END:VCARD',
    ].join('\r\n');
    const { candidates, problems } = parseVCards(card);
    expect(problems).toEqual([]);
    expect(candidates[0]?.fields).toMatchObject({
      phone: '+1-555-555-0199 ext 42',
      otherPhones: ['+1-555-555-0100'],
      email: 'mei@example.com',
    });
  });

  it('builds the name from N when FN is missing, and keeps a Rebound UID', () => {
    const card =
      'BEGIN:VCARD\r\nVERSION:3.0\r\nUID:con_0123456789ab\r\nN:Núñez;José;Luis;Dr.;\r\nEND:VCARD\r\n';
    const { candidates } = parseVCards(card);
    expect(candidates[0]).toMatchObject({
      id: 'con_0123456789ab',
      fields: { name: 'Dr. José Luis Núñez' },
    });
  });

  it('names the line and the property of every problem, and keeps the good cards', () => {
    const text = [
      'BEGIN:VCARD', // 1
      'VERSION:4.0',
      'FN:Good One',
      'END:VCARD',
      'BEGIN:VCARD', // 5
      'VERSION:4.0',
      'FN:Bad Email',
      'EMAIL:not-an-address',
      'END:VCARD',
      'BEGIN:VCARD', // 10
      'VERSION:2.1',
      'FN:Old Card',
      'END:VCARD',
      'BEGIN:VCARD', // 14
      'VERSION:4.0',
      'this line has no colon',
      'END:VCARD',
      'BEGIN:VCARD', // 18
      'VERSION:4.0',
      'END:VCARD',
      'BEGIN:VCARD', // 21
      'VERSION:4.0',
      'FN:Never Ends',
    ].join('\n');
    const { candidates, problems } = parseVCards(text);
    expect(candidates.map((c) => c.fields.name)).toEqual(['Good One']);
    expect(problems).toEqual([
      expect.objectContaining({ line: 5, label: 'Bad Email', field: 'EMAIL' }),
      expect.objectContaining({
        line: 10,
        field: 'VERSION',
        message: expect.stringContaining('2.1'),
      }),
      expect.objectContaining({ line: 16, message: expect.stringContaining('no colon') }),
      expect.objectContaining({ line: 18, field: 'FN' }),
      expect.objectContaining({
        line: 21,
        label: 'Never Ends',
        message: expect.stringContaining('END:VCARD'),
      }),
    ]);
  });
});

const printable = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
  // eslint-disable-next-line no-control-regex -- generated text must be free of control characters
  .filter((s) => s.trim() !== '' && s.trim() === s && !/[\u0000-\u001f\u007f]/.test(s));
const contactArb = fc.record({
  name: printable,
  title: fc.option(printable, { nil: null }),
  company: fc.option(printable, { nil: null }),
  notes: fc.option(
    fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 300 })
      // eslint-disable-next-line no-control-regex -- generated text must be free of control characters
      .map((s) => s.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '').trim())
      .filter((s) => s !== ''),
    { nil: null },
  ),
  tags: fc.uniqueArray(
    printable.filter((s) => s.length <= 60),
    { maxLength: 4 },
  ),
  email: fc.option(fc.constantFrom('ana@example.com', 'Zoe.Angstrom+jobs@example.co.uk'), {
    nil: null,
  }),
});

describe('vCard properties', () => {
  it('any contact written is read back the same by ical.js and by Rebound', () => {
    fc.assert(
      fc.property(contactArb, (fields) => {
        const contact = contactRecord({ ...fields, howMet: null, phone: null, linkedinUrl: null });
        const text = writeVCards([contact]);
        const [oracle] = readWithIcal(text);
        expect(oracle?.fn).toBe(contact.name);
        expect(oracle?.title).toBe(contact.title);
        expect(oracle?.org).toBe(contact.company ?? '');
        expect(oracle?.note).toBe(contact.notes);
        expect(oracle?.categories).toEqual(contact.tags);
        const { candidates, problems } = parseVCards(text);
        expect(problems).toEqual([]);
        expect(candidates[0]?.fields).toMatchObject({
          name: contact.name,
          title: contact.title,
          company: contact.company,
          notes: contact.notes,
          tags: contact.tags,
          email: contact.email,
        });
      }),
      { numRuns: 300 },
    );
  });

  it('reads what ical.js writes (vCard 4.0, its own folding and escaping)', () => {
    fc.assert(
      fc.property(contactArb, (fields) => {
        const card = new ICAL.Component(['vcard', [], []]);
        card.addPropertyWithValue('version', '4.0');
        card.addPropertyWithValue('fn', fields.name);
        if (fields.title !== null) card.addPropertyWithValue('title', fields.title);
        if (fields.notes !== null) card.addPropertyWithValue('note', fields.notes);
        if (fields.email !== null) card.addPropertyWithValue('email', fields.email);
        if (fields.tags.length > 0) {
          const categories = new ICAL.Property('categories', card);
          categories.setValues(fields.tags);
          card.addProperty(categories);
        }
        const { candidates, problems } = parseVCards(card.toString());
        expect(problems).toEqual([]);
        expect(candidates[0]?.fields).toMatchObject({
          name: fields.name,
          title: fields.title,
          notes: fields.notes,
          email: fields.email,
          tags: fields.tags,
        });
      }),
      { numRuns: 300 },
    );
  });

  it('never throws, whatever the input', () => {
    const valid = writeVCards([contactRecord({ notes: 'A, B; C\nD' })]);
    const mutated = fc
      .tuple(
        fc.nat({ max: valid.length }),
        fc.nat({ max: 20 }),
        fc.string({ unit: 'binary', maxLength: 20 }),
      )
      .map(([at, cut, insert]) => valid.slice(0, at) + insert + valid.slice(at + cut));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 500 }), mutated), (text) => {
        const result = parseVCards(text);
        for (const problem of result.problems) expect(problem.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 2000 },
    );
  });
});
