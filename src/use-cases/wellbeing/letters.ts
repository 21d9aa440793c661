import { AppError } from '../../core/app-error';
import { addDays, type CalendarDay } from '../../core/dates';
import { newId } from '../../core/ids';
import { localDayOf } from '../../core/recovery/zoned-time';
import {
  daysWrittenWithin,
  LETTER_PROMPTS,
  WRITING_RHYTHM,
  type Letter,
  type LetterInput,
  type LetterPatch,
} from '../../core/wellbeing/letter';
import type { Db } from '../../storage/database';
import { findApplication } from '../../storage/repositories/applications';
import {
  deleteLetterRow,
  findLetter,
  forgetDeletedText,
  insertLetter,
  listLetterRows,
  listRejectionsSince,
  updateLetterRow,
} from '../../storage/repositories/letters';
import { inTransaction, nowInstant, type UseCaseDeps } from '../deps';
import { loadRecoverySettings } from '../recovery-context';

/** How far back the page counts the days written, to show the rhythm kindly. */
const RHYTHM_WINDOW_DAYS = 14;

export interface LetterList {
  items: Letter[];
  /** The study's rhythm, offered; and how many of the last two weeks' days the user wrote on. */
  rhythm: { minutesPerDay: number; days: number; daysWritten: number; windowDays: number };
  prompts: readonly string[];
}

export interface ListLettersOptions {
  applicationId?: string | undefined;
}

async function requireLetter(db: Db, workspaceId: string, id: string): Promise<Letter> {
  const letter = await findLetter(db, workspaceId, id);
  if (!letter) throw AppError.notFound('letter', id);
  return letter;
}

async function checkApplication(db: Db, workspaceId: string, id: string | null | undefined) {
  if (id === null || id === undefined) return;
  if (!(await findApplication(db, workspaceId, id))) {
    throw AppError.notFound('application', id, 'applicationId');
  }
}

/** The user's letters, newest first, with the writing rhythm and the prompts. */
export async function listLetters(
  deps: UseCaseDeps,
  { applicationId }: ListLettersOptions = {},
): Promise<LetterList> {
  const { db, workspaceId } = deps;
  const [items, all, settings] = await Promise.all([
    listLetterRows(db, workspaceId, { applicationId }),
    applicationId === undefined ? null : listLetterRows(db, workspaceId),
    loadRecoverySettings(db, workspaceId),
  ]);
  const dayOf = (instant: string) => localDayOf(instant, settings.timeZone);
  const since = addDays(dayOf(nowInstant(deps)), 1 - RHYTHM_WINDOW_DAYS);
  return {
    items,
    rhythm: {
      ...WRITING_RHYTHM,
      daysWritten: daysWrittenWithin(all ?? items, dayOf, since),
      windowDays: RHYTHM_WINDOW_DAYS,
    },
    prompts: LETTER_PROMPTS,
  };
}

export async function getLetter(deps: UseCaseDeps, { id }: { id: string }): Promise<Letter> {
  return requireLetter(deps.db, deps.workspaceId, id);
}

export interface WriteLetterOptions {
  input: LetterInput;
}

/** Keeps a new letter. It is private unless the user says a coach may know it exists. */
export async function writeLetter(
  deps: UseCaseDeps,
  { input }: WriteLetterOptions,
): Promise<Letter> {
  return inTransaction(deps.db, async (trx) => {
    await checkApplication(trx, deps.workspaceId, input.applicationId);
    const now = nowInstant(deps);
    const letter: Letter = {
      id: newId('ltr'),
      applicationId: input.applicationId ?? null,
      body: input.body,
      visibility: input.visibility ?? 'private',
      createdAt: now,
      updatedAt: now,
    };
    await insertLetter(trx, deps.workspaceId, letter);
    return letter;
  });
}

export interface UpdateLetterOptions {
  id: string;
  patch: LetterPatch;
}

export async function updateLetter(
  deps: UseCaseDeps,
  { id, patch }: UpdateLetterOptions,
): Promise<Letter> {
  return inTransaction(deps.db, async (trx) => {
    const letter = await requireLetter(trx, deps.workspaceId, id);
    const updated: Letter = {
      ...letter,
      ...(patch.body !== undefined && { body: patch.body }),
      ...(patch.visibility !== undefined && { visibility: patch.visibility }),
      updatedAt: nowInstant(deps),
    };
    await updateLetterRow(trx, deps.workspaceId, id, {
      body: updated.body,
      visibility: updated.visibility,
      updated_at: updated.updatedAt,
    });
    return updated;
  });
}

/**
 * Deletes a letter for good: the row goes, and on SQLite its words are wiped from the file and
 * its log too. Backups taken before still hold it, as they hold everything of their day.
 */
export async function deleteLetter(deps: UseCaseDeps, { id }: { id: string }): Promise<void> {
  await inTransaction(deps.db, async (trx) => {
    await requireLetter(trx, deps.workspaceId, id);
    await deleteLetterRow(trx, deps.workspaceId, id);
  });
  await forgetDeletedText(deps.db);
}

/** Every letter, for an export the user asked to include them in. */
export async function exportLetters(db: Db, workspaceId: string): Promise<Letter[]> {
  const letters = await listLetterRows(db, workspaceId);
  return letters.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The day a "no" stops being fresh for Today's gentle offer to write it out. */
export const FRESH_REJECTION_DAYS = 7;

export interface FreshRejection {
  applicationId: string;
  company: string;
  role: string;
  rejectedOn: CalendarDay;
  /** How many letters the user wrote about it; never what they say. */
  letters: number;
}

/** Rejections of the last week, for Today's offer to write it out, newest first. */
export async function listFreshRejections(deps: UseCaseDeps): Promise<FreshRejection[]> {
  const { db, workspaceId } = deps;
  const { timeZone } = await loadRecoverySettings(db, workspaceId);
  const since = addDays(localDayOf(nowInstant(deps), timeZone), 1 - FRESH_REJECTION_DAYS);
  const rows = await listRejectionsSince(db, workspaceId, since);
  return rows.map((r) => ({
    applicationId: r.application_id,
    company: r.company,
    role: r.role,
    rejectedOn: r.rejected_on,
    letters: Number(r.letters ?? 0),
  }));
}
