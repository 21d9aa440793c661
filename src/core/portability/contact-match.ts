import type { Contact, ContactFields } from '../contact';
import { matchKey } from '../text';

const LINKEDIN_URL = /^https?:\/\/(?:[a-z0-9-]+\.)*linkedin\.com(?::\d+)?(\/[^?#]*)?(?:[?#].*)?$/i;

/**
 * A LinkedIn profile address reduced to what identifies the person, so the many ways one
 * profile is written (http or https, www. or a country subdomain, a trailing slash, a query,
 * percent-encoded letters, capitals) compare equal: `linkedin.com/in/zoë-ångström-42`.
 */
export function normalizeLinkedInUrl(url: string): string | null {
  const match = LINKEDIN_URL.exec(url.trim());
  if (!match) return null;
  let path = (match[1] ?? '').replace(/\/+$/, '');
  if (path.includes('%')) {
    try {
      path = decodeURIComponent(path);
    } catch {
      // A stray % that is not an escape: compare the path as written.
    }
  }
  // eslint-disable-next-line no-control-regex -- an ASCII check, not a control-character match
  if (/[^\x00-\x7f]/.test(path)) path = path.normalize('NFC');
  return `linkedin.com${path.toLowerCase()}`;
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

/** The keys a person can be recognized by, worked out once per row or contact. */
export interface MatchKeys {
  linkedin: string | null;
  emails: string[];
  name: string;
}

export function matchKeysOf(contact: Matchable): MatchKeys {
  const emails: string[] = [];
  for (const email of [contact.email, ...contact.otherEmails])
    if (email) emails.push(emailKey(email));
  return {
    linkedin: contact.linkedinUrl ? normalizeLinkedInUrl(contact.linkedinUrl) : null,
    emails,
    name: nameCompanyKey(contact.name, contact.company),
  };
}

/**
 * Finds the contact a row describes, in the order the keys are trustworthy: a Rebound id, then
 * the LinkedIn profile, then any email address (ignoring case), then name and company.
 *
 * A LinkedIn profile address is a person's identity: when the row and a contact both have one
 * and they differ, they are two people, however alike their names, companies or addresses (two
 * Ana Díaz at Acme; a shared team mailbox). A contact without one can still be matched by the
 * other keys, and then gains the row's.
 */
export class ContactIndex<T extends Matchable & { id: string }> {
  readonly #byId = new Map<string, T>();
  readonly #byLinkedIn = new Map<string, T>();
  readonly #byEmail = new Map<string, T[]>();
  readonly #byName = new Map<string, T[]>();
  readonly #profileOf = new Map<string, string | null>();

  constructor(contacts: Iterable<T> = []) {
    for (const contact of contacts) this.add(contact);
  }

  /** Adds (or re-adds after a change) a contact; for one key, the first contact added wins. */
  add(contact: T, keys: MatchKeys = matchKeysOf(contact)): void {
    const known = this.#byId.has(contact.id);
    this.#byId.set(contact.id, contact);
    this.#profileOf.set(contact.id, keys.linkedin);
    if (keys.linkedin && !this.#byLinkedIn.has(keys.linkedin))
      this.#byLinkedIn.set(keys.linkedin, contact);
    for (const email of keys.emails) listed(this.#byEmail, email, contact, known);
    listed(this.#byName, keys.name, contact, known);
  }

  find(keys: MatchKeys, id: string | null = null): { contact: T; by: MatchReason } | undefined {
    const byId = id === null ? undefined : this.#byId.get(id);
    if (byId) return { contact: byId, by: 'id' };
    const byLinkedIn = keys.linkedin ? this.#byLinkedIn.get(keys.linkedin) : undefined;
    if (byLinkedIn) return { contact: byLinkedIn, by: 'linkedin' };
    // The profile did not match, so a contact with a profile of its own is someone else.
    const samePerson = (candidate: T) =>
      keys.linkedin === null || (this.#profileOf.get(candidate.id) ?? null) === null;
    for (const email of keys.emails) {
      const byEmail = this.#byEmail.get(email)?.find(samePerson);
      if (byEmail) return { contact: byEmail, by: 'email' };
    }
    const byName = this.#byName.get(keys.name)?.find(samePerson);
    return byName ? { contact: byName, by: 'name' } : undefined;
  }
}

/** Files a contact under a key, after those already there; re-added, it keeps its place. */
function listed<T extends { id: string }>(
  index: Map<string, T[]>,
  key: string,
  contact: T,
  known: boolean,
): void {
  const list = index.get(key);
  if (list === undefined) {
    index.set(key, [contact]);
    return;
  }
  const at = known ? list.findIndex((c) => c.id === contact.id) : -1;
  if (at >= 0) list[at] = contact;
  else list.push(contact);
}

const LIST_LIMITS = { otherEmails: 20, otherPhones: 20, websites: 20, tags: 50 } as const;

/** Adds the values not yet present (compared by `key`) to a list, up to its limit. */
function union(list: string[], incoming: readonly string[], limit: number, key = (v: string) => v) {
  if (incoming.length === 0) return list;
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
  const filled: string[] = [];
  // Re-importing a file matches every row; most add nothing, so nothing is copied until needed.
  const patch: Partial<Contact> = {};
  for (const field of SCALARS) {
    if (existing[field] === null && row[field] !== null) {
      patch[field] = row[field];
      filled.push(field);
    }
  }
  const email = patch.email ?? existing.email;
  const phone = patch.phone ?? existing.phone;
  const emails = [row.email, ...row.otherEmails].filter(
    (e): e is string => e !== null && emailKey(e) !== emailKey(email ?? ''),
  );
  const phones = [row.phone, ...row.otherPhones].filter(
    (p): p is string => p !== null && digits(p) !== digits(phone ?? ''),
  );
  const lists = {
    otherEmails: union(existing.otherEmails, emails, LIST_LIMITS.otherEmails, emailKey),
    otherPhones: union(existing.otherPhones, phones, LIST_LIMITS.otherPhones, digits),
    websites: union(existing.websites, row.websites, LIST_LIMITS.websites),
    tags: union(existing.tags, row.tags, LIST_LIMITS.tags, (t) => t.toLowerCase()),
  };
  for (const field of ['otherEmails', 'otherPhones', 'websites', 'tags'] as const) {
    if (lists[field].length !== existing[field].length) {
      patch[field] = lists[field];
      filled.push(field);
    }
  }
  if (existing.relationship === 'other' && row.relationship !== 'other') {
    patch.relationship = row.relationship;
    filled.push('relationship');
  }
  return { next: filled.length === 0 ? existing : { ...existing, ...patch }, filled };
}
