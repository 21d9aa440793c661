import { contactFieldsSchema, type ContactFields } from '../contact';
import { cleanImportedText } from '../text';
import type { RowProblem } from './import-report';

/** A person read from a file, validated, with where they came from. */
export interface ContactCandidate {
  line: number;
  /** A Rebound contact id the file carries (a vCard UID written by Rebound), if any. */
  id: string | null;
  fields: ContactFields;
}

/** A file's people: the good rows and the problems, each naming its line. */
export interface ParsedContacts {
  candidates: ContactCandidate[];
  problems: RowProblem[];
}

/** How a format names each contact field, so a problem names what the user sees in the file. */
export type ContactFieldNames = Partial<Record<keyof ContactFields, string>>;

/** Cleans every string in a raw row the way all imported text is cleaned (see core/text.ts). */
function cleanRaw(value: unknown): unknown {
  if (typeof value === 'string') return cleanImportedText(value);
  if (Array.isArray(value)) return value.map(cleanRaw);
  return value;
}

/**
 * The same fields in an object literal of one fixed shape. Parsed objects are built key by key,
 * which leaves them slow to read and copy; an import handles tens of thousands of them.
 */
function withFixedShape(f: ContactFields): ContactFields {
  return {
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
  };
}

/** The label a problem or an outcome shows for a row: the person's name if there is one. */
export function rowLabel(name: unknown): string {
  return typeof name === 'string' ? cleanImportedText(name).trim().slice(0, 80) : '';
}

/**
 * Validates one raw row with the contact schema. A problem names the file's own column or
 * property (`Email Address`, `EMAIL`) rather than Rebound's field name.
 */
export function validateContactRow(
  line: number,
  raw: Record<string, unknown>,
  names: ContactFieldNames,
  id: string | null = null,
): { ok: true; candidate: ContactCandidate } | { ok: false; problem: RowProblem } {
  const cleaned: Record<string, unknown> = {};
  for (const key in raw) cleaned[key] = cleanRaw(raw[key]);
  const result = contactFieldsSchema.safeParse(cleaned);
  if (result.success)
    return { ok: true, candidate: { line, id, fields: withFixedShape(result.data) } };
  const issue = result.error.issues[0];
  const key = issue?.path[0];
  const field = typeof key === 'string' ? (names[key as keyof ContactFields] ?? key) : null;
  const position = typeof issue?.path[1] === 'number' ? ` (value ${issue.path[1] + 1})` : '';
  return {
    ok: false,
    problem: {
      line,
      label: rowLabel(raw.name),
      field: field === null ? null : `${field}${position}`,
      message: issue?.message ?? 'is not valid',
    },
  };
}
