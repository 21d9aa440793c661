import fc from 'fast-check';
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
} from '../../src/core/enums';
import { STAGES } from '../../src/core/stages';
import {
  WORKSPACE_DOCUMENT_FORMAT,
  WORKSPACE_DOCUMENT_VERSION,
  type WorkspaceDocument,
} from '../../src/core/workspace-document';

/**
 * Whole workspace documents: every record kind, every field, any Unicode text a database can
 * store, references that point at records that exist (or null), and the uniqueness rules the
 * schema keeps (one rejection per application, distinct links).
 */
// eslint-disable-next-line no-control-regex -- NUL is exactly what must not be generated
const text = fc.string({ unit: 'grapheme', maxLength: 30 }).map((s) => s.replace(/\u0000/g, ''));
const nonEmpty = text.filter((s) => s.length > 0);
const nullableText = fc.option(text, { nil: null });
const instant = fc
  .date({
    min: new Date('1970-01-01T00:00:00Z'),
    max: new Date('2100-01-01T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString());
const day = instant.map((i) => i.slice(0, 10));
const int = fc.integer({ min: -2_147_483_648, max: 2_147_483_647 });
const json = fc
  .dictionary(fc.stringMatching(/^[a-z]{1,8}$/), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 })
  .map(
    (value) => JSON.parse(JSON.stringify(value).replace(/\\u0000/g, '')) as Record<string, unknown>,
  );
const list = fc.array(text, { maxLength: 3 });

const ids = (prefix: string, max: number) =>
  fc
    .uniqueArray(fc.stringMatching(/^[a-z0-9]{4,12}$/), { maxLength: max })
    .map((l) => l.map((id) => `${prefix}_${id}`));
const refTo = (pool: readonly string[]) =>
  pool.length === 0 ? fc.constant(null) : fc.option(fc.constantFrom(...pool), { nil: null });
const oneOf = <T extends string>(values: readonly T[]) => fc.constantFrom(...values);

function records(
  apps: string[],
  contacts: string[],
  interviews: string[],
  messages: string[],
  interactions: string[],
) {
  const requiredApp = fc.constantFrom(...(apps.length > 0 ? apps : ['']));
  const requiredContact = fc.constantFrom(...(contacts.length > 0 ? contacts : ['']));
  return fc.record({
    applications: fc.tuple(
      ...apps.map((id) =>
        fc.record({
          id: fc.constant(id),
          company: nonEmpty,
          role: nonEmpty,
          link: nullableText,
          source: nullableText,
          location: nullableText,
          salaryMin: fc.option(int, { nil: null }),
          salaryMax: fc.option(int, { nil: null }),
          salaryCurrency: nullableText,
          postingText: nullableText,
          notes: nullableText,
          stage: oneOf(STAGES),
          stageChangedAt: instant,
          createdAt: instant,
          updatedAt: instant,
        }),
      ),
    ),
    stageEvents:
      apps.length === 0
        ? fc.constant([])
        : fc.uniqueArray(
            fc.record({
              id: fc.stringMatching(/^stg_[a-z0-9]{6}$/),
              applicationId: requiredApp,
              stage: oneOf(STAGES),
              at: instant,
              note: nullableText,
            }),
            { maxLength: 6, selector: (e) => e.id },
          ),
    contacts: fc.tuple(
      ...contacts.map((id) =>
        fc.record({
          id: fc.constant(id),
          name: nonEmpty,
          title: nullableText,
          company: nullableText,
          email: nullableText,
          otherEmails: list,
          linkedinUrl: nullableText,
          phone: nullableText,
          otherPhones: list,
          websites: list,
          howMet: nullableText,
          relationship: oneOf(RELATIONSHIPS),
          tags: list,
          notes: nullableText,
          lastInteractionAt: fc.option(instant, { nil: null }),
          createdAt: instant,
          updatedAt: instant,
        }),
      ),
    ),
    applicationContacts:
      apps.length === 0 || contacts.length === 0
        ? fc.constant([])
        : fc.uniqueArray(fc.record({ applicationId: requiredApp, contactId: requiredContact }), {
            maxLength: 6,
            selector: (l) => `${l.applicationId} ${l.contactId}`,
          }),
    interviews: fc.tuple(
      ...interviews.map((id) =>
        fc.record({
          id: fc.constant(id),
          applicationId: requiredApp,
          scheduledAt: instant,
          round: fc.integer({ min: 1, max: 2_147_483_647 }),
          format: oneOf(INTERVIEW_FORMATS),
          durationMinutes: fc.option(int, { nil: null }),
          topics: list,
          questions: list,
          notes: nullableText,
          contactIds: fc
            .uniqueArray(requiredContact, { maxLength: contacts.length })
            .map((l) => l.filter(Boolean).sort()),
          createdAt: instant,
          updatedAt: instant,
        }),
      ),
    ),
    messages: fc.tuple(
      ...messages.map((id) =>
        fc.record({
          id: fc.constant(id),
          applicationId: refTo(apps),
          contactId: refTo(contacts),
          kind: oneOf(MESSAGE_KINDS),
          channel: oneOf(MESSAGE_CHANNELS),
          recipient: nullableText,
          subject: nullableText,
          body: text,
          status: oneOf(MESSAGE_STATUSES),
          sentAt: fc.option(instant, { nil: null }),
          emailMessageId: nullableText,
          inReplyTo: nullableText,
          references: list,
          createdAt: instant,
          updatedAt: instant,
        }),
      ),
    ),
    interactions: fc.tuple(
      ...interactions.map((id) =>
        fc.record({
          id: fc.constant(id),
          contactId: requiredContact,
          applicationId: refTo(apps),
          occurredAt: instant,
          channel: oneOf(INTERACTION_CHANNELS),
          direction: oneOf(DIRECTIONS),
          summary: nullableText,
          messageId: refTo(messages),
          createdAt: instant,
        }),
      ),
    ),
    rejections: fc
      .uniqueArray(
        fc.record({
          id: fc.stringMatching(/^rej_[a-z0-9]{6}$/),
          applicationId: requiredApp,
          rejectedOn: day,
          stageReached: oneOf(STAGES),
          channel: oneOf(REJECTION_CHANNELS),
          reason: nullableText,
          humanContact: fc.boolean(),
          contactId: refTo(contacts),
          reflection: fc.option(json, { nil: null }),
          feedback: nullableText,
          feedbackReceivedOn: fc.option(day, { nil: null }),
          createdAt: instant,
          updatedAt: instant,
        }),
        { maxLength: apps.length, selector: (r) => r.applicationId },
      )
      .map((l) => (apps.length === 0 ? [] : l.map((r, i) => ({ ...r, id: `${r.id}${i}` })))),
    tasks: fc.uniqueArray(
      fc.record({
        id: fc.stringMatching(/^tsk_[a-z0-9]{6}$/),
        applicationId: refTo(apps),
        contactId: refTo(contacts),
        kind: oneOf(TASK_KINDS),
        status: oneOf(TASK_STATUSES),
        dueAt: instant,
        snoozedUntil: fc.option(instant, { nil: null }),
        reason: text,
        doneAt: fc.option(instant, { nil: null }),
        messageId: refTo(messages),
        interactionId: refTo(interactions),
        createdAt: instant,
        updatedAt: instant,
      }),
      { maxLength: 4, selector: (t) => t.id },
    ),
  });
}

export const workspaceDocumentArbitrary: fc.Arbitrary<WorkspaceDocument> = fc
  .tuple(ids('app', 4), ids('con', 4), ids('ivw', 3), ids('msg', 3), ids('int', 3))
  .chain(([apps, contacts, interviews, messages, interactions]) =>
    fc.tuple(
      fc.record({ name: nonEmpty, settings: json }),
      records(
        apps,
        contacts,
        apps.length === 0 ? [] : interviews,
        messages,
        contacts.length === 0 ? [] : interactions,
      ),
      instant,
    ),
  )
  .map(([workspace, data, exportedAt]) => ({
    format: WORKSPACE_DOCUMENT_FORMAT,
    version: WORKSPACE_DOCUMENT_VERSION,
    exportedAt,
    workspace,
    ...data,
  })) as fc.Arbitrary<WorkspaceDocument>;
