import type { Contact } from '../contact';
import { looksLikeId } from '../ids';
import {
  type ContactFieldNames,
  type ParsedContacts,
  rowLabel,
  validateContactRow,
} from './contact-rows';
import type { RowProblem } from './import-report';
import {
  type ContentLine,
  escapeText,
  foldLine,
  type LogicalLine,
  parseContentLine,
  splitEscaped,
  unescapeText,
  unfoldLines,
} from './vcard-syntax';

/** Properties Rebound writes for what vCard has no word for; other programs ignore them. */
const X_HOW_MET = 'X-REBOUND-HOW-MET';
const X_RELATIONSHIP = 'X-REBOUND-RELATIONSHIP';

const FIELD_NAMES: ContactFieldNames = {
  name: 'FN',
  title: 'TITLE',
  company: 'ORG',
  email: 'EMAIL',
  otherEmails: 'EMAIL',
  phone: 'TEL',
  otherPhones: 'TEL',
  linkedinUrl: 'URL',
  websites: 'URL',
  howMet: X_HOW_MET,
  relationship: X_RELATIONSHIP,
  tags: 'CATEGORIES',
  notes: 'NOTE',
};

interface Card {
  line: number;
  properties: ContentLine[];
}

type CardsResult = { cards: Card[]; problems: RowProblem[] };

/** Groups content lines into cards between BEGIN:VCARD and END:VCARD. */
function splitCards(lines: LogicalLine[]): CardsResult {
  const cards: Card[] = [];
  const problems: RowProblem[] = [];
  let current: (Card & { broken?: string; brokenLine?: number }) | undefined;
  const close = (card: typeof current) => {
    if (card === undefined) return;
    if (card.broken !== undefined) {
      problems.push({
        line: card.brokenLine ?? card.line,
        label: labelOf(card),
        field: null,
        message: card.broken,
      });
    } else cards.push({ line: card.line, properties: card.properties });
  };
  for (const logical of lines) {
    if (logical.text.trim() === '') continue;
    const upper = logical.text.trim().toUpperCase();
    if (upper === 'BEGIN:VCARD') {
      if (current !== undefined) {
        current.broken ??= 'this vCard has no END:VCARD before the next BEGIN:VCARD';
        close(current);
      }
      current = { line: logical.line, properties: [] };
    } else if (upper === 'END:VCARD') {
      if (current === undefined) {
        problems.push({
          line: logical.line,
          label: '',
          field: null,
          message: 'END:VCARD without BEGIN:VCARD',
        });
      }
      close(current);
      current = undefined;
    } else if (current === undefined) {
      problems.push({
        line: logical.line,
        label: '',
        field: null,
        message: 'text outside a vCard (expected BEGIN:VCARD)',
      });
    } else {
      const parsed = parseContentLine(logical);
      if (parsed.ok) current.properties.push(parsed.value);
      else if (current.broken === undefined) {
        current.broken = `this line ${parsed.message}`;
        current.brokenLine = logical.line;
      }
    }
  }
  if (current !== undefined) {
    current.broken ??= 'this vCard has no END:VCARD';
    close(current);
  }
  return { cards, problems };
}

const first = (card: Card, name: string) => card.properties.find((p) => p.name === name);
const all = (card: Card, name: string) => card.properties.filter((p) => p.name === name);
const text = (property: ContentLine | undefined) =>
  property === undefined ? undefined : unescapeText(property.value).trim();

/** The display name: FN, or the name assembled from N's components. */
function nameOf(card: Card): string | undefined {
  const formatted = text(first(card, 'FN'));
  if (formatted) return formatted;
  const structured = first(card, 'N');
  if (structured === undefined) return undefined;
  const [family = '', given = '', additional = '', prefix = '', suffix = ''] = splitEscaped(
    structured.value,
    ';',
  ).map((part) => splitEscaped(part, ',').map(unescapeText).join(' ').trim());
  const name = [prefix, given, additional, family, suffix].filter(Boolean).join(' ');
  return name || undefined;
}

function labelOf(card: Card): string {
  return rowLabel(nameOf(card) ?? '');
}

/** Preference rank: PREF=1 is most preferred (4.0); TYPE=pref marks it in 3.0. */
function preference(property: ContentLine): number {
  const pref = Number(property.params.get('PREF')?.[0]);
  if (Number.isInteger(pref) && pref >= 1) return pref;
  const types = (property.params.get('TYPE') ?? []).flatMap((t) => t.toLowerCase().split(','));
  return types.includes('pref') ? 1 : 101;
}

/** Values of a repeatable property, most preferred first, blanks dropped. */
function ranked(card: Card, name: string, read: (p: ContentLine) => string): string[] {
  return all(card, name)
    .map((property, index) => ({ property, index }))
    .sort((a, b) => preference(a.property) - preference(b.property) || a.index - b.index)
    .map(({ property }) => read(property))
    .filter((value) => value !== '');
}

/** A 4.0 `tel:` URI as a number a person reads: `tel:+1-555-0100;ext=7` → `+1-555-0100 ext 7`. */
function phoneText(property: ContentLine): string {
  const value = unescapeText(property.value).trim();
  if (!/^tel:/i.test(value)) return value;
  const [number = '', ...params] = value.slice(4).split(';');
  const ext = params.find((p) => /^ext=/i.test(p))?.slice(4);
  return ext ? `${number} ext ${ext}` : number;
}

/** URLs are URI values (not escaped text); a bare `www.…` gets the https:// it implies. */
function urlText(property: ContentLine): string {
  const value = property.value.replace(/\\([,;:\\])/g, '$1').trim();
  return /^www\./i.test(value) ? `https://${value}` : value;
}

const isLinkedIn = (url: string) => /^https?:\/\/([a-z]{2,3}\.)?(www\.)?linkedin\.com\//i.test(url);

/** Turns one card into the raw fields of a contact (validated by the caller). */
function cardFields(card: Card): Record<string, unknown> {
  const emails = ranked(card, 'EMAIL', (p) => unescapeText(p.value).trim());
  const phones = ranked(card, 'TEL', phoneText);
  const social = all(card, 'X-SOCIALPROFILE').map(urlText);
  const urls = [...ranked(card, 'URL', urlText), ...social];
  const linkedin = urls.find(isLinkedIn);
  const org = first(card, 'ORG');
  const notes = all(card, 'NOTE')
    .map((p) => unescapeText(p.value).trim())
    .filter(Boolean);
  // Google Contacts puts every card in a "myContacts" group: a system label, not the user's tag.
  const tags = all(card, 'CATEGORIES').flatMap((p) =>
    splitEscaped(p.value, ',')
      .map((t) => unescapeText(t).trim())
      .filter((t) => t !== '' && t.toLowerCase() !== 'mycontacts'),
  );
  return {
    name: nameOf(card),
    title: text(first(card, 'TITLE')) ?? null,
    company: org === undefined ? null : unescapeText(splitEscaped(org.value, ';')[0] ?? '').trim(),
    email: emails[0] ?? null,
    otherEmails: emails.slice(1),
    phone: phones[0] ?? null,
    otherPhones: phones.slice(1),
    linkedinUrl: linkedin ?? null,
    websites: urls.filter((u) => u !== linkedin && !social.includes(u)),
    howMet: text(first(card, X_HOW_MET)) ?? null,
    relationship: text(first(card, X_RELATIONSHIP)) ?? undefined,
    tags,
    notes: notes.length > 0 ? notes.join('\n\n') : null,
  };
}

function uidOf(card: Card): string | null {
  const uid = text(first(card, 'UID'));
  return uid !== undefined && uid.startsWith('con_') && looksLikeId(uid) ? uid : null;
}

function versionProblem(card: Card): RowProblem | undefined {
  const version = text(first(card, 'VERSION'));
  if (version === '3.0' || version === '4.0') return undefined;
  return {
    line: card.line,
    label: labelOf(card),
    field: 'VERSION',
    message:
      version === undefined
        ? 'is missing; Rebound reads vCard 3.0 and 4.0'
        : `vCard ${version} is not supported; export the contacts as vCard 3.0 or 4.0`,
  };
}

/**
 * Reads a .vcf file of one or more vCards (3.0 or 4.0). Each card becomes a candidate contact
 * or a problem naming its line and property; nothing here throws on bad input.
 */
export function parseVCards(source: string): ParsedContacts {
  const { cards, problems } = splitCards(unfoldLines(source.replace(/^\uFEFF/, '')));
  const result: ParsedContacts = { candidates: [], problems: [...problems] };
  for (const card of cards) {
    const version = versionProblem(card);
    if (version !== undefined) {
      result.problems.push(version);
      continue;
    }
    const fields = cardFields(card);
    if (fields.name === undefined) {
      result.problems.push({
        line: card.line,
        label: '',
        field: 'FN',
        message: 'the card has no name (FN or N)',
      });
      continue;
    }
    const checked = validateContactRow(card.line, fields, FIELD_NAMES, uidOf(card));
    if (checked.ok) result.candidates.push(checked.candidate);
    else result.problems.push(checked.problem);
  }
  result.problems.sort((a, b) => a.line - b.line);
  return result;
}

/** `20261126T093000Z`, the timestamp form vCard's REV uses. */
function vcardTimestamp(instant: string): string {
  return instant.replace(/[-:]/g, '').replace(/\.\d+/, '');
}

/** N's components from a display name: the last word as family name, the rest as given names. */
function structuredName(name: string): string {
  const words = name.trim().split(/\s+/);
  const family = words.length > 1 ? (words.pop() as string) : '';
  return `${escapeText(family, true)};${escapeText(words.join(' '), true)};;;`;
}

function cardLines(contact: Contact): string[] {
  const lines = [
    'BEGIN:VCARD',
    'VERSION:4.0',
    'PRODID:-//Rebound//Rebound//EN',
    `UID;VALUE=text:${contact.id}`,
    `FN:${escapeText(contact.name)}`,
    `N:${structuredName(contact.name)}`,
  ];
  if (contact.company) lines.push(`ORG:${escapeText(contact.company, true)}`);
  if (contact.title) lines.push(`TITLE:${escapeText(contact.title)}`);
  if (contact.email) lines.push(`EMAIL;PREF=1:${escapeText(contact.email)}`);
  for (const email of contact.otherEmails) lines.push(`EMAIL:${escapeText(email)}`);
  if (contact.phone) lines.push(`TEL;VALUE=text;PREF=1:${escapeText(contact.phone)}`);
  for (const phone of contact.otherPhones) lines.push(`TEL;VALUE=text:${escapeText(phone)}`);
  if (contact.linkedinUrl) lines.push(`URL;TYPE=linkedin:${contact.linkedinUrl}`);
  for (const site of contact.websites) lines.push(`URL:${site}`);
  if (contact.tags.length > 0)
    lines.push(`CATEGORIES:${contact.tags.map((tag) => escapeText(tag)).join(',')}`);
  if (contact.notes) lines.push(`NOTE:${escapeText(contact.notes)}`);
  if (contact.howMet) lines.push(`${X_HOW_MET}:${escapeText(contact.howMet)}`);
  lines.push(`${X_RELATIONSHIP}:${contact.relationship}`);
  lines.push(`REV:${vcardTimestamp(contact.updatedAt)}`, 'END:VCARD');
  return lines;
}

/**
 * Contacts as a vCard 4.0 file (RFC 6350): CRLF line ends, lines folded at 75 octets without
 * splitting a character, TEXT values escaped, the preferred email and phone marked PREF=1.
 */
export function writeVCards(contacts: readonly Contact[]): string {
  return (
    contacts.map((c) => cardLines(c).map(foldLine).join('\r\n')).join('\r\n') +
    (contacts.length > 0 ? '\r\n' : '')
  );
}
