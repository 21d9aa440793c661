import { sql } from 'kysely';
import { FUNNEL_STAGES } from '../../core/insights/funnel';
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

export interface FunnelApplicationRow {
  id: string;
  company: string;
  role: string;
  source: string | null;
  stage: Stage;
  createdAt: string;
  /** The first stage change past saving, if any. */
  startedAt: string | null;
  /** The furthest funnel stage in the history, or undefined when there is none. */
  furthestInHistory: Stage | null;
}

/** One row per application: where it stands, when it started and how far its history went. */
export async function queryFunnelApplications(
  db: Db,
  workspaceId: string,
): Promise<FunnelApplicationRow[]> {
  const rows = await db
    .selectFrom('applications as a')
    .leftJoin('stage_events as e', (join) =>
      join.onRef('e.workspace_id', '=', 'a.workspace_id').onRef('e.application_id', '=', 'a.id'),
    )
    .select(['a.id', 'a.company', 'a.role', 'a.source', 'a.stage', 'a.created_at'])
    .select(sql<string | null>`min(case when e.stage <> 'saved' then e.at end)`.as('started_at'))
    .select(sql<number | null>`max(${stageRankCase})`.as('furthest'))
    .where('a.workspace_id', '=', workspaceId)
    // Grouping by the primary key lets PostgreSQL read the application's other columns.
    .groupBy(['a.workspace_id', 'a.id'])
    .execute();
  return rows.map((row) => ({
    id: row.id,
    company: row.company,
    role: row.role,
    source: row.source,
    stage: row.stage,
    createdAt: row.created_at,
    startedAt: row.started_at,
    furthestInHistory:
      row.furthest === null || row.furthest === 0
        ? null
        : (FUNNEL_STAGES[row.furthest - 1] ?? null),
  }));
}

/** Every rejection with what insights read from it. */
export async function queryRejectionFacts(db: Db, workspaceId: string) {
  return db
    .selectFrom('rejections')
    .select([
      'application_id',
      'rejected_on',
      'stage_reached',
      'human_contact',
      'contact_id',
      'reason',
      'reflection',
      'feedback',
      'feedback_received_on',
    ])
    .where('workspace_id', '=', workspaceId)
    .execute();
}

export type FollowUpKind = 'thank_you' | 'feedback_request';

/**
 * When each application's first thank-you and feedback request went out: a plan step marked
 * done, or a message of that kind sent, whichever came first.
 */
export async function queryFollowUps(db: Db, workspaceId: string) {
  const kinds: FollowUpKind[] = ['thank_you', 'feedback_request'];
  const [steps, messages] = await Promise.all([
    db
      .selectFrom('tasks')
      .select(['application_id', 'kind'])
      .select(({ fn }) => fn.min<string>('done_at').as('at'))
      .where('workspace_id', '=', workspaceId)
      .where('status', '=', 'done')
      .where('kind', 'in', kinds)
      .where('application_id', 'is not', null)
      .groupBy(['application_id', 'kind'])
      .execute(),
    db
      .selectFrom('messages')
      .select(['application_id', 'kind'])
      .select(({ fn }) => fn.min<string>('sent_at').as('at'))
      .where('workspace_id', '=', workspaceId)
      .where('status', 'in', ['sent', 'replied'])
      .where('kind', 'in', kinds)
      .where('application_id', 'is not', null)
      .groupBy(['application_id', 'kind'])
      .execute(),
  ]);
  const first = new Map<string, string>();
  for (const row of [...steps, ...messages]) {
    if (row.application_id === null || row.at === null) continue;
    const key = `${row.kind}:${row.application_id}`;
    const known = first.get(key);
    if (known === undefined || row.at < known) first.set(key, row.at);
  }
  return (kind: FollowUpKind, applicationId: string) =>
    first.get(`${kind}:${applicationId}`) ?? null;
}

/** Everyone met in a rejected application, with the first such rejection and their last touch. */
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
    .select(['c.id as contact_id', 'c.last_interaction_at'])
    .select(({ fn }) => fn.min<string>('r.rejected_on').as('first_rejected_on'))
    .where('r.workspace_id', '=', workspaceId)
    .groupBy(['c.workspace_id', 'c.id'])
    .execute();
}

/**
 * Other applications linked to someone from a rejected application (linked to it, or who
 * delivered the news): the paths along which a rejection can lead somewhere new.
 */
export async function querySharedPeople(db: Db, workspaceId: string) {
  const linked = db
    .selectFrom('rejections as r')
    .innerJoin('application_contacts as mine', (join) =>
      join
        .onRef('mine.workspace_id', '=', 'r.workspace_id')
        .onRef('mine.application_id', '=', 'r.application_id'),
    )
    .innerJoin('application_contacts as other', (join) =>
      join
        .onRef('other.workspace_id', '=', 'mine.workspace_id')
        .onRef('other.contact_id', '=', 'mine.contact_id')
        .onRef('other.application_id', '<>', 'mine.application_id'),
    )
    .select(['r.application_id as rejected_id', 'other.application_id', 'other.contact_id'])
    .where('r.workspace_id', '=', workspaceId);
  const delivered = db
    .selectFrom('rejections as r')
    .innerJoin('application_contacts as other', (join) =>
      join
        .onRef('other.workspace_id', '=', 'r.workspace_id')
        .onRef('other.contact_id', '=', 'r.contact_id')
        .onRef('other.application_id', '<>', 'r.application_id'),
    )
    .select(['r.application_id as rejected_id', 'other.application_id', 'other.contact_id'])
    .where('r.workspace_id', '=', workspaceId);
  return linked.union(delivered).execute();
}

/** Every question filed under a card, with the card's wording. */
export async function queryQuestionSightings(db: Db, workspaceId: string) {
  return db
    .selectFrom('practice_card_sources as s')
    .innerJoin('practice_cards as c', (join) =>
      join.onRef('c.workspace_id', '=', 's.workspace_id').onRef('c.id', '=', 's.card_id'),
    )
    .select(['s.card_id', 'c.question as card_question', 's.application_id', 's.question'])
    .where('s.workspace_id', '=', workspaceId)
    .execute();
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
