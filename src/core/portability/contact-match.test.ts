import { describe, expect, it } from 'vitest';
import { contactRecord } from '../../../test/contacts';
import { contactFieldsSchema } from '../contact';
import {
  ContactIndex,
  matchKeysOf,
  mergeContactFields,
  normalizeLinkedInUrl,
} from './contact-match';

describe('normalizeLinkedInUrl', () => {
  it.each([
    'https://www.linkedin.com/in/zoë-ångström-42/',
    'http://linkedin.com/in/Zo%C3%AB-%C3%85ngstr%C3%B6m-42',
    'https://se.linkedin.com/in/ZOË-ÅNGSTRÖM-42?trk=profile',
    'https://www.linkedin.com/in/zoe%CC%88-a%CC%8Angstro%CC%88m-42#about',
  ])('reads %s as the same profile', (url) => {
    expect(normalizeLinkedInUrl(url)).toBe('linkedin.com/in/zoë-ångström-42');
  });

  it('is null for addresses that are not LinkedIn profiles', () => {
    expect(normalizeLinkedInUrl('https://notlinkedin.com/in/zoe')).toBeNull();
    expect(normalizeLinkedInUrl('not a url')).toBeNull();
  });
});

const row = (fields: Record<string, unknown>) =>
  contactFieldsSchema.parse({ name: 'Someone', ...fields });
const keys = (fields: Record<string, unknown>) => matchKeysOf(row(fields));

describe('ContactIndex', () => {
  const byLinkedIn = contactRecord({
    id: 'con_aaaaaaaaaaaa',
    name: 'A',
    email: null,
    company: null,
    linkedinUrl: 'https://www.linkedin.com/in/a',
  });
  const byEmail = contactRecord({
    id: 'con_bbbbbbbbbbbb',
    name: 'B',
    email: 'b@example.com',
    otherEmails: ['b2@example.com'],
    company: null,
    linkedinUrl: null,
  });
  const byName = contactRecord({
    id: 'con_cccccccccccc',
    name: 'Zoë Ångström',
    email: null,
    company: 'Acme',
    linkedinUrl: null,
  });
  const index = new ContactIndex([byLinkedIn, byEmail, byName]);

  it('matches by id, then LinkedIn profile, then any email ignoring case, then name and company', () => {
    expect(
      index.find(keys({ linkedinUrl: 'https://www.linkedin.com/in/a' }), 'con_cccccccccccc'),
    ).toMatchObject({ by: 'id', contact: byName });
    expect(
      index.find(keys({ linkedinUrl: 'http://LinkedIn.com/in/A/', email: 'b@example.com' })),
    ).toMatchObject({ by: 'linkedin', contact: byLinkedIn });
    expect(index.find(keys({ email: 'B2@Example.COM' }))).toMatchObject({
      by: 'email',
      contact: byEmail,
    });
    expect(index.find(keys({ name: 'zoe  angstrom', company: 'ACME' }))).toMatchObject({
      by: 'name',
      contact: byName,
    });
  });

  it('does not match the same name at another company or with none', () => {
    expect(index.find(keys({ name: 'Zoë Ångström', company: 'Other' }))).toBeUndefined();
    expect(index.find(keys({ name: 'Zoë Ångström' }))).toBeUndefined();
  });
});

describe('mergeContactFields', () => {
  it('fills empty fields and adds new addresses, never overwriting what is there', () => {
    const existing = contactRecord({
      title: null,
      email: 'zoe@work.example',
      phone: null,
      notes: 'Mine',
      tags: ['Data'],
    });
    const { next, filled } = mergeContactFields(
      existing,
      row({
        name: 'Z',
        title: 'CTO',
        email: 'ZOE@work.example',
        otherEmails: ['zoe@home.example'],
        phone: '+1 555',
        notes: 'Theirs',
        tags: ['data', 'mentor'],
        company: 'Other Co',
      }),
    );
    expect(next).toMatchObject({
      name: existing.name,
      title: 'CTO',
      company: existing.company,
      email: 'zoe@work.example',
      otherEmails: ['zoe@home.example'],
      phone: '+1 555',
      notes: 'Mine',
      tags: ['Data', 'mentor'],
    });
    expect(filled.sort()).toEqual(['otherEmails', 'phone', 'tags', 'title']);
  });

  it('reports nothing when the row holds nothing new', () => {
    const existing = contactRecord();
    const { filled } = mergeContactFields(
      existing,
      row({ name: existing.name, email: existing.email, title: 'Other title' }),
    );
    expect(filled).toEqual([]);
  });
});

describe('matchKey', () => {
  it('folds case, accents and spacing, for ASCII and non-ASCII names alike', async () => {
    const { matchKey } = await import('../text');
    expect(matchKey('  Zoë   ÅNGSTRÖM ')).toBe('zoe angstrom');
    expect(matchKey('Zoe\tAngstrom')).toBe('zoe angstrom');
    expect(matchKey('ﬁnn')).toBe('finn');
  });
});
