import { z } from 'zod';
import { isCalendarDay, toInstant } from './dates';
import {
  DIRECTIONS,
  INTERACTION_CHANNELS,
  INTERVIEW_FORMATS,
  MESSAGE_CHANNELS,
  MESSAGE_KINDS,
  MESSAGE_STATUSES,
  REJECTION_CHANNELS,
  RELATIONSHIPS,
  TASK_KINDS,
  TASK_STATUSES,
} from './enums';
import { practiceProblems, practiceRecordSchemas } from './practice/practice-records';
import { reflectionRecordSchema } from './recovery/reflection';
import { STAGES } from './stages';
import { hasUnstorableCharacters } from './text';

/**
 * The whole workspace as one JSON document: what `export` writes and `import` reads.
 * Records keep their ids, so an export imported into an empty workspace recreates it exactly.
 */
export const WORKSPACE_DOCUMENT_FORMAT = 'rebound-workspace';
export const WORKSPACE_DOCUMENT_VERSION = 1;

const id = z.string().min(1).max(64);
const nullableId = id.nullable();
const text = z.string();
const nullableText = z.string().nullable();
/**
 * Exports write every instant in UTC. A date-time without an offset could mean any zone, and an
 * impossible date any day, so both are refused (`toInstant` is strict); so are years outside
 * 0001–9999, which both databases store and ISO-8601 writes without a sign.
 */
const storableInstant = (v: string) => toInstant(v) !== undefined;
const instant = z
  .string()
  .refine(
    storableInstant,
    'must be a real ISO-8601 date-time with its offset (such as 2026-11-26T09:30:00.000Z) between the years 1 and 9999',
  )
  .transform((v) => toInstant(v) as string);
const nullableInstant = instant.nullable();
/** Whole numbers a 32-bit integer column holds (PostgreSQL's `integer`). */
const storedInt = z
  .number()
  .int()
  .min(-2_147_483_648, 'is too small to store')
  .max(2_147_483_647, 'is too large to store');
/** Lists added after version 1 shipped: absent in older files, read as empty. */
const addedList = z.array(z.string()).default([]);
const day = z.string().refine(isCalendarDay, 'must be a date in the form YYYY-MM-DD');
const stringList = z.array(z.string());

export const applicationRecordSchema = z.object({
  id,
  company: text.min(1),
  role: text.min(1),
  link: nullableText,
  source: nullableText,
  location: nullableText,
  salaryMin: storedInt.nullable(),
  salaryMax: storedInt.nullable(),
  salaryCurrency: nullableText,
  postingText: nullableText,
  notes: nullableText,
  stage: z.enum(STAGES),
  stageChangedAt: instant,
  /** Added after version 1 shipped: absent in older files, read as not sample. */
  sample: z.boolean().default(false),
  createdAt: instant,
  updatedAt: instant,
});

export const stageEventRecordSchema = z.object({
  id,
  applicationId: id,
  stage: z.enum(STAGES),
  at: instant,
  note: nullableText,
});

export const interviewRecordSchema = z.object({
  id,
  applicationId: id,
  scheduledAt: instant,
  round: storedInt.min(1),
  format: z.enum(INTERVIEW_FORMATS),
  durationMinutes: storedInt.nullable(),
  topics: stringList,
  questions: stringList,
  notes: nullableText,
  contactIds: z.array(id),
  createdAt: instant,
  updatedAt: instant,
});

export const contactRecordSchema = z.object({
  id,
  name: text.min(1),
  title: nullableText,
  company: nullableText,
  email: nullableText,
  otherEmails: addedList,
  linkedinUrl: nullableText,
  phone: nullableText,
  otherPhones: addedList,
  websites: addedList,
  howMet: nullableText,
  relationship: z.enum(RELATIONSHIPS),
  tags: stringList,
  notes: nullableText,
  lastInteractionAt: nullableInstant,
  keepInTouchDays: storedInt.min(0).nullable().default(null),
  keepInTouchSnoozedUntil: nullableInstant.default(null),
  unansweredTouches: storedInt.min(0).default(0),
  sample: z.boolean().default(false),
  createdAt: instant,
  updatedAt: instant,
});

export const applicationContactRecordSchema = z.object({ applicationId: id, contactId: id });

export const interactionRecordSchema = z.object({
  id,
  contactId: id,
  applicationId: nullableId,
  occurredAt: instant,
  channel: z.enum(INTERACTION_CHANNELS),
  direction: z.enum(DIRECTIONS),
  summary: nullableText,
  messageId: nullableId,
  createdAt: instant,
});

export const rejectionRecordSchema = z.object({
  id,
  applicationId: id,
  rejectedOn: day,
  stageReached: z.enum(STAGES),
  channel: z.enum(REJECTION_CHANNELS),
  reason: nullableText,
  humanContact: z.boolean(),
  contactId: nullableId,
  seniorRole: z.boolean().nullable().default(null),
  reflection: reflectionRecordSchema.nullable(),
  feedback: nullableText,
  feedbackReceivedOn: day.nullable(),
  createdAt: instant,
  updatedAt: instant,
});

export const taskRecordSchema = z.object({
  id,
  applicationId: nullableId,
  contactId: nullableId,
  kind: z.enum(TASK_KINDS),
  status: z.enum(TASK_STATUSES),
  dueAt: instant,
  snoozedUntil: nullableInstant,
  reason: text,
  doneAt: nullableInstant,
  messageId: nullableId,
  interactionId: nullableId,
  createdAt: instant,
  updatedAt: instant,
});

export const messageRecordSchema = z.object({
  id,
  applicationId: nullableId,
  contactId: nullableId,
  kind: z.enum(MESSAGE_KINDS),
  channel: z.enum(MESSAGE_CHANNELS),
  recipient: nullableText,
  subject: nullableText,
  body: text,
  status: z.enum(MESSAGE_STATUSES),
  sentAt: nullableInstant,
  emailMessageId: nullableText.default(null),
  inReplyTo: nullableText.default(null),
  references: addedList,
  /** Added after version 1 shipped: a send set for later, and the last one that failed. */
  scheduled: z
    .object({ at: instant, newThread: z.boolean(), taskId: nullableId })
    .nullable()
    .default(null),
  sendFailure: z.object({ at: instant, error: text }).nullable().default(null),
  createdAt: instant,
  updatedAt: instant,
});

export const {
  practiceCardRecordSchema,
  practiceCardSourceRecordSchema,
  practiceReviewRecordSchema,
} = practiceRecordSchemas({ id, text, nullableText, instant, nullableInstant });

export const workspaceDocumentSchema = z.object({
  format: z.literal(WORKSPACE_DOCUMENT_FORMAT, {
    error: `must be "${WORKSPACE_DOCUMENT_FORMAT}" (is this a Rebound export?)`,
  }),
  version: z.literal(WORKSPACE_DOCUMENT_VERSION, {
    error: `must be ${WORKSPACE_DOCUMENT_VERSION}; this file was written by a different version of Rebound`,
  }),
  exportedAt: instant,
  workspace: z.object({
    name: text.min(1),
    settings: z.record(z.string(), z.unknown()),
  }),
  applications: z.array(applicationRecordSchema).default([]),
  stageEvents: z.array(stageEventRecordSchema).default([]),
  contacts: z.array(contactRecordSchema).default([]),
  applicationContacts: z.array(applicationContactRecordSchema).default([]),
  interviews: z.array(interviewRecordSchema).default([]),
  messages: z.array(messageRecordSchema).default([]),
  interactions: z.array(interactionRecordSchema).default([]),
  rejections: z.array(rejectionRecordSchema).default([]),
  tasks: z.array(taskRecordSchema).default([]),
  /**
   * The practice deck, added after version 1 shipped. A file without it (from an older Rebound)
   * gets its deck rebuilt from the reflections on import.
   */
  practiceCards: z.array(practiceCardRecordSchema).optional(),
  practiceCardSources: z.array(practiceCardSourceRecordSchema).default([]),
  practiceReviews: z.array(practiceReviewRecordSchema).default([]),
});

export type WorkspaceDocument = z.output<typeof workspaceDocumentSchema>;

/** A reference from one record to another that the document must satisfy. */
interface Reference {
  from: keyof WorkspaceDocument;
  field: string;
  to: 'applications' | 'contacts' | 'interviews' | 'messages' | 'interactions' | 'practiceCards';
}

const REFERENCES: readonly Reference[] = [
  { from: 'stageEvents', field: 'applicationId', to: 'applications' },
  { from: 'applicationContacts', field: 'applicationId', to: 'applications' },
  { from: 'applicationContacts', field: 'contactId', to: 'contacts' },
  { from: 'interviews', field: 'applicationId', to: 'applications' },
  { from: 'interviews', field: 'contactIds', to: 'contacts' },
  { from: 'messages', field: 'applicationId', to: 'applications' },
  { from: 'messages', field: 'contactId', to: 'contacts' },
  { from: 'interactions', field: 'contactId', to: 'contacts' },
  { from: 'interactions', field: 'applicationId', to: 'applications' },
  { from: 'interactions', field: 'messageId', to: 'messages' },
  { from: 'rejections', field: 'applicationId', to: 'applications' },
  { from: 'rejections', field: 'contactId', to: 'contacts' },
  { from: 'tasks', field: 'applicationId', to: 'applications' },
  { from: 'tasks', field: 'contactId', to: 'contacts' },
  { from: 'tasks', field: 'messageId', to: 'messages' },
  { from: 'tasks', field: 'interactionId', to: 'interactions' },
  { from: 'practiceCardSources', field: 'cardId', to: 'practiceCards' },
  { from: 'practiceCardSources', field: 'applicationId', to: 'applications' },
  { from: 'practiceReviews', field: 'cardId', to: 'practiceCards' },
];

export interface DocumentProblem {
  /** Where in the document, e.g. `interactions[4].contactId`. */
  path: string;
  message: string;
}

/**
 * Checks what a schema cannot: ids are unique and every reference points at a record that exists
 * in the document or, when merging, in the workspace (`known`).
 */
export function findDocumentProblems(
  document: WorkspaceDocument,
  known: Partial<Record<Reference['to'], ReadonlySet<string>>> = {},
): DocumentProblem[] {
  const problems: DocumentProblem[] = [];
  const unstorable = findUnstorableText(document);
  if (unstorable !== undefined) {
    problems.push({
      path: unstorable,
      message: 'contains NUL or broken Unicode characters, which cannot be stored',
    });
  }
  const ids: Record<Reference['to'], Set<string>> = {
    applications: new Set(),
    contacts: new Set(),
    interviews: new Set(),
    messages: new Set(),
    interactions: new Set(),
    practiceCards: new Set(),
  };
  for (const collection of Object.keys(ids) as Reference['to'][]) {
    (document[collection] ?? []).forEach((record, index) => {
      if (ids[collection].has(record.id)) {
        problems.push({ path: `${collection}[${index}].id`, message: `duplicate id ${record.id}` });
      }
      ids[collection].add(record.id);
    });
  }
  problems.push(...duplicateChildren(document));
  const singular: Record<Reference['to'], string> = {
    applications: 'application',
    contacts: 'contact',
    interviews: 'interview',
    messages: 'message',
    interactions: 'interaction',
    practiceCards: 'practice card',
  };
  for (const ref of REFERENCES) {
    const records = (document[ref.from] ?? []) as readonly Record<string, unknown>[];
    records.forEach((record, index) => {
      const value = record[ref.field];
      const values = Array.isArray(value) ? value : [value];
      values.forEach((target, position) => {
        if (typeof target !== 'string') return;
        if (ids[ref.to].has(target) || known[ref.to]?.has(target)) return;
        const suffix = Array.isArray(value) ? `[${position}]` : '';
        problems.push({
          path: `${ref.from}[${index}].${ref.field}${suffix}`,
          message: `no ${singular[ref.to]} with id ${target}`,
        });
      });
    });
  }
  problems.push(...practiceProblems(document));
  return problems;
}

/** The path of the first string (or object key) a database could not store faithfully. */
function findUnstorableText(value: unknown, path = ''): string | undefined {
  if (typeof value === 'string') return hasUnstorableCharacters(value) ? path : undefined;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findUnstorableText(item, `${path}[${index}]`);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const inner = path === '' ? key : `${path}.${key}`;
      if (hasUnstorableCharacters(key)) return inner;
      const found = findUnstorableText(item, inner);
      if (found !== undefined) return found;
    }
  }
  return undefined;
}

/**
 * Records nothing else refers to must still have distinct ids, and an application has at most one
 * rejection: the database enforces both, so the document is refused before it gets there.
 */
function duplicateChildren(document: WorkspaceDocument): DocumentProblem[] {
  const problems: DocumentProblem[] = [];
  const once = (
    collection: 'stageEvents' | 'rejections' | 'tasks',
    key: 'id' | 'applicationId',
    message: (value: string) => string,
  ) => {
    const seen = new Set<string>();
    document[collection].forEach((record, index) => {
      const value = (record as Record<typeof key, string>)[key];
      if (seen.has(value))
        problems.push({ path: `${collection}[${index}].${key}`, message: message(value) });
      seen.add(value);
    });
  };
  once('stageEvents', 'id', (id) => `duplicate id ${id}`);
  once('rejections', 'id', (id) => `duplicate id ${id}`);
  once('tasks', 'id', (id) => `duplicate id ${id}`);
  once('rejections', 'applicationId', (id) => `application ${id} already has a rejection`);
  return problems;
}
