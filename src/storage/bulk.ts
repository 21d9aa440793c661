import { sql, type Insertable, type Selectable } from 'kysely';
import type { Database, Db } from './database';

/** Both dialects cap bound parameters per statement (SQLite 32,766, PostgreSQL 65,535). */
const MAX_PARAMETERS = 30_000;

/** Inserts many rows with as few statements as the parameter limits allow. */
export async function insertInChunks<T extends keyof Database & string>(
  db: Db,
  table: T,
  rows: readonly Insertable<Database[T]>[],
): Promise<void> {
  const first = rows[0];
  if (first === undefined) return;
  const columns = Object.keys(first).length;
  const size = Math.max(1, Math.floor(MAX_PARAMETERS / columns));
  for (let start = 0; start < rows.length; start += size) {
    // Kysely cannot narrow a generic table name's row type; the signature above guards the rows.
    await db
      .insertInto(table)
      .values(rows.slice(start, start + size) as never)
      .execute();
  }
}

/** Tables holding workspace data, parents before children: insert in this order, delete reversed. */
export const WORKSPACE_TABLES = [
  'applications',
  'stage_events',
  'contacts',
  'application_contacts',
  'interviews',
  'interview_contacts',
  'messages',
  'interactions',
  'rejections',
  'tasks',
  'practice_cards',
  'practice_card_sources',
  'practice_reviews',
] as const satisfies readonly (keyof Database)[];
export type WorkspaceTable = (typeof WORKSPACE_TABLES)[number];

/** Every row of one workspace in a table, in the driver's (dialect-normalized) shape. */
export async function selectWorkspaceRows<T extends WorkspaceTable>(
  db: Db,
  table: T,
  workspaceId: string,
): Promise<Selectable<Database[T]>[]> {
  const result = await sql<
    Selectable<Database[T]>
  >`select * from ${sql.table(table)} where workspace_id = ${workspaceId}`.execute(db);
  return result.rows;
}

/** Deletes every row of a workspace except the workspace itself. */
export async function clearWorkspaceData(db: Db, workspaceId: string): Promise<void> {
  for (const table of [...WORKSPACE_TABLES].reverse()) {
    await db.deleteFrom(table).where('workspace_id', '=', workspaceId).execute();
  }
}
