import { AppError } from '../../core/app-error';
import { newId } from '../../core/ids';
import { newSchedule } from '../../core/practice/scheduler';
import { localDayOf } from '../../core/recovery/zoned-time';
import { storyQuestionOf, type Win, type WinInput, type WinPatch } from '../../core/wellbeing/win';
import type { Db } from '../../storage/database';
import { findApplication } from '../../storage/repositories/applications';
import { insertPracticeCard } from '../../storage/repositories/practice';
import {
  claimWinCard,
  countWins,
  deleteWinRow,
  findWin,
  insertWin,
  queryWins,
  updateWinRow,
} from '../../storage/repositories/wins';
import { inTransaction, nowInstant, type UseCaseDeps } from '../deps';
import { pageOf, type Page, type PageRequest } from '../paging';
import { loadRecoverySettings } from '../recovery-context';

async function requireWin(db: Db, workspaceId: string, id: string): Promise<Win> {
  const win = await findWin(db, workspaceId, id);
  if (!win) throw AppError.notFound('win', id);
  return win;
}

async function checkApplication(db: Db, workspaceId: string, id: string | null | undefined) {
  if (id === null || id === undefined) return;
  if (!(await findApplication(db, workspaceId, id))) {
    throw AppError.notFound('application', id, 'applicationId');
  }
}

async function today(deps: UseCaseDeps, db: Db): Promise<string> {
  const { timeZone } = await loadRecoverySettings(db, deps.workspaceId);
  return localDayOf(nowInstant(deps), timeZone);
}

export interface ListWinsOptions extends PageRequest {
  applicationId?: string | undefined;
}

/** Wins, most recent first, with how many there are in all. */
export async function listWins(
  deps: UseCaseDeps,
  { applicationId, limit, offset }: ListWinsOptions,
): Promise<Page<Win> & { total: number }> {
  const { db, workspaceId } = deps;
  const [rows, total] = await Promise.all([
    queryWins(db, workspaceId, { applicationId, limit: limit + 1, offset }),
    countWins(db, workspaceId, { applicationId }),
  ]);
  return { ...pageOf(rows, { limit, offset }), total };
}

export async function getWin(deps: UseCaseDeps, { id }: { id: string }): Promise<Win> {
  return requireWin(deps.db, deps.workspaceId, id);
}

/** Adds wins inside the caller's transaction (the reflection's, or one of its own). */
export async function addWinsIn(
  deps: UseCaseDeps,
  db: Db,
  inputs: readonly WinInput[],
): Promise<Win[]> {
  const added: Win[] = [];
  const now = nowInstant(deps);
  const day = inputs.some((i) => i.on === undefined) ? await today(deps, db) : '';
  for (const input of inputs) {
    await checkApplication(db, deps.workspaceId, input.applicationId);
    const win: Win = {
      id: newId('win'),
      applicationId: input.applicationId ?? null,
      text: input.text,
      happenedOn: input.on ?? day,
      cardId: null,
      createdAt: now,
      updatedAt: now,
    };
    await insertWin(db, deps.workspaceId, win);
    added.push(win);
  }
  return added;
}

/** Keeps a win; it happened today unless the user says when. */
export async function addWin(deps: UseCaseDeps, { input }: { input: WinInput }): Promise<Win> {
  return inTransaction(deps.db, async (trx) => {
    const [win] = await addWinsIn(deps, trx, [input]);
    return win as Win;
  });
}

export async function updateWin(
  deps: UseCaseDeps,
  { id, patch }: { id: string; patch: WinPatch },
): Promise<Win> {
  return inTransaction(deps.db, async (trx) => {
    const win = await requireWin(trx, deps.workspaceId, id);
    await checkApplication(trx, deps.workspaceId, patch.applicationId);
    const updated: Win = {
      ...win,
      ...(patch.text !== undefined && { text: patch.text }),
      ...(patch.applicationId !== undefined && { applicationId: patch.applicationId }),
      ...(patch.on !== undefined && { happenedOn: patch.on }),
      updatedAt: nowInstant(deps),
    };
    await updateWinRow(trx, deps.workspaceId, id, {
      text: updated.text,
      application_id: updated.applicationId,
      happened_on: updated.happenedOn,
      updated_at: updated.updatedAt,
    });
    return updated;
  });
}

/** Deletes a win; a practice card made from it stays in the deck. */
export async function deleteWin(deps: UseCaseDeps, { id }: { id: string }): Promise<void> {
  await inTransaction(deps.db, async (trx) => {
    await requireWin(trx, deps.workspaceId, id);
    await deleteWinRow(trx, deps.workspaceId, id);
  });
}

export interface WinCard {
  win: Win;
  cardId: string;
  /** False when the win already had its card. */
  created: boolean;
}

/**
 * A practice card that asks to tell the story of a win, so a good moment becomes an answer
 * ready for the next interview. A win has one card; asking again returns it.
 */
export async function practiseWin(deps: UseCaseDeps, { id }: { id: string }): Promise<WinCard> {
  return inTransaction(deps.db, async (trx) => {
    const ws = deps.workspaceId;
    const win = await requireWin(trx, ws, id);
    const now = nowInstant(deps);
    const cardId = newId('crd');
    if (!(await claimWinCard(trx, ws, id, { cardId, now }))) {
      const current = await requireWin(trx, ws, id);
      return { win: current, cardId: current.cardId as string, created: false };
    }
    await insertPracticeCard(trx, ws, {
      id: cardId,
      question: storyQuestionOf(win),
      answer: null,
      situation: null,
      task: null,
      action: null,
      result: null,
      schedule: newSchedule(now),
      createdAt: now,
      updatedAt: now,
    });
    return { win: { ...win, cardId, updatedAt: now }, cardId, created: true };
  });
}
