import type { Contact, ContactFields } from '../contact';
import type { Instant } from '../dates';
import type { ParsedContacts } from './contact-rows';
import { ContactIndex, MATCH_WORDS, matchKeysOf, mergeContactFields } from './contact-match';
import { invalidOutcome, type RowOutcome } from './import-report';

/** What an import will write: new contacts, changed ones (their whole new state), one outcome per row. */
export interface ContactImportPlan {
  creates: Contact[];
  updates: Contact[];
  outcomes: RowOutcome[];
}

const FIELD_WORDS: Record<string, string> = {
  linkedinUrl: 'LinkedIn URL',
  otherEmails: 'other emails',
  otherPhones: 'other phones',
  howMet: 'how you met',
};
const words = (fields: string[]) => fields.map((f) => FIELD_WORDS[f] ?? f).join(', ');

/** A new contact from a row's fields, built as one literal: tens of thousands are made at once. */
function newContact(f: ContactFields, id: string, now: Instant): Contact {
  return {
    id,
    name: f.name,
    title: f.title,
    company: f.company,
    email: f.email,
    otherEmails: f.otherEmails,
    linkedinUrl: f.linkedinUrl,
    phone: f.phone,
    otherPhones: f.otherPhones,
    websites: f.websites,
    howMet: f.howMet,
    relationship: f.relationship,
    tags: f.tags,
    notes: f.notes,
    lastInteractionAt: null,
    keepInTouchDays: null,
    keepInTouchSnoozedUntil: null,
    unansweredTouches: 0,
    sample: false,
    createdAt: now,
    updatedAt: now,
  };
}

export interface PlanOptions {
  now: Instant;
  newId: () => string;
}

/**
 * Decides, row by row, whether each person is new, adds something to a contact Rebound has, or
 * is already there. Rows naming the same person twice are folded together, so importing a file
 * — or importing it again — never makes duplicates.
 */
export function planContactImport(
  existing: readonly Contact[],
  parsed: ParsedContacts,
  { now, newId }: PlanOptions,
): ContactImportPlan {
  const index = new ContactIndex<Contact>(existing);
  const createdAt = new Map<string, number>();
  const pending = new Map<string, Contact>();
  const outcomes: RowOutcome[] = parsed.problems.map(invalidOutcome);
  const takenIds = new Set(existing.map((c) => c.id));

  for (const { line, id, fields } of [...parsed.candidates].sort((a, b) => a.line - b.line)) {
    const keys = matchKeysOf(fields);
    const match = index.find(keys, id);
    if (match === undefined) {
      const contact = newContact(fields, id !== null && !takenIds.has(id) ? id : newId(), now);
      takenIds.add(contact.id);
      createdAt.set(contact.id, line);
      pending.set(contact.id, contact);
      index.add(contact, keys);
      outcomes.push({
        line,
        outcome: 'created',
        id: contact.id,
        label: contact.name,
        reason: null,
      });
      continue;
    }
    const current = pending.get(match.contact.id) ?? match.contact;
    const { next, filled } = mergeContactFields(current, fields);
    const firstLine = createdAt.get(current.id);
    const named = current.name === fields.name ? '' : ` as ${current.name}`;
    const who =
      firstLine === undefined
        ? `already in Rebound${named} (${MATCH_WORDS[match.by]})`
        : `the same person as line ${firstLine} (${MATCH_WORDS[match.by]})`;
    if (filled.length > 0) {
      const changed = firstLine === undefined ? { ...next, updatedAt: now } : next;
      pending.set(current.id, changed);
      index.add(changed);
    }
    outcomes.push({
      line,
      outcome: filled.length > 0 ? 'updated' : 'skipped',
      id: current.id,
      label: fields.name,
      reason: filled.length > 0 ? `${who}: added ${words(filled)}` : `${who}: nothing new`,
    });
  }
  const creates = [...pending.values()].filter((c) => createdAt.has(c.id));
  const updates = [...pending.values()].filter((c) => !createdAt.has(c.id));
  return { creates, updates, outcomes: outcomes.sort((a, b) => a.line - b.line) };
}
