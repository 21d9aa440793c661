import { z } from 'zod';
import { applicationFieldsSchema } from './application';
import { contactFieldsSchema } from './contact';
import { isCalendarDay } from './dates';
import { INTERACTION_CHANNELS, MESSAGE_STATUSES, TASK_KINDS, TASK_STATUSES } from './enums';
import { looksLikeId, type IdPrefix } from './ids';
import { interactionInputSchema } from './interaction';
import { interviewFields } from './interview';
import { messageBody, messageInputSchema } from './message';
import { practiceCardPatchSchema } from './practice/card';
import { practiceRecordSchemas } from './practice/practice-records';
import { recoverySettingsPatchSchema } from './recovery/settings';
import { reflectionInputSchema } from './recovery/reflection';
import { MAX_CADENCE_DAYS } from './recovery/timing-rules';
import { rejectionFields } from './rejection';
import {
  calendarDay,
  optionalText,
  requiredText,
  storable,
  STORABLE_TEXT_MESSAGE,
} from './schema-helpers';
import { STAGES } from './stages';
import {
  WORKSPACE_DOCUMENT_FORMAT,
  WORKSPACE_DOCUMENT_VERSION,
  type WorkspaceDocument,
} from './workspace-document';

/**
 * The rules an imported workspace document must meet: every record is checked with the schemas
 * the API checks the same fields with (lengths, web addresses, email addresses, dates), ids must
 * be Rebound's own (`app_3k9x2m4qzt7h`), and instants real ones. An import can then store nothing
 * the app itself would refuse to store. The document's shape for readers stays in
 * `workspace-document.ts`; this is the gate on the way in.
 */

/** An id Rebound made for this kind of record. */
const recordId = (prefix: IdPrefix) =>
  z
    .string({ error: 'must be an id' })
    .refine(
      (value) => value.startsWith(`${prefix}_`) && looksLikeId(value),
      `must be a Rebound id such as ${prefix}_3k9x2m4qzt7h`,
    );
const refTo = (prefix: IdPrefix) => recordId(prefix).nullable();

const INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,9})?)?(Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)$/i;

/** Whether a text is an ISO-8601 date-time with its offset, on a day the calendar has. */
function isRealInstant(value: string): boolean {
  const match = INSTANT.exec(value);
  if (match === null || match[1] === '0000') return false;
  return isCalendarDay(`${match[1]}-${match[2]}-${match[3]}`);
}

/** An instant as exports write it: an ISO-8601 date-time with its offset, kept as UTC. */
const instant = z
  .string({ error: 'must be a date-time' })
  .refine(
    isRealInstant,
    'must be a real ISO-8601 date-time with its offset, such as 2026-11-26T09:30:00.000Z',
  )
  .transform((value) => new Date(value).toISOString());
const nullableInstant = instant.nullable();
const count = z.number().int().min(0).max(2_147_483_647);
const stage = z.enum(STAGES, { error: `must be one of ${STAGES.join(', ')}` });
/** Text the app writes itself (plan reasons, Message-IDs): generous, finite, storable. */
const systemText = (max: number) =>
  z.string().max(max, `must be at most ${max} characters`).refine(storable, STORABLE_TEXT_MESSAGE);
const stamps = { createdAt: instant, updatedAt: instant };

/** Added after version 1 shipped: absent in older files, read as not sample. */
const sample = z.boolean().default(false);

const applicationRecord = applicationFieldsSchema.safeExtend({
  id: recordId('app'),
  stage,
  stageChangedAt: instant,
  sample,
  ...stamps,
});

const stageEventRecord = z.object({
  id: recordId('stg'),
  applicationId: recordId('app'),
  stage,
  at: instant,
  note: optionalText(2000),
});

const contactRecord = contactFieldsSchema.extend({
  id: recordId('con'),
  sample,
  lastInteractionAt: nullableInstant,
  keepInTouchDays: count.max(MAX_CADENCE_DAYS).nullable().default(null),
  keepInTouchSnoozedUntil: nullableInstant.default(null),
  unansweredTouches: count.default(0),
  ...stamps,
});

const interviewRecord = z.object({
  ...interviewFields,
  id: recordId('ivw'),
  applicationId: recordId('app'),
  scheduledAt: instant,
  contactIds: z.array(recordId('con')).max(50, 'must have at most 50 entries'),
  ...stamps,
});

const interactionFields = interactionInputSchema.shape;
const interactionRecord = z.object({
  id: recordId('int'),
  contactId: recordId('con'),
  applicationId: refTo('app'),
  occurredAt: instant,
  channel: z.enum(INTERACTION_CHANNELS),
  direction: interactionFields.direction.unwrap(),
  summary: interactionFields.summary,
  messageId: refTo('msg'),
  createdAt: instant,
});

const messageFields = messageInputSchema.shape;
const messageRecord = z.object({
  id: recordId('msg'),
  applicationId: refTo('app'),
  contactId: refTo('con'),
  kind: messageFields.kind,
  channel: messageFields.channel.unwrap(),
  recipient: messageFields.recipient,
  subject: messageFields.subject,
  body: messageBody,
  status: z.enum(MESSAGE_STATUSES),
  sentAt: nullableInstant,
  emailMessageId: systemText(998).nullable().default(null),
  inReplyTo: systemText(998).nullable().default(null),
  references: z.array(systemText(998)).max(1000).default([]),
  /** Added after version 1 shipped: a send set for later, and the last one that failed. */
  scheduled: z
    .object({ at: instant, newThread: z.boolean(), taskId: refTo('tsk') })
    .nullable()
    .default(null),
  sendFailure: z
    .object({ at: instant, error: systemText(2000) })
    .nullable()
    .default(null),
  ...stamps,
});

const reflection = reflectionInputSchema.shape;
const reflectionRecord = z.object({
  fit: reflection.fit.unwrap().default(null),
  fitWhy: reflection.fitWhy.unwrap(),
  missingSkills: z
    .array(z.object({ tag: requiredText(80), label: requiredText(80) }))
    .max(50, 'must have at most 50 entries')
    .default([]),
  communication: reflection.communication.unwrap(),
  forgotToHighlight: reflection.forgotToHighlight.unwrap().unwrap().default([]),
  hardQuestions: z
    .array(
      z.object({
        id: recordId('qst'),
        question: requiredText(1000),
        betterAnswer: optionalText(5000),
      }),
    )
    .max(50, 'must have at most 50 entries')
    .default([]),
  wentWell: reflection.wentWell.unwrap(),
  feeling: reflection.feeling.unwrap().default(null),
  feelingNote: reflection.feelingNote.unwrap(),
  feelingAt: nullableInstant.default(null),
  updatedAt: instant,
});

const rejectionRecord = z.object({
  id: recordId('rej'),
  applicationId: recordId('app'),
  rejectedOn: rejectionFields.date,
  stageReached: stage,
  channel: rejectionFields.channel,
  reason: rejectionFields.reason,
  humanContact: rejectionFields.humanContact,
  contactId: refTo('con'),
  seniorRole: rejectionFields.seniorRole.default(null),
  reflection: reflectionRecord.nullable(),
  feedback: optionalText(20_000),
  feedbackReceivedOn: calendarDay.nullable(),
  ...stamps,
});

const taskRecord = z.object({
  id: recordId('tsk'),
  applicationId: refTo('app'),
  contactId: refTo('con'),
  kind: z.enum(TASK_KINDS),
  status: z.enum(TASK_STATUSES),
  dueAt: instant,
  snoozedUntil: nullableInstant,
  reason: systemText(2000),
  doneAt: nullableInstant,
  messageId: refTo('msg'),
  interactionId: refTo('int'),
  ...stamps,
});

const card = practiceCardPatchSchema.shape;
const practice = practiceRecordSchemas({
  id: z.string(),
  text: z.string(),
  nullableText: z.string().nullable(),
  instant,
  nullableInstant,
});
const practiceCardRecord = practice.practiceCardRecordSchema.extend({
  id: recordId('crd'),
  question: card.question.unwrap(),
  answer: card.answer.unwrap(),
  situation: card.situation.unwrap(),
  task: card.task.unwrap(),
  action: card.action.unwrap(),
  result: card.result.unwrap(),
});
const practiceCardSourceRecord = z.object({
  cardId: recordId('crd'),
  applicationId: recordId('app'),
  questionId: recordId('qst'),
  question: requiredText(1000),
});
const practiceReviewRecord = practice.practiceReviewRecordSchema.extend({
  id: recordId('rev'),
  cardId: recordId('crd'),
});

/** The settings this version knows are checked as a change to them would be; others are kept. */
const MAX_SETTINGS_CHARACTERS = 20_000;
const settingsRecord = z
  .looseObject(recoverySettingsPatchSchema.shape)
  .refine(
    (settings) => JSON.stringify(settings).length <= MAX_SETTINGS_CHARACTERS,
    `must be at most ${MAX_SETTINGS_CHARACTERS} characters as JSON`,
  );

const list = <T extends z.ZodType>(record: T) => z.array(record).default([]);

/** A workspace document fit to import; parse it before writing anything. */
export const workspaceImportSchema = z.object({
  format: z.literal(WORKSPACE_DOCUMENT_FORMAT, {
    error: `must be "${WORKSPACE_DOCUMENT_FORMAT}" (is this a Rebound export?)`,
  }),
  version: z.literal(WORKSPACE_DOCUMENT_VERSION, {
    error: `must be ${WORKSPACE_DOCUMENT_VERSION}; this file was written by a different version of Rebound`,
  }),
  exportedAt: instant,
  workspace: z.object({ name: requiredText(200), settings: settingsRecord }),
  applications: list(applicationRecord),
  stageEvents: list(stageEventRecord),
  contacts: list(contactRecord),
  applicationContacts: list(
    z.object({ applicationId: recordId('app'), contactId: recordId('con') }),
  ),
  interviews: list(interviewRecord),
  messages: list(messageRecord),
  interactions: list(interactionRecord),
  rejections: list(rejectionRecord),
  tasks: list(taskRecord),
  practiceCards: z.array(practiceCardRecord).optional(),
  practiceCardSources: list(practiceCardSourceRecord),
  practiceReviews: list(practiceReviewRecord),
});

// The gate must hand on exactly what the rest of the import reads.
type Checked = z.output<typeof workspaceImportSchema>;
export const asWorkspaceDocument = (checked: Checked): WorkspaceDocument => checked;
