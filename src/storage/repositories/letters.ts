import { PostgresAdapter, sql } from 'kysely';
import type { CalendarDay } from '../../core/dates';
import type { Letter } from '../../core/wellbeing/letter';
import type { Db } from '../database';
import type { LetterRow, LetterUpdate, NewLetterRow } from '../tables/wellbeing';

export function toLetter(row: LetterRow): Letter {
  return {
    id: row.id,
    applicationId: row.application_id,
    body: row.body,
    visibility: row.visibility,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function fromLetter(workspaceId: string, letter: Letter): NewLetterRow {
  return {
    workspace_id: workspaceId,
    id: letter.id,
    application_id: letter.applicationId,
    body: letter.body,
    visibility: letter.visibility,
    created_at: letter.createdAt,
    updated_at: letter.updatedAt,
  };
}

export async function insertLetter(db: Db, workspaceId: string, letter: Letter): Promise<void> {
  await db.insertInto('letters').values(fromLetter(workspaceId, letter)).execute();
}

export async function findLetter(db: Db, workspaceId: string, id: string): Promise<Letter | null> {
  const row = await db
    .selectFrom('letters')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toLetter(row) : null;
}

/** Letters newest first, all of them or those about one application. */
export async function listLetterRows(
  db: Db,
  workspaceId: string,
  { applicationId }: { applicationId?: string | undefined } = {},
): Promise<Letter[]> {
  let query = db.selectFrom('letters').selectAll().where('workspace_id', '=', workspaceId);
  if (applicationId !== undefined) query = query.where('application_id', '=', applicationId);
  const rows = await query.orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
  return rows.map(toLetter);
}

export async function updateLetterRow(
  db: Db,
  workspaceId: string,
  id: string,
  update: LetterUpdate,
): Promise<void> {
  await db
    .updateTable('letters')
    .set(update)
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}

export async function deleteLetterRow(db: Db, workspaceId: string, id: string): Promise<void> {
  await db
    .deleteFrom('letters')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}

/**
 * After a letter is deleted for good, makes SQLite let go of its words: the connection deletes
 * securely (zeroing freed space, see connect.ts), and a checkpoint moves those zeroed pages into
 * the database file and empties the write-ahead log, which still held the text as written.
 * PostgreSQL reclaims the space with its own (auto)vacuum.
 */
export async function forgetDeletedText(db: Db): Promise<void> {
  if (db.isTransaction || db.getExecutor().adapter instanceof PostgresAdapter) return;
  await sql`pragma wal_checkpoint(TRUNCATE)`.execute(db);
}

/** Rejections from a day on, newest first, with how many letters each has (never their text). */
export async function listRejectionsSince(db: Db, workspaceId: string, since: CalendarDay) {
  return db
    .selectFrom('rejections as r')
    .innerJoin('applications as a', (j) =>
      j.onRef('a.workspace_id', '=', 'r.workspace_id').onRef('a.id', '=', 'r.application_id'),
    )
    .select(['r.application_id', 'r.rejected_on', 'a.company', 'a.role'])
    .select((eb) =>
      eb
        .selectFrom('letters as l')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('l.workspace_id', '=', 'r.workspace_id')
        .whereRef('l.application_id', '=', 'r.application_id')
        .as('letters'),
    )
    .where('r.workspace_id', '=', workspaceId)
    .where('r.rejected_on', '>=', since)
    .orderBy('r.rejected_on', 'desc')
    .orderBy('r.application_id')
    .execute();
}

/** Unlinks letters from applications that no longer exist (after a replacing import). */
export async function unlinkLettersFromMissingApplications(db: Db, workspaceId: string) {
  await db
    .updateTable('letters')
    .set({ application_id: null })
    .where('workspace_id', '=', workspaceId)
    .where('application_id', 'is not', null)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('applications as a')
            .select('a.id')
            .where('a.workspace_id', '=', workspaceId)
            .whereRef('a.id', '=', 'letters.application_id'),
        ),
      ),
    )
    .execute();
}
