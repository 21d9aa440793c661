import { CompiledQuery, sql, type Insertable, type Selectable } from 'kysely';
import type { Database, Db } from './database';

/** Both dialects cap bound parameters per statement (SQLite 32,766, PostgreSQL 65,535). */
const MAX_PARAMETERS = 30_000;

/**
 * Inserts many rows with as few statements as the parameter limits allow. Kysely builds a syntax
 * node for every value, which for an import of 30,000 rows is half a million objects; so the
 * statement is compiled once for one row (Kysely quotes the names and picks the placeholder
 * style) and its values tuple repeated for the rest.
 */
export async function insertInChunks<T extends keyof Database & string>(
  db: Db,
  table: T,
  rows: readonly Insertable<Database[T]>[],
): Promise<void> {
  const first = rows[0];
  if (first === undefined) return;
  const columns = Object.keys(first);
  // Kysely cannot narrow a generic table name's row type; the signature above guards the rows.
  const single = db
    .insertInto(table)
    .values(first as never)
    .compile();
  const head = single.sql.slice(0, single.sql.lastIndexOf(' values ') + ' values '.length);
  const numbered = /\$1\b/.test(single.sql);
  const size = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  for (let start = 0; start < rows.length; start += size) {
    const chunk = rows.slice(start, start + size);
    const parameters: unknown[] = [];
    const tuples: string[] = [];
    for (const row of chunk) {
      const record = row as Record<string, unknown>;
      if (Object.keys(record).length !== columns.length) {
        throw new Error(`insertInChunks: every ${table} row must have the same columns`);
      }
      const marks = columns.map((column) => {
        parameters.push(record[column] ?? null);
        return numbered ? `$${parameters.length}` : '?';
      });
      tuples.push(`(${marks.join(', ')})`);
    }
    await db.executeQuery(CompiledQuery.raw(head + tuples.join(', '), parameters));
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
  'feed_sources',
  'articles',
  'article_shares',
  'letters',
  'wins',
  'federal_applications',
  'federal_profiles',
  // Not in the workspace document (its review queue and undo records describe this workspace's
  // records as they were), but cleared with the rest when an import replaces the workspace.
  'inbox_messages',
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

/** Deletes every row of a workspace except the workspace itself and the tables in `keep`. */
export async function clearWorkspaceData(
  db: Db,
  workspaceId: string,
  { keep = [] }: { keep?: readonly WorkspaceTable[] } = {},
): Promise<void> {
  for (const table of [...WORKSPACE_TABLES].reverse()) {
    if (keep.includes(table)) continue;
    await db.deleteFrom(table).where('workspace_id', '=', workspaceId).execute();
  }
}
