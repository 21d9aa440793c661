import { PostgresAdapter, sql } from 'kysely';
import type { Db } from './database';

/**
 * A value that changes whenever the database's contents may have changed, or undefined where
 * there is no cheap and exact one. On SQLite it pairs `PRAGMA data_version` (bumped when another
 * connection commits) with `total_changes()` (every row this connection inserted, updated or
 * deleted), so equal markers on one connection mean nothing was written in between. PostgreSQL
 * offers no such counter: callers recompute every time.
 */
export async function readChangeMarker(db: Db): Promise<string | undefined> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) return undefined;
  const { rows } = await sql<{
    version: number;
    changes: number;
  }>`select (select data_version from pragma_data_version()) as version, total_changes() as changes`.execute(
    db,
  );
  const row = rows[0];
  return row === undefined ? undefined : `${row.version}:${row.changes}`;
}
