import { PostgresAdapter, sql } from 'kysely';
import type { Db } from './database';

/**
 * What a write may need to have to itself until its transaction ends: one application's record
 * of a rejection and its plan, a workspace's imports, its sources' refresh, its practice deck,
 * its settings.
 */
export type WriteLockScope =
  | { kind: 'application' | 'task' | 'interview' | 'message'; id: string }
  | { kind: 'imports' }
  | { kind: 'feeds' }
  | { kind: 'practice' }
  | { kind: 'settings' };

function lockKey(workspaceId: string, scope: WriteLockScope): string {
  return 'id' in scope
    ? `${workspaceId}/${scope.kind}/${scope.id}`
    : `${workspaceId}/${scope.kind}`;
}

/**
 * Makes a read-then-write safe against another request doing the same at the same moment: the
 * second waits here until the first commits, then reads what it wrote. Call it first thing in
 * the transaction.
 *
 * PostgreSQL takes a transaction-scoped advisory lock on a hash of the key (two keys that share a
 * hash only wait for each other, never mix data). SQLite needs nothing: every write transaction
 * starts with BEGIN IMMEDIATE, which already gives one writer the whole file, across processes.
 */
export async function lockForWrite(
  trx: Db,
  workspaceId: string,
  scope: WriteLockScope,
): Promise<void> {
  if (!trx.isTransaction) throw new Error('lockForWrite needs an open transaction.');
  if (!(trx.getExecutor().adapter instanceof PostgresAdapter)) return;
  const key = lockKey(workspaceId, scope);
  await sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`.execute(trx);
}
