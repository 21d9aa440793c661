import type { WorkspaceDocument } from '../../core/workspace-document';
import { insertInChunks, selectWorkspaceRows } from '../../storage/bulk';
import type { Db } from '../../storage/database';
import {
  fromLetter,
  toLetter,
  unlinkLettersFromMissingApplications,
} from '../../storage/repositories/letters';
import { fromWin, toWin } from '../../storage/repositories/wins';

type WellbeingDocument = Pick<WorkspaceDocument, 'wins' | 'letters'>;

const byId = <T extends { id: string }>(list: T[]) =>
  list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/**
 * The wins, and the private letters only when the user asked for them: an export is a file that
 * travels, and a letter is not written to travel.
 */
export async function exportWellbeing(
  db: Db,
  workspaceId: string,
  { includeLetters }: { includeLetters: boolean },
): Promise<WellbeingDocument> {
  const [wins, letters] = await Promise.all([
    selectWorkspaceRows(db, 'wins', workspaceId),
    includeLetters ? selectWorkspaceRows(db, 'letters', workspaceId) : null,
  ]);
  return {
    wins: byId(wins.map(toWin)),
    ...(letters !== null && { letters: byId(letters.map(toLetter)) }),
  };
}

async function existingIds(db: Db, workspaceId: string, table: 'wins' | 'letters') {
  const rows = await db
    .selectFrom(table)
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .execute();
  return new Set(rows.map((r) => r.id));
}

/**
 * Loads wins and letters inside the import's transaction. Merging adds the ones the workspace
 * lacks; otherwise the workspace was emptied first (its letters kept when the file has none).
 */
export async function importWellbeing(
  trx: Db,
  workspaceId: string,
  { document, merge }: { document: WorkspaceDocument; merge: boolean },
): Promise<{ wins: number; letters: number }> {
  // Letters kept through a replace are known too: the file's copy of one is not added twice.
  const knownWins = await existingIds(trx, workspaceId, 'wins');
  const knownLetters = await existingIds(trx, workspaceId, 'letters');
  const wins = document.wins.filter((w) => !knownWins.has(w.id));
  const letters = (document.letters ?? []).filter((l) => !knownLetters.has(l.id));
  await insertInChunks(
    trx,
    'wins',
    wins.map((w) => fromWin(workspaceId, w)),
  );
  await insertInChunks(
    trx,
    'letters',
    letters.map((l) => fromLetter(workspaceId, l)),
  );
  // Letters kept through a replace stay, unlinked from applications the file did not bring back.
  if (!merge) await unlinkLettersFromMissingApplications(trx, workspaceId);
  return { wins: wins.length, letters: letters.length };
}
