import { newId } from '../core/ids';
import { planCardSync } from '../core/practice/card-sync';
import { newSchedule } from '../core/practice/scheduler';
import type { HardQuestion } from '../core/recovery/reflection';
import type { Db } from '../storage/database';
import {
  deletePracticeCards,
  deletePracticeCardSources,
  findUntouchedOrphanCards,
  insertPracticeCard,
  listCardsForMatching,
  listSourcesOfApplication,
  updatePracticeCardRow,
  upsertPracticeCardSources,
} from '../storage/repositories/practice';
import type { UseCaseDeps } from './deps';
import { lockForWrite } from '../storage/write-lock';

/**
 * Lets go of cards nothing points at any more, unless the user put something of their own into
 * them (an answer, a STAR part, a practice round): those stay in the deck.
 */
export async function pruneUntouchedCards(db: Db, workspaceId: string): Promise<void> {
  await deletePracticeCards(db, workspaceId, await findUntouchedOrphanCards(db, workspaceId));
}

/**
 * Files an application's questions (from its reflection; none when the reflection or the
 * rejection is gone) under practice cards: new questions join the card they read like or start
 * one, removed ones are taken off. Runs inside the caller's transaction.
 */
export async function syncPracticeCards(
  deps: UseCaseDeps,
  { applicationId, questions }: { applicationId: string; questions: readonly HardQuestion[] },
): Promise<void> {
  const { db, workspaceId } = deps;
  // Two reflections naming the same question at once must file it under one card.
  await lockForWrite(db, workspaceId, { kind: 'practice' });
  const now = deps.clock.now().toISOString();
  const [cards, filed] = await Promise.all([
    listCardsForMatching(db, workspaceId),
    listSourcesOfApplication(db, workspaceId, applicationId),
  ]);
  const plan = planCardSync({ cards, filed, questions, newCardId: () => newId('crd') });
  for (const card of plan.create) {
    await insertPracticeCard(db, workspaceId, {
      id: card.id,
      question: card.question,
      answer: card.answer,
      situation: null,
      task: null,
      action: null,
      result: null,
      schedule: newSchedule(now),
      createdAt: now,
      updatedAt: now,
    });
  }
  for (const { cardId, answer } of plan.seed) {
    await updatePracticeCardRow(db, workspaceId, cardId, { answer, updated_at: now });
  }
  await deletePracticeCardSources(db, workspaceId, applicationId, plan.unfile);
  await upsertPracticeCardSources(
    db,
    workspaceId,
    plan.file.map((f) => ({ ...f, applicationId })),
  );
  if (plan.unfile.length > 0 || plan.file.length > 0) await pruneUntouchedCards(db, workspaceId);
}
