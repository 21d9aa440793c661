import type { Instant } from '../../core/dates';
import type {
  PracticeCard,
  PracticeCardSource,
  PracticeReview,
  PracticeSchedule,
} from '../../core/practice/card';
import type { Db } from '../database';
import type {
  NewPracticeCardRow,
  NewPracticeCardSourceRow,
  NewPracticeReviewRow,
  PracticeCardRow,
  PracticeCardSourceRow,
  PracticeCardUpdate,
  PracticeReviewRow,
} from '../tables/practice';
import { literalLimit } from './json';

export function toPracticeCard(row: PracticeCardRow): PracticeCard {
  return {
    id: row.id,
    question: row.question,
    answer: row.answer,
    situation: row.situation,
    task: row.task,
    action: row.action,
    result: row.result,
    schedule: {
      due: row.due,
      stability: row.stability,
      difficulty: row.difficulty,
      elapsedDays: row.elapsed_days,
      scheduledDays: row.scheduled_days,
      learningSteps: row.learning_steps,
      reps: row.reps,
      lapses: row.lapses,
      state: row.state,
      lastReview: row.last_review,
    },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The schedule's columns, for an insert or an update. */
export function scheduleColumns(schedule: PracticeSchedule) {
  return {
    due: schedule.due,
    stability: schedule.stability,
    difficulty: schedule.difficulty,
    elapsed_days: schedule.elapsedDays,
    scheduled_days: schedule.scheduledDays,
    learning_steps: schedule.learningSteps,
    reps: schedule.reps,
    lapses: schedule.lapses,
    state: schedule.state,
    last_review: schedule.lastReview,
  };
}

export function fromPracticeCard(workspaceId: string, card: PracticeCard): NewPracticeCardRow {
  return {
    workspace_id: workspaceId,
    id: card.id,
    question: card.question,
    answer: card.answer,
    situation: card.situation,
    task: card.task,
    action: card.action,
    result: card.result,
    ...scheduleColumns(card.schedule),
    created_at: card.createdAt,
    updated_at: card.updatedAt,
  };
}

export function toPracticeCardSource(row: PracticeCardSourceRow): PracticeCardSource {
  return {
    cardId: row.card_id,
    applicationId: row.application_id,
    questionId: row.question_id,
    question: row.question,
  };
}

export function fromPracticeCardSource(
  workspaceId: string,
  source: PracticeCardSource,
): NewPracticeCardSourceRow {
  return {
    workspace_id: workspaceId,
    card_id: source.cardId,
    application_id: source.applicationId,
    question_id: source.questionId,
    question: source.question,
  };
}

export function toPracticeReview(row: PracticeReviewRow): PracticeReview {
  return {
    id: row.id,
    cardId: row.card_id,
    rating: row.rating,
    state: row.state,
    due: row.due,
    stability: row.stability,
    difficulty: row.difficulty,
    elapsedDays: row.elapsed_days,
    lastElapsedDays: row.last_elapsed_days,
    scheduledDays: row.scheduled_days,
    learningSteps: row.learning_steps,
    reviewedAt: row.reviewed_at,
  };
}

export function fromPracticeReview(
  workspaceId: string,
  review: PracticeReview,
): NewPracticeReviewRow {
  return {
    workspace_id: workspaceId,
    id: review.id,
    card_id: review.cardId,
    rating: review.rating,
    state: review.state,
    due: review.due,
    stability: review.stability,
    difficulty: review.difficulty,
    elapsed_days: review.elapsedDays,
    last_elapsed_days: review.lastElapsedDays,
    scheduled_days: review.scheduledDays,
    learning_steps: review.learningSteps,
    reviewed_at: review.reviewedAt,
  };
}

export async function insertPracticeCard(db: Db, workspaceId: string, card: PracticeCard) {
  await db.insertInto('practice_cards').values(fromPracticeCard(workspaceId, card)).execute();
}

export async function findPracticeCard(
  db: Db,
  workspaceId: string,
  id: string,
): Promise<PracticeCard | undefined> {
  const row = await db
    .selectFrom('practice_cards')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toPracticeCard(row);
}

export async function updatePracticeCardRow(
  db: Db,
  workspaceId: string,
  id: string,
  update: PracticeCardUpdate,
) {
  await db
    .updateTable('practice_cards')
    .set(update)
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}

export async function deletePracticeCards(db: Db, workspaceId: string, ids: readonly string[]) {
  if (ids.length === 0) return;
  await db
    .deleteFrom('practice_cards')
    .where('workspace_id', '=', workspaceId)
    .where('id', 'in', ids)
    .execute();
}

/** Every card with the wordings filed under it, for matching new questions. */
export async function listCardsForMatching(db: Db, workspaceId: string) {
  const [cards, wordings] = await Promise.all([
    db
      .selectFrom('practice_cards')
      .select(['id', 'question', 'answer', 'created_at'])
      .where('workspace_id', '=', workspaceId)
      .orderBy('created_at')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('practice_card_sources')
      .select(['card_id', 'question'])
      .distinct()
      .where('workspace_id', '=', workspaceId)
      .execute(),
  ]);
  const byCard = new Map<string, string[]>();
  for (const w of wordings) byCard.set(w.card_id, [...(byCard.get(w.card_id) ?? []), w.question]);
  return cards.map((c) => ({
    id: c.id,
    question: c.question,
    wordings: byCard.get(c.id) ?? [],
    hasAnswer: c.answer !== null,
  }));
}

export async function listSourcesOfApplication(
  db: Db,
  workspaceId: string,
  applicationId: string,
): Promise<PracticeCardSource[]> {
  const rows = await db
    .selectFrom('practice_card_sources')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('application_id', '=', applicationId)
    .execute();
  return rows.map(toPracticeCardSource);
}

/** Where each of these cards' questions came up, with the application and its rejection day. */
export async function listSourcesOfCards(db: Db, workspaceId: string, cardIds: readonly string[]) {
  if (cardIds.length === 0) return [];
  return db
    .selectFrom('practice_card_sources as s')
    .innerJoin('applications as a', (join) =>
      join.onRef('a.workspace_id', '=', 's.workspace_id').onRef('a.id', '=', 's.application_id'),
    )
    .leftJoin('rejections as r', (join) =>
      join
        .onRef('r.workspace_id', '=', 's.workspace_id')
        .onRef('r.application_id', '=', 's.application_id'),
    )
    .select([
      's.card_id',
      's.application_id',
      's.question_id',
      's.question',
      'a.company',
      'a.role',
      'r.rejected_on',
    ])
    .where('s.workspace_id', '=', workspaceId)
    .where('s.card_id', 'in', cardIds)
    .execute();
}

export async function upsertPracticeCardSources(
  db: Db,
  workspaceId: string,
  sources: readonly PracticeCardSource[],
) {
  if (sources.length === 0) return;
  await db
    .insertInto('practice_card_sources')
    .values(sources.map((s) => fromPracticeCardSource(workspaceId, s)))
    .onConflict((oc) =>
      oc.columns(['workspace_id', 'application_id', 'question_id']).doUpdateSet((eb) => ({
        card_id: eb.ref('excluded.card_id'),
        question: eb.ref('excluded.question'),
      })),
    )
    .execute();
}

export async function deletePracticeCardSources(
  db: Db,
  workspaceId: string,
  applicationId: string,
  questionIds: readonly string[],
) {
  if (questionIds.length === 0) return;
  await db
    .deleteFrom('practice_card_sources')
    .where('workspace_id', '=', workspaceId)
    .where('application_id', '=', applicationId)
    .where('question_id', 'in', questionIds)
    .execute();
}

/** Cards nothing points at any more and the user has not touched: safe to let go. */
export async function findUntouchedOrphanCards(db: Db, workspaceId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('practice_cards as c')
    .select('c.id')
    .where('c.workspace_id', '=', workspaceId)
    .where('c.reps', '=', 0)
    .where('c.answer', 'is', null)
    .where('c.situation', 'is', null)
    .where('c.task', 'is', null)
    .where('c.action', 'is', null)
    .where('c.result', 'is', null)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('practice_card_sources as s')
            .select('s.card_id')
            .whereRef('s.workspace_id', '=', 'c.workspace_id')
            .whereRef('s.card_id', '=', 'c.id'),
        ),
      ),
    )
    // A card made from a win tells that win's story: the win points at it, so it is not orphaned.
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('wins as w')
            .select('w.card_id')
            .whereRef('w.workspace_id', '=', 'c.workspace_id')
            .whereRef('w.card_id', '=', 'c.id'),
        ),
      ),
    )
    .execute();
  return rows.map((r) => r.id);
}

export interface CardPageQuery {
  /** Only cards due before this instant. */
  dueBefore?: Instant;
  limit: number;
  offset: number;
}

/** Cards, soonest due first (new cards are due from when they were made), then by wording. */
export async function queryPracticeCards(
  db: Db,
  workspaceId: string,
  query: CardPageQuery,
): Promise<PracticeCard[]> {
  let select = db.selectFrom('practice_cards').selectAll().where('workspace_id', '=', workspaceId);
  if (query.dueBefore !== undefined) select = select.where('due', '<', query.dueBefore);
  // Cards made together fall due together: the wording then gives a stable order.
  const rows = await select
    .orderBy('due')
    .orderBy('question')
    .orderBy('id')
    .limit(literalLimit(query.limit))
    .offset(literalLimit(query.offset))
    .execute();
  return rows.map(toPracticeCard);
}

/** How many cards there are, and how many fall due before `dueBefore`. */
export async function countPracticeCards(db: Db, workspaceId: string, dueBefore: Instant) {
  const row = await db
    .selectFrom('practice_cards')
    .select(({ fn }) => [
      fn.countAll<number>().as('total'),
      fn.sum<number | null>(db.case().when('due', '<', dueBefore).then(1).else(0).end()).as('due'),
      fn.min<string | null>('due').as('next_due'),
    ])
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirstOrThrow();
  return {
    total: Number(row.total),
    due: Number(row.due ?? 0),
    nextDue: row.next_due,
  };
}

export async function insertPracticeReview(db: Db, workspaceId: string, review: PracticeReview) {
  await db.insertInto('practice_reviews').values(fromPracticeReview(workspaceId, review)).execute();
}

export async function listReviewsOfCard(
  db: Db,
  workspaceId: string,
  cardId: string,
): Promise<PracticeReview[]> {
  const rows = await db
    .selectFrom('practice_reviews')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('card_id', '=', cardId)
    .orderBy('reviewed_at')
    .orderBy('id')
    .execute();
  return rows.map(toPracticeReview);
}
