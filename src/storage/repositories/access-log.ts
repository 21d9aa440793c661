import { insertInChunks } from '../bulk';
import type { Db } from '../database';
import type { AccessLogRow } from '../tables/team';

export interface AccessLogEntry {
  id: string;
  accountId: string;
  accountName: string;
  operation: string;
  path: string;
  at: string;
}

function toEntry(row: AccessLogRow): AccessLogEntry {
  return {
    id: row.id,
    accountId: row.account_id,
    accountName: row.account_name,
    operation: row.operation,
    path: row.path,
    at: row.at,
  };
}

export async function insertAccessLogEntry(
  db: Db,
  workspaceId: string,
  entry: AccessLogEntry,
): Promise<void> {
  await db
    .insertInto('access_log')
    .values({
      workspace_id: workspaceId,
      id: entry.id,
      account_id: entry.accountId,
      account_name: entry.accountName,
      operation: entry.operation,
      path: entry.path,
      at: entry.at,
    })
    .execute();
}

/**
 * Several reads at once, each in its own workspace's log, as one statement: a caseload notes
 * every seeker it shows without a round trip per seeker.
 */
export async function insertAccessLogEntries(
  db: Db,
  entries: readonly { workspaceId: string; entry: AccessLogEntry }[],
): Promise<void> {
  await insertInChunks(
    db,
    'access_log',
    entries.map(({ workspaceId, entry }) => ({
      workspace_id: workspaceId,
      id: entry.id,
      account_id: entry.accountId,
      account_name: entry.accountName,
      operation: entry.operation,
      path: entry.path,
      at: entry.at,
    })),
  );
}

/** A workspace's log, newest first. */
export async function listAccessLogEntries(
  db: Db,
  workspaceId: string,
  limit: number,
): Promise<AccessLogEntry[]> {
  const rows = await db
    .selectFrom('access_log')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map(toEntry);
}
