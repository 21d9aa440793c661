import { newId } from '../../core/ids';
import type { Account } from '../../core/team/accounts';
import {
  insertAccessLogEntry,
  listAccessLogEntries,
  type AccessLogEntry,
} from '../../storage/repositories/access-log';
import type { UseCaseDeps } from '../deps';

/** How many reads the seeker sees at once; the most recent first. */
export const ACCESS_LOG_LIMIT = 500;

export interface RecordCoachReadOptions {
  reader: Account;
  /** The operation as the access policy names it, and the path read. */
  operation: string;
  path: string;
}

/** Notes in the seeker's workspace that their coach read something of it. */
export async function recordCoachRead(
  deps: UseCaseDeps,
  options: RecordCoachReadOptions,
): Promise<void> {
  await insertAccessLogEntry(deps.db, deps.workspaceId, {
    id: newId('alg'),
    accountId: options.reader.id,
    accountName: options.reader.name,
    operation: options.operation,
    path: options.path,
    at: deps.clock.now().toISOString(),
  });
}

/** Who read what of this workspace, newest first. */
export async function listAccessLog(deps: UseCaseDeps): Promise<AccessLogEntry[]> {
  return listAccessLogEntries(deps.db, deps.workspaceId, ACCESS_LOG_LIMIT);
}
