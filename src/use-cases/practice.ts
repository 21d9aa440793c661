import { AppError } from '../core/app-error';
import { addDays, type CalendarDay, type Instant } from '../core/dates';
import { newId } from '../core/ids';
import type {
  PracticeCard,
  PracticeCardPatch,
  PracticeRating,
  PracticeReview,
} from '../core/practice/card';
import { previewSchedule, reviewSchedule } from '../core/practice/scheduler';
import { localDayOf, startOfLocalDay } from '../core/recovery/zoned-time';
import type { Db } from '../storage/database';
import {
  countPracticeCards,
  findPracticeCard,
  insertPracticeReview,
  listReviewsOfCard,
  listSourcesOfCards,
  queryPracticeCards,
  scheduleColumns,
  updatePracticeCardRow,
} from '../storage/repositories/practice';
import { inTransaction, nowInstant, type UseCaseDeps } from './deps';
import { loadRecoverySettings } from './recovery-context';
import { lockForWrite } from '../storage/write-lock';

/** Where a card's question came up. */
export interface CardSourceView {
  applicationId: string;
  company: string;
  role: string;
  /** The rejection's day, when the application is still rejected. */
  rejectedOn: CalendarDay | null;
  questionId: string;
  question: string;
}

/** A card as the deck shows it. */
export interface PracticeCardView extends PracticeCard {
  /** Due by the end of today, the user's today. */
  isDue: boolean;
  /** The local day it falls due. */
  dueOn: CalendarDay;
  /** When it would come back after each rating, if practised now. */
  next: Record<PracticeRating, { due: Instant; interval: string }>;
  sources: CardSourceView[];
}

export interface PracticeCardDetail extends PracticeCardView {
  /** Every practice round, oldest first. */
  reviews: PracticeReview[];
}

interface DayContext {
  zone: string;
  today: CalendarDay;
  /** The first instant of tomorrow: a card due before it is due today. */
  endOfToday: Instant;
  now: Instant;
}

async function dayContext(deps: UseCaseDeps): Promise<DayContext> {
  const { timeZone } = await loadRecoverySettings(deps.db, deps.workspaceId);
  const now = nowInstant(deps);
  const today = localDayOf(now, timeZone);
  return { zone: timeZone, today, endOfToday: startOfLocalDay(addDays(today, 1), timeZone), now };
}

async function views(
  db: Db,
  workspaceId: string,
  cards: readonly PracticeCard[],
  day: DayContext,
): Promise<PracticeCardView[]> {
  const sources = await listSourcesOfCards(
    db,
    workspaceId,
    cards.map((c) => c.id),
  );
  return cards.map((card) => ({
    ...card,
    isDue: card.schedule.due < day.endOfToday,
    dueOn: localDayOf(card.schedule.due, day.zone),
    next: previewSchedule(card.schedule, day.now),
    sources: sources
      .filter((s) => s.card_id === card.id)
      .map((s) => ({
        applicationId: s.application_id,
        company: s.company,
        role: s.role,
        rejectedOn: s.rejected_on,
        questionId: s.question_id,
        question: s.question,
      }))
      .sort(
        (a, b) =>
          (b.rejectedOn ?? '').localeCompare(a.rejectedOn ?? '') ||
          a.company.localeCompare(b.company) ||
          a.applicationId.localeCompare(b.applicationId),
      ),
  }));
}

export async function requirePracticeCard(db: Db, workspaceId: string, id: string) {
  const card = await findPracticeCard(db, workspaceId, id);
  if (!card) throw AppError.notFound('practice card', id);
  return card;
}

export interface ListPracticeCardsOptions {
  /** `due` (default): cards due by the end of today; `all`: the whole deck. */
  filter?: 'due' | 'all';
  limit?: number;
  offset?: number;
}

export interface PracticeCardPage {
  items: PracticeCardView[];
  nextOffset: number | null;
  /** Cards due by the end of today, and in the whole deck. */
  due: number;
  total: number;
}

/** The deck, soonest due first: what to practise now, or every card. */
export async function listPracticeCards(
  deps: UseCaseDeps,
  { filter = 'due', limit = 50, offset = 0 }: ListPracticeCardsOptions = {},
): Promise<PracticeCardPage> {
  const { db, workspaceId } = deps;
  const day = await dayContext(deps);
  const [cards, counts] = await Promise.all([
    queryPracticeCards(db, workspaceId, {
      ...(filter === 'due' && { dueBefore: day.endOfToday }),
      limit: limit + 1,
      offset,
    }),
    countPracticeCards(db, workspaceId, day.endOfToday),
  ]);
  return {
    items: await views(db, workspaceId, cards.slice(0, limit), day),
    nextOffset: cards.length > limit ? offset + limit : null,
    due: counts.due,
    total: counts.total,
  };
}

/** One card with where it came up and every practice round. */
export async function getPracticeCard(
  deps: UseCaseDeps,
  { id }: { id: string },
): Promise<PracticeCardDetail> {
  const { db, workspaceId } = deps;
  const card = await requirePracticeCard(db, workspaceId, id);
  const day = await dayContext(deps);
  const [view] = await views(db, workspaceId, [card], day);
  return { ...(view as PracticeCardView), reviews: await listReviewsOfCard(db, workspaceId, id) };
}

/** Edits a card's wording, answer or STAR parts; fields left out stay as they are. */
export async function updatePracticeCard(
  deps: UseCaseDeps,
  { id, patch }: { id: string; patch: PracticeCardPatch },
): Promise<PracticeCardDetail> {
  await inTransaction(deps.db, async (trx) => {
    await lockForWrite(trx, deps.workspaceId, { kind: 'practice' });
    await requirePracticeCard(trx, deps.workspaceId, id);
    const changes = Object.fromEntries(
      Object.entries(patch).filter(([, value]) => value !== undefined),
    );
    if (Object.keys(changes).length === 0) return;
    await updatePracticeCardRow(trx, deps.workspaceId, id, {
      ...changes,
      updated_at: nowInstant(deps),
    });
  });
  return getPracticeCard(deps, { id });
}

/** Records a practice round: the schedule moves on and the round is kept in the card's history. */
export async function reviewPracticeCard(
  deps: UseCaseDeps,
  { id, rating }: { id: string; rating: PracticeRating },
): Promise<PracticeCardDetail> {
  await inTransaction(deps.db, async (trx) => {
    // Two ratings at once: the second is scheduled from the first's result, not beside it.
    await lockForWrite(trx, deps.workspaceId, { kind: 'practice' });
    const card = await requirePracticeCard(trx, deps.workspaceId, id);
    const now = nowInstant(deps);
    const { schedule, review } = reviewSchedule(card.schedule, rating, now);
    await updatePracticeCardRow(trx, deps.workspaceId, id, {
      ...scheduleColumns(schedule),
      updated_at: now,
    });
    await insertPracticeReview(trx, deps.workspaceId, { id: newId('rev'), cardId: id, ...review });
  });
  return getPracticeCard(deps, { id });
}

export interface PracticeSummary {
  /** Cards due by the end of today. */
  due: number;
  total: number;
  /** When the soonest card falls due; null with an empty deck. */
  nextDueAt: Instant | null;
}

/** How much practice is waiting today, for Today. */
export async function getPracticeSummary(
  deps: UseCaseDeps,
  endOfToday?: Instant,
): Promise<PracticeSummary> {
  const until = endOfToday ?? (await dayContext(deps)).endOfToday;
  const counts = await countPracticeCards(deps.db, deps.workspaceId, until);
  return { due: counts.due, total: counts.total, nextDueAt: counts.nextDue };
}
