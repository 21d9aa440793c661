import type { Contact, ContactFields } from '../contact';
import { matchKey } from '../text';

/**
 * A LinkedIn profile address reduced to what identifies the person, so the many ways one
 * profile is written (http or https, www. or a country subdomain, a trailing slash, a query,
 * percent-encoded letters, capitals) compare equal: `linkedin.com/in/zoë-ångström-42`.
 */
export function normalizeLinkedInUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (!/(^|\.)linkedin\.com$/i.test(parsed.hostname)) return null;
  let path = parsed.pathname.replace(/\/+$/, '');
  try {
    path = decodeURIComponent(path);
  } catch {
    // A stray % that is not an escape: compare the path as written.
  }
  return `linkedin.com${path.normalize('NFC').toLowerCase()}`;
}

export const emailKey = (email: string) => email.trim().toLowerCase();

/** Name and company as one key; no company is a value of its own, not a wildcard. */
export const nameCompanyKey = (name: string, company: string | null) =>
  `${matchKey(name)}\u0001${matchKey(company ?? '')}`;

export type MatchReason = 'id' | 'linkedin' | 'email' | 'name';

export const MATCH_WORDS: Record<MatchReason, string> = {
  id: 'the same Rebound id',
  linkedin: 'the same LinkedIn profile',
  email: 'the same email address',
  name: 'the same name and company',
};

type Matchable = Pick<ContactFields, 'name' | 'company' | 'email' | 'otherEmails' | 'linkedinUrl'>;

/**
 * Finds the contact a row describes, in the order the keys are trustworthy: a Rebound id, then
 * the LinkedIn profile, then any email address (ignoring case), then name and company.
 */
export class ContactIndex<T extends Matchable & { id: string }> {
  readonly #byId = new Map<string, T>();
  readonly #byLinkedIn = new Map<string, T>();
  readonly #byEmail = new Map<string, T>();
  readonly #byName = new Map<string, T>();

  constructor(contacts: Iterable<T> = []) {
    for (const contact of contacts) this.add(contact);
  }

  /** Adds (or re-adds after a change) a contact; the first one holding a key keeps it. */
  add(contact: T): void {
    this.#byId.set(contact.id, contact);
    const linkedin = contact.linkedinUrl && normalizeLinkedInUrl(contact.linkedinUrl);
    if (linkedin && !this.#byLinkedIn.has(linkedin)) this.#byLinkedIn.set(linkedin, contact);
    for (const email of [contact.email, ...contact.otherEmails]) {
      if (email && !this.#byEmail.has(emailKey(email))) this.#byEmail.set(emailKey(email), contact);
    }
    const name = nameCompanyKey(contact.name, contact.company);
    if (!this.#byName.has(name)) this.#byName.set(name, contact);
  }

  find(row: Matchable, id: string | null = null): { contact: T; by: MatchReason } | undefined {
    const byId = id === null ? undefined : this.#byId.get(id);
    if (byId) return { contact: byId, by: 'id' };
    const linkedin = row.linkedinUrl && normalizeLinkedInUrl(row.linkedinUrl);
    const byLinkedIn = linkedin ? this.#byLinkedIn.get(linkedin) : undefined;
    if (byLinkedIn) return { contact: byLinkedIn, by: 'linkedin' };
    for (const email of [row.email, ...row.otherEmails]) {
      const byEmail = email ? this.#byEmail.get(emailKey(email)) : undefined;
      if (byEmail) return { contact: byEmail, by: 'email' };
    }
    const byName = this.#byName.get(nameCompanyKey(row.name, row.company));
    return byName ? { contact: byName, by: 'name' } : undefined;
  }
}

const LIST_LIMITS = { otherEmails: 20, otherPhones: 20, websites: 20, tags: 50 } as const;

/** Adds the values not yet present (compared by `key`) to a list, up to its limit. */
function union(list: string[], incoming: readonly string[], limit: number, key = (v: string) => v) {
  const seen = new Set(list.map(key));
  const out = [...list];
  for (const value of incoming) {
    if (out.length >= limit) break;
    if (!seen.has(key(value))) {
      seen.add(key(value));
      out.push(value);
    }
  }
  return out;
}

const digits = (phone: string) => phone.replace(/\D/g, '');
const SCALARS = ['title', 'company', 'email', 'linkedinUrl', 'phone', 'howMet', 'notes'] as const;

/**
 * What a row adds to a contact Rebound already has: it fills empty fields and adds addresses,
 * numbers, sites and tags not yet there. It never overwrites what the user wrote. Returns the
 * changed contact and the names of the fields it filled (empty when there is nothing new).
 */
export function mergeContactFields(
  existing: Contact,
  row: ContactFields,
): { next: Contact; filled: string[] } {
  const next: Contact = { ...existing };
  const filled: string[] = [];
  for (const field of SCALARS) {
    if (next[field] === null && row[field] !== null) {
      next[field] = row[field];
      filled.push(field);
    }
  }
  const emails = [row.email, ...row.otherEmails].filter(
    (e): e is string => e !== null && e !== next.email,
  );
  const phones = [row.phone, ...row.otherPhones].filter(
    (p): p is string => p !== null && p !== next.phone,
  );
  const lists = {
    otherEmails: union(
      next.otherEmails,
      emails.filter((e) => emailKey(e) !== emailKey(next.email ?? '')),
      LIST_LIMITS.otherEmails,
      emailKey,
    ),
    otherPhones: union(
      next.otherPhones,
      phones.filter((p) => digits(p) !== digits(next.phone ?? '')),
      LIST_LIMITS.otherPhones,
      digits,
    ),
    websites: union(next.websites, row.websites, LIST_LIMITS.websites),
    tags: union(next.tags, row.tags, LIST_LIMITS.tags, (t) => t.toLowerCase()),
  };
  for (const [field, values] of Object.entries(lists) as [keyof typeof lists, string[]][]) {
    if (values.length !== next[field].length) {
      next[field] = values;
      filled.push(field);
    }
  }
  if (next.relationship === 'other' && row.relationship !== 'other') {
    next.relationship = row.relationship;
    filled.push('relationship');
  }
  return { next, filled };
}
