import { PostgresAdapter, sql } from 'kysely';
import type { Db } from './database';

/**
 * The settings PostgreSQL's row-level security reads (migration `20261210020000`): which
 * workspaces' rows a transaction may see and write, and two narrow lookups made before a
 * workspace is known.
 */
export const ROW_SCOPE_SETTINGS = {
  /** The workspaces a transaction works in, separated by commas. */
  workspaces: 'rebound.workspace',
  /** The signed-in account: a coach sees the assignment rows that name them. */
  account: 'rebound.account',
  /** A calendar feed's id from its address: the workspace that has it may be read. */
  calendarFeed: 'rebound.calendar_feed',
} as const;

/** What a transaction may see; anything left out is cleared for the rest of it. */
export interface RowScope {
  workspaces?: readonly string[];
  account?: string;
  calendarFeed?: string;
}

/**
 * Scopes the rest of a transaction to the given workspaces (and lookups), for row-level
 * security. The settings are transaction-local (`set_config(…, true)`, as `SET LOCAL`): they end
 * with the transaction, so a pooled connection lent to someone else next (PgBouncer's
 * transaction mode) carries nothing over. A no-op on SQLite, which has one user and no such
 * wall.
 */
export async function scopeRows(trx: Db, scope: RowScope): Promise<void> {
  if (!(trx.getExecutor().adapter instanceof PostgresAdapter)) return;
  if (!trx.isTransaction) throw new Error('scopeRows needs an open transaction.');
  const workspaces = scope.workspaces ?? [];
  const listed = workspaces.find((id) => id === '' || id.includes(','));
  if (listed !== undefined) throw new Error(`Not a workspace id for a scope: "${listed}".`);
  const { workspaces: ws, account, calendarFeed } = ROW_SCOPE_SETTINGS;
  await sql`select set_config(${ws}, ${workspaces.join(',')}, true),
    set_config(${account}, ${scope.account ?? ''}, true),
    set_config(${calendarFeed}, ${scope.calendarFeed ?? ''}, true)`.execute(trx);
}

/**
 * Runs `work` scoped for row-level security: on PostgreSQL in a transaction (joining the
 * caller's, if any) with the scope set; on SQLite as it is, without taking the write lock a
 * SQLite transaction would.
 */
export async function withRowScope<T>(
  db: Db,
  scope: RowScope,
  work: (db: Db) => Promise<T>,
): Promise<T> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return work(db);
  const scoped = async (trx: Db) => {
    await scopeRows(trx, scope);
    return work(trx);
  };
  return db.isTransaction ? scoped(db) : db.transaction().execute(scoped);
}
