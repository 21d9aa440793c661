import {
  applyReflectionInput,
  hasReflectionContent,
  type ReflectionInput,
} from '../core/recovery/reflection';
import { updateRejectionRow } from '../storage/repositories/rejections';
import { listTasksOfApplication, updateTaskRow } from '../storage/repositories/tasks';
import { inTransaction, nowInstant, withDb, type UseCaseDeps } from './deps';
import { syncPracticeCards } from './practice-sync';
import { requireRejection } from './recovery-context';
import { getRecoveryPlan, replanApplication, type RecoveryPlan } from './recovery-plan';
import { lockForWrite } from '../storage/write-lock';

export interface SaveReflectionOptions {
  applicationId: string;
  input: ReflectionInput;
  /** Replace the whole reflection (fields left out are emptied) instead of changing some. */
  replace?: boolean;
}

/**
 * Saves the guided reflection. Writing something in it completes the plan's reflect step; a new
 * feeling re-plans the writing steps (a raw one holds them back a day); the questions that
 * tripped the user up are filed in the practice deck.
 */
export async function saveReflection(
  deps: UseCaseDeps,
  { applicationId, input, replace = false }: SaveReflectionOptions,
): Promise<RecoveryPlan> {
  return inTransaction(deps.db, async (trx) => {
    const scoped = withDb(deps, trx);
    const ws = deps.workspaceId;
    await lockForWrite(trx, ws, { kind: 'application', id: applicationId });
    const rejection = await requireRejection(trx, ws, applicationId);
    const now = nowInstant(deps);
    const reflection = applyReflectionInput(rejection.reflection, input, now, { replace });
    await updateRejectionRow(trx, ws, { ...rejection, reflection, updatedAt: now });
    await syncPracticeCards(scoped, { applicationId, questions: reflection.hardQuestions });
    if (hasReflectionContent(reflection)) {
      const tasks = await listTasksOfApplication(trx, ws, applicationId);
      for (const task of tasks.filter((t) => t.kind === 'reflect' && t.status === 'open')) {
        await updateTaskRow(trx, ws, task.id, { status: 'done', done_at: now, updated_at: now });
      }
    }
    const before = rejection.reflection;
    if (before?.feeling !== reflection.feeling || before?.feelingAt !== reflection.feelingAt) {
      await replanApplication(scoped, applicationId);
    }
    return getRecoveryPlan(scoped, { applicationId });
  });
}
