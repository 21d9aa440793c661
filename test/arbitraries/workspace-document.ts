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
import { CARD_STATES, PRACTICE_RATINGS } from '../../src/core/practice/card';
import { FIT_ANSWERS, MOODS } from '../../src/core/recovery/reflection';
import { STAGES } from '../../src/core/stages';
import {
  WORKSPACE_DOCUMENT_FORMAT,
  WORKSPACE_DOCUMENT_VERSION,
  type WorkspaceDocument,
} from '../../src/core/workspace-document';

/**
 * Whole workspace documents: every record kind, every field, any Unicode text a database can
 * store, references that point at records that exist (or null), the uniqueness rules the
 * database keeps (distinct ids, one rejection per application, distinct links), and the API's
 * rules for each field (Rebound's ids, web and email addresses, lengths, text as the API trims
 * it), since an import checks records with those.
 */
// eslint-disable-next-line no-control-regex -- NUL is exactly what must not be generated
const text = fc.string({ unit: 'grapheme', maxLength: 30 }).map((s) => s.replace(/\u0000/g, ''));
/** Text as the API stores it from a form: trimmed, and never empty (empty becomes null). */
const nonEmpty = text.map((s) => s.trim()).filter((s) => s.length > 0);
const nullableText = fc.option(nonEmpty, { nil: null });
const webUrl = fc.webUrl({ validSchemes: ['http', 'https'] }).filter((u) => u.length <= 2000);
const email = fc.stringMatching(/^[a-z0-9]{1,8}@[a-z]{1,8}\.(com|org|example)$/);
const phone = fc.stringMatching(/^\+?[0-9]{3,12}$/);
const distinct = <T>(item: fc.Arbitrary<T>) => fc.uniqueArray(item, { maxLength: 3 });
const ID_ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
const idBody = fc
  .array(fc.constantFrom(...ID_ALPHABET), { minLength: 12, maxLength: 12 })
  .map((chars) => chars.join(''));
const instant = fc
  .date({
    min: new Date('1970-01-01T00:00:00Z'),
    max: new Date('2100-01-01T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString());
const nullableInstant = fc.option(instant, { nil: null });
const day = instant.map((i) => i.slice(0, 10));
const json = fc
  .dictionary(fc.stringMatching(/^[a-z]{1,8}$/), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 })
  .map((v) => JSON.parse(JSON.stringify(v).replace(/\\u0000/g, '')) as Record<string, unknown>);
const list = fc.array(nonEmpty, { maxLength: 3 });
const oneOf = <T extends string>(values: readonly T[]) => fc.constantFrom(...values);

const reflection = fc.record({
  fit: fc.option(oneOf(FIT_ANSWERS), { nil: null }),
  fitWhy: nullableText,
  missingSkills: fc.array(fc.record({ tag: nonEmpty, label: nonEmpty }), { maxLength: 2 }),
  communication: nullableText,
  forgotToHighlight: list,
  hardQuestions: fc.array(
    fc.record({
      id: idBody.map((b) => `qst_${b}`),
      question: nonEmpty,
      betterAnswer: nullableText,
    }),
    { maxLength: 2 },
  ),
  wentWell: nullableText,
  feeling: fc.option(oneOf(MOODS), { nil: null }),
  feelingNote: nullableText,
  feelingAt: fc.option(instant, { nil: null }),
  updatedAt: instant,
});

/** The ids of each kind of record other records may point at. */
interface Pools {
  apps: string[];
  contacts: string[];
  interviews: string[];
  messages: string[];
  interactions: string[];
  cards: string[];
}

const ids = (prefix: string, max: number) =>
  fc.uniqueArray(idBody, { maxLength: max }).map((l) => l.map((id) => `${prefix}_${id}`));
const refTo = (pool: readonly string[]) =>
  pool.length === 0 ? fc.constant(null) : fc.option(fc.constantFrom(...pool), { nil: null });
const anyOf = (pool: readonly string[]) => fc.constantFrom(...pool);
/** Records without ids of their own to share: numbered so no two collide. */
const numbered = <T extends { id: string }>(records: T[]) =>
  records.map((r, i) => ({ ...r, id: `${r.id}${String(i).padStart(12, '0')}` }));
const salaries = fc
  .tuple(
    fc.option(fc.integer({ min: 0, max: 100_000_000 }), { nil: null }),
    fc.option(fc.integer({ min: 0, max: 100_000_000 }), { nil: null }),
  )
  .map(([a, b]) =>
    a !== null && b !== null && a > b
      ? { salaryMin: b, salaryMax: a }
      : { salaryMin: a, salaryMax: b },
  );

const applications = ({ apps }: Pools) =>
  fc.tuple(
    ...apps.map((id) =>
      fc
        .record({
          id: fc.constant(id),
          company: nonEmpty,
          role: nonEmpty,
          link: fc.option(webUrl, { nil: null }),
          source: nullableText,
          location: nullableText,
          salary: salaries,
          salaryCurrency: fc.option(fc.stringMatching(/^[A-Z]{3}$/), { nil: null }),
          postingText: nullableText,
          notes: nullableText,
          stage: oneOf(STAGES),
          stageChangedAt: instant,
          sample: fc.boolean(),
          createdAt: instant,
          updatedAt: instant,
        })
        .map(({ salary, ...rest }) => ({ ...rest, ...salary })),
    ),
  );

const stageEvents = ({ apps }: Pools) =>
  apps.length === 0
    ? fc.constant([])
    : fc
        .array(
          fc.record({
            id: fc.constant('stg_'),
            applicationId: anyOf(apps),
            stage: oneOf(STAGES),
            at: instant,
            note: nullableText,
          }),
          { maxLength: 6 },
        )
        .map(numbered);

const contacts = ({ contacts: pool }: Pools) =>
  fc.tuple(
    ...pool.map((id) =>
      fc.record({
        id: fc.constant(id),
        name: nonEmpty,
        title: nullableText,
        company: nullableText,
        email: fc.option(email, { nil: null }),
        otherEmails: distinct(email),
        linkedinUrl: fc.option(webUrl, { nil: null }),
        phone: fc.option(phone, { nil: null }),
        otherPhones: distinct(phone),
        websites: distinct(webUrl),
        howMet: nullableText,
        relationship: oneOf(RELATIONSHIPS),
        tags: distinct(nonEmpty),
        notes: nullableText,
        lastInteractionAt: nullableInstant,
        keepInTouchDays: fc.option(fc.integer({ min: 0, max: 730 }), { nil: null }),
        keepInTouchSnoozedUntil: nullableInstant,
        unansweredTouches: fc.integer({ min: 0, max: 2_147_483_647 }),
        sample: fc.boolean(),
        createdAt: instant,
        updatedAt: instant,
      }),
    ),
  );

const applicationContacts = (p: Pools) =>
  p.apps.length === 0 || p.contacts.length === 0
    ? fc.constant([])
    : fc.uniqueArray(fc.record({ applicationId: anyOf(p.apps), contactId: anyOf(p.contacts) }), {
        maxLength: 6,
        selector: (l) => `${l.applicationId} ${l.contactId}`,
      });

const interviews = (p: Pools) =>
  fc.tuple(
    ...(p.apps.length === 0 ? [] : p.interviews).map((id) =>
      fc.record({
        id: fc.constant(id),
        applicationId: anyOf(p.apps),
        scheduledAt: instant,
        round: fc.integer({ min: 1, max: 20 }),
        format: oneOf(INTERVIEW_FORMATS),
        durationMinutes: fc.option(fc.integer({ min: 1, max: 24 * 60 }), { nil: null }),
        topics: list,
        questions: list,
        notes: nullableText,
        contactIds: fc.subarray(p.contacts).map((l) => [...l].sort()),
        createdAt: instant,
        updatedAt: instant,
      }),
    ),
  );

const messages = (p: Pools) =>
  fc.tuple(
    ...p.messages.map((id) =>
      fc.record({
        id: fc.constant(id),
        applicationId: refTo(p.apps),
        contactId: refTo(p.contacts),
        kind: oneOf(MESSAGE_KINDS),
        channel: oneOf(MESSAGE_CHANNELS),
        recipient: nullableText,
        subject: nullableText,
        body: text,
        status: oneOf(MESSAGE_STATUSES),
        sentAt: nullableInstant,
        emailMessageId: nullableText,
        inReplyTo: nullableText,
        references: list,
        scheduled: fc.option(
          fc.record({ at: instant, newThread: fc.boolean(), taskId: fc.constant(null) }),
          { nil: null },
        ),
        sendFailure: fc.option(fc.record({ at: instant, error: text }), { nil: null }),
        createdAt: instant,
        updatedAt: instant,
      }),
    ),
  );

const interactions = (p: Pools) =>
  fc.tuple(
    ...(p.contacts.length === 0 ? [] : p.interactions).map((id) =>
      fc.record({
        id: fc.constant(id),
        contactId: anyOf(p.contacts),
        applicationId: refTo(p.apps),
        occurredAt: instant,
        channel: oneOf(INTERACTION_CHANNELS),
        direction: oneOf(DIRECTIONS),
        summary: nullableText,
        messageId: refTo(p.messages),
        createdAt: instant,
      }),
    ),
  );

const rejections = (p: Pools) =>
  fc.subarray(p.apps).chain((rejected) =>
    fc
      .tuple(
        ...rejected.map((applicationId) =>
          fc.record({
            id: fc.constant('rej_'),
            applicationId: fc.constant(applicationId),
            rejectedOn: day,
            stageReached: oneOf(STAGES),
            channel: oneOf(REJECTION_CHANNELS),
            reason: nullableText,
            humanContact: fc.boolean(),
            contactId: refTo(p.contacts),
            seniorRole: fc.option(fc.boolean(), { nil: null }),
            reflection: fc.option(reflection, { nil: null }),
            feedback: nullableText,
            feedbackReceivedOn: fc.option(day, { nil: null }),
            createdAt: instant,
            updatedAt: instant,
          }),
        ),
      )
      .map(numbered),
  );

const tasks = (p: Pools) =>
  fc
    .array(
      fc.record({
        id: fc.constant('tsk_'),
        applicationId: refTo(p.apps),
        contactId: refTo(p.contacts),
        kind: oneOf(TASK_KINDS),
        status: oneOf(TASK_STATUSES),
        dueAt: instant,
        snoozedUntil: nullableInstant,
        reason: text,
        doneAt: nullableInstant,
        messageId: refTo(p.messages),
        interactionId: refTo(p.contacts.length === 0 ? [] : p.interactions),
        createdAt: instant,
        updatedAt: instant,
      }),
      { maxLength: 4 },
    )
    .map(numbered);

const count = fc.integer({ min: 0, max: 2_147_483_647 });
/** Any finite number; `+ 0` turns a negative zero, which JSON cannot keep, into zero. */
const real = fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => x + 0);

const schedule = fc.record({
  due: instant,
  stability: real,
  difficulty: real,
  elapsedDays: count,
  scheduledDays: count,
  learningSteps: count,
  reps: count,
  lapses: count,
  state: oneOf(CARD_STATES),
  lastReview: nullableInstant,
});

const practiceCards = ({ cards }: Pools) =>
  fc.tuple(
    ...cards.map((id) =>
      fc.record({
        id: fc.constant(id),
        question: nonEmpty,
        answer: nullableText,
        situation: nullableText,
        task: nullableText,
        action: nullableText,
        result: nullableText,
        schedule,
        createdAt: instant,
        updatedAt: instant,
      }),
    ),
  );

/** A question is filed under one card per application. */
const practiceCardSources = (p: Pools) =>
  p.apps.length === 0 || p.cards.length === 0
    ? fc.constant([])
    : fc.uniqueArray(
        fc.record({
          cardId: anyOf(p.cards),
          applicationId: anyOf(p.apps),
          questionId: idBody.map((b) => `qst_${b}`),
          question: nonEmpty,
        }),
        { maxLength: 4, selector: (s) => `${s.applicationId} ${s.questionId}` },
      );

const practiceReviews = (p: Pools) =>
  p.cards.length === 0
    ? fc.constant([])
    : fc
        .array(
          fc.record({
            id: fc.constant('rev_'),
            cardId: anyOf(p.cards),
            rating: oneOf(PRACTICE_RATINGS),
            state: oneOf(CARD_STATES),
            due: instant,
            stability: real,
            difficulty: real,
            elapsedDays: count,
            lastElapsedDays: count,
            scheduledDays: count,
            learningSteps: count,
            reviewedAt: instant,
          }),
          { maxLength: 4 },
        )
        .map(numbered);

const pools: fc.Arbitrary<Pools> = fc.record({
  apps: ids('app', 4),
  contacts: ids('con', 4),
  interviews: ids('ivw', 3),
  messages: ids('msg', 3),
  interactions: ids('int', 3),
  cards: ids('crd', 3),
});

export const workspaceDocumentArbitrary: fc.Arbitrary<WorkspaceDocument> = pools.chain((p) =>
  fc
    .record({
      exportedAt: instant,
      // Settings keys this version knows are checked as settings; the others are kept as they are.
      workspace: fc.record({
        name: nonEmpty,
        settings: json.map(({ timing, ...rest }) => (void timing, rest)),
      }),
      applications: applications(p),
      stageEvents: stageEvents(p),
      contacts: contacts(p),
      applicationContacts: applicationContacts(p),
      interviews: interviews(p),
      messages: messages(p),
      interactions: interactions(p),
      rejections: rejections(p),
      tasks: tasks(p),
      // Sometimes a file from before the deck existed: the deck is then rebuilt on import.
      practice: fc.option(
        fc.record({
          practiceCards: practiceCards(p),
          practiceCardSources: practiceCardSources(p),
          practiceReviews: practiceReviews(p),
        }),
        { nil: undefined },
      ),
    })
    .map(({ practice, ...data }) => ({
      format: WORKSPACE_DOCUMENT_FORMAT,
      version: WORKSPACE_DOCUMENT_VERSION,
      ...data,
      ...(practice ?? { practiceCardSources: [], practiceReviews: [] }),
    })),
) as fc.Arbitrary<WorkspaceDocument>;
