import type { WorkspaceDocument } from '../core/workspace-document';
import { insertInChunks, selectWorkspaceRows } from '../storage/bulk';
import type { Db } from '../storage/database';
import {
  fromPracticeCard,
  fromPracticeCardSource,
  fromPracticeReview,
  toPracticeCard,
  toPracticeCardSource,
  toPracticeReview,
} from '../storage/repositories/practice';
import { withDb, type UseCaseDeps } from './deps';
import { syncPracticeCards } from './practice-sync';

type PracticeDocument = Pick<
  WorkspaceDocument,
  'practiceCards' | 'practiceCardSources' | 'practiceReviews'
>;

const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The practice deck as the workspace document holds it, in a stable order. */
export async function exportPractice(db: Db, workspaceId: string): Promise<PracticeDocument> {
  const [cards, sources, reviews] = await Promise.all([
    selectWorkspaceRows(db, 'practice_cards', workspaceId),
    selectWorkspaceRows(db, 'practice_card_sources', workspaceId),
    selectWorkspaceRows(db, 'practice_reviews', workspaceId),
  ]);
  return {
    practiceCards: cards.map(toPracticeCard).sort((a, b) => text(a.id, b.id)),
    practiceCardSources: sources
      .map(toPracticeCardSource)
      .sort((a, b) => text(a.applicationId, b.applicationId) || text(a.questionId, b.questionId)),
    practiceReviews: reviews.map(toPracticeReview).sort((a, b) => text(a.id, b.id)),
  };
}

export interface PracticeImport {
  document: WorkspaceDocument;
  merge: boolean;
  /** Applications the import added (all of them unless merging). */
  newApplications: ReadonlySet<string>;
  /** Cards the workspace already had (merging only). */
  knownCards: ReadonlySet<string>;
}

/**
 * Loads the practice deck of a document, inside the import's transaction. When merging, only
 * cards the workspace lacks come in, with their history, and only the questions of applications
 * the import added. A document from before the deck existed has its deck rebuilt from the
 * reflections it brings.
 */
export async function importPractice(
  deps: UseCaseDeps,
  trx: Db,
  { document, merge, newApplications, knownCards }: PracticeImport,
): Promise<{ cards: number; reviews: number }> {
  const ws = deps.workspaceId;
  if (document.practiceCards === undefined) {
    const scoped = withDb(deps, trx);
    const rejections = document.rejections
      .filter((r) => newApplications.has(r.applicationId) && r.reflection !== null)
      .sort((a, b) => text(a.rejectedOn, b.rejectedOn) || text(a.id, b.id));
    for (const rejection of rejections) {
      const questions = rejection.reflection?.hardQuestions ?? [];
      if (questions.length > 0) {
        await syncPracticeCards(scoped, { applicationId: rejection.applicationId, questions });
      }
    }
    const made = await trx
      .selectFrom('practice_cards')
      .select(({ fn }) => fn.countAll<number>().as('n'))
      .where('workspace_id', '=', ws)
      .executeTakeFirstOrThrow();
    return { cards: Number(made.n) - knownCards.size, reviews: 0 };
  }
  const cards = document.practiceCards.filter((c) => !merge || !knownCards.has(c.id));
  const added = new Set(cards.map((c) => c.id));
  const sources = document.practiceCardSources.filter(
    (s) =>
      !merge ||
      (newApplications.has(s.applicationId) && (added.has(s.cardId) || knownCards.has(s.cardId))),
  );
  const reviews = document.practiceReviews.filter((r) => !merge || added.has(r.cardId));
  await insertInChunks(
    trx,
    'practice_cards',
    cards.map((c) => fromPracticeCard(ws, c)),
  );
  await insertInChunks(
    trx,
    'practice_card_sources',
    sources.map((s) => fromPracticeCardSource(ws, s)),
  );
  await insertInChunks(
    trx,
    'practice_reviews',
    reviews.map((r) => fromPracticeReview(ws, r)),
  );
  return { cards: cards.length, reviews: reviews.length };
}
