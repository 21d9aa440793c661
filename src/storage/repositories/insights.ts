import { sql } from 'kysely';
import { FUNNEL_STAGES } from '../../core/insights/funnel';
import { emptyReflection, type Reflection } from '../../core/recovery/reflection';
import type { Stage } from '../../core/stages';
import type { Db } from '../database';

/**
 * The reads behind insights, shaped for them: the stage history is reduced in SQL to each
 * application's furthest stage and start, and follow-up steps and messages to their first
 * occurrence per application, so only one small row per application or rejection reaches
 * JavaScript. Every statement is written once for SQLite and PostgreSQL.
 */

const stageRankCase = sql<number>`case e.stage ${sql.join(
  FUNNEL_STAGES.map((stage, i) => sql`when ${sql.lit(stage)} then ${sql.lit(i + 1)}`),
  sql` `,
)} else 0 end`;

/** The stage of the highest rank found by `stageRankCase`, null when there is none. */
const furthestStageCase = sql<Stage | null>`case max(${stageRankCase}) ${sql.join(
  FUNNEL_STAGES.map((stage, i) => sql`when ${sql.lit(i + 1)} then ${sql.lit(stage)}`),
  sql` `,
)} end`;

export interface FunnelApplicationRow {
  id: string;
  company: string;
  role: string;
  source: string | null;
  stage: Stage;
  /** The first stage change past saving, else when the application was added. */
  startedAt: string;
  /** The furthest funnel stage in the history, or null when there is none. */
  furthestInHistory: Stage | null;
}

/**
 * One row per application: where it stands, when it started and how far its history went. The
 * rows come back in their final shape (named in SQL, the furthest stage named there too): ten
 * thousand of them are not copied again on the way out.
 */
export async function queryFunnelApplications(
  db: Db,
  workspaceId: string,
): Promise<FunnelApplicationRow[]> {
  return (
    db
      .selectFrom('applications as a')
      .leftJoin('stage_events as e', (join) =>
        join.onRef('e.workspace_id', '=', 'a.workspace_id').onRef('e.application_id', '=', 'a.id'),
      )
      .select(['a.id', 'a.company', 'a.role', 'a.source', 'a.stage'])
      .select(
        sql<string>`coalesce(min(case when e.stage <> 'saved' then e.at end), a.created_at)`.as(
          'startedAt',
        ),
      )
      .select(furthestStageCase.as('furthestInHistory'))
      .where('a.workspace_id', '=', workspaceId)
      // Grouping by the primary key lets PostgreSQL read the application's other columns.
      .groupBy(['a.workspace_id', 'a.id'])
      .execute()
  );
}

/**
 * When each application's first thank-you or feedback request went out: a plan step marked done,
 * or a message of that kind sent, whichever came first.
 */
function firstFollowUp(db: Db, workspaceId: string, kind: 'thank_you' | 'feedback_request') {
  return db
    .selectFrom(
      db
        .selectFrom('tasks')
        .select(['application_id', 'done_at as at'])
        .where('workspace_id', '=', workspaceId)
        .where('kind', '=', kind)
        .where('status', '=', 'done')
        .unionAll(
          db
            .selectFrom('messages')
            .select(['application_id', 'sent_at as at'])
            .where('workspace_id', '=', workspaceId)
            .where('kind', '=', kind)
            .where('status', 'in', ['sent', 'replied']),
        )
        .as('touch'),
    )
    .select('touch.application_id')
    .select(({ fn }) => fn.min<string | null>('touch.at').as('at'))
    .where('touch.application_id', 'is not', null)
    .groupBy('touch.application_id');
}

/**
 * Every rejection with what insights read from it, and when its first thank-you and feedback
 * request went out (joined in SQL, so one row per rejection comes back, named as insights name it).
 */
export async function queryRejectionFacts(db: Db, workspaceId: string) {
  return db
    .selectFrom('rejections as r')
    .leftJoin(
      firstFollowUp(db, workspaceId, 'thank_you').as('ty'),
      'ty.application_id',
      'r.application_id',
    )
    .leftJoin(
      firstFollowUp(db, workspaceId, 'feedback_request').as('fr'),
      'fr.application_id',
      'r.application_id',
    )
    .select([
      'r.application_id as applicationId',
      'r.rejected_on as rejectedOn',
      'r.stage_reached as stageReached',
      'r.human_contact as humanContact',
      'r.contact_id as contactId',
      'r.reason',
      'r.reflection',
      'r.feedback',
      'r.feedback_received_on as feedbackReceivedOn',
      'ty.at as thankYouAt',
      'fr.at as feedbackRequestedAt',
    ])
    .where('r.workspace_id', '=', workspaceId)
    .execute();
}

const REFLECTION_FIELDS = Object.keys(emptyReflection('')) as (keyof Reflection)[];

/**
 * A stored reflection read without re-validating it: insights read thousands at a time, and
 * every one was written by Rebound (fields added since read as empty). One written with every
 * field, as nearly all are, is used as parsed rather than copied.
 */
export function readStoredReflection(json: string | null): Reflection | null {
  if (json === null || json === '') return null;
  const stored = JSON.parse(json) as Partial<Reflection> & { updatedAt: string };
  if (REFLECTION_FIELDS.every((field) => field in stored)) return stored as Reflection;
  return { ...emptyReflection(stored.updatedAt), ...stored };
}

/**
 * Everyone met in a rejected application, with the first such rejection and their last touch,
 * each row already a `PersonMetInRejection`.
 */
export async function queryPeopleOfRejections(db: Db, workspaceId: string) {
  return db
    .selectFrom('rejections as r')
    .innerJoin('application_contacts as ac', (join) =>
      join
        .onRef('ac.workspace_id', '=', 'r.workspace_id')
        .onRef('ac.application_id', '=', 'r.application_id'),
    )
    .innerJoin('contacts as c', (join) =>
      join.onRef('c.workspace_id', '=', 'ac.workspace_id').onRef('c.id', '=', 'ac.contact_id'),
    )
    .select('c.last_interaction_at as lastInteractionAt')
    .select(({ fn }) => fn.min<string>('r.rejected_on').as('firstRejectedOn'))
    .where('r.workspace_id', '=', workspaceId)
    .groupBy(['c.workspace_id', 'c.id'])
    .execute();
}

/**
 * The links of people who can tie one application to another: those linked to more than one, and
 * anyone who delivered a rejection. Most people belong to one application only, so this is a
 * small part of all links, found through the contact index without touching the rest.
 */
export async function querySharedPeople(db: Db, workspaceId: string) {
  return db
    .selectFrom('application_contacts')
    .select(['contact_id', 'application_id'])
    .where('workspace_id', '=', workspaceId)
    .where((eb) =>
      eb.or([
        eb(
          'contact_id',
          'in',
          eb
            .selectFrom('application_contacts as linked')
            .select('linked.contact_id')
            .where('linked.workspace_id', '=', workspaceId)
            .groupBy('linked.contact_id')
            .having((h) => h.fn.countAll(), '>', 1),
        ),
        eb(
          'contact_id',
          'in',
          eb
            .selectFrom('rejections as r')
            .select('r.contact_id')
            .where('r.workspace_id', '=', workspaceId)
            .where('r.contact_id', 'is not', null),
        ),
      ]),
    )
    .execute();
}

/** Every question filed under a card, and the cards' wordings. */
export async function queryQuestionSightings(db: Db, workspaceId: string) {
  const [cards, sources] = await Promise.all([
    db
      .selectFrom('practice_cards')
      .select(['id', 'question'])
      .where('workspace_id', '=', workspaceId)
      .execute(),
    db
      .selectFrom('practice_card_sources')
      .select(['card_id', 'application_id', 'question'])
      .where('workspace_id', '=', workspaceId)
      .execute(),
  ]);
  return { cards, sources };
}

/** When practice rounds happened, and how many cards have been practised at least once. */
export async function queryPracticeActivity(db: Db, workspaceId: string) {
  const [reviews, practised] = await Promise.all([
    db
      .selectFrom('practice_reviews')
      .select('reviewed_at')
      .where('workspace_id', '=', workspaceId)
      .execute(),
    db
      .selectFrom('practice_cards')
      .select(({ fn }) => fn.countAll<number>().as('n'))
      .where('workspace_id', '=', workspaceId)
      .where('reps', '>', 0)
      .executeTakeFirstOrThrow(),
  ]);
  return { reviewedAt: reviews.map((r) => r.reviewed_at), practised: Number(practised.n) };
}
