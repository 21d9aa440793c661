import { listSeekerWorkspaces } from '../../storage/repositories/digests';
import { listWorkspacesWithDueSources } from '../../storage/repositories/feed-sources';
import { scopeRows } from '../../storage/row-scope';
import { lockForWrite } from '../../storage/write-lock';
import { inTransaction } from '../deps';
import { inWorkspace, type TeamMailDeps } from '../mail/workspace-sends';
import type { FeedFetcher } from './fetch-port';
import { refreshDueSources, type RefreshOutcome } from './refresh';

/** Workspaces looked at per sweep; the next sweep finds the rest. */
const SWEEP_LIMIT = 1000;

/**
 * The team workspaces with a source due a check now. The sweep reads every current seeker's
 * workspace in one scoped transaction and hands back only ids: each is then refreshed in a scope
 * of its own.
 */
export async function findWorkspacesWithDueSources(deps: TeamMailDeps): Promise<string[]> {
  const now = deps.clock.now().toISOString();
  return inTransaction(deps.db, async (trx) => {
    await scopeRows(trx, { workspaces: await listSeekerWorkspaces(trx) });
    return listWorkspacesWithDueSources(trx, now, SWEEP_LIMIT);
  });
}

/**
 * Refreshes one team workspace's due sources inside a transaction scoped to it. The workspace's
 * refresh lock makes a second worker wait for the first and then find nothing due, so each
 * source is fetched once per due time however many servers sweep.
 */
export async function refreshWorkspaceSources(
  deps: TeamMailDeps,
  { workspaceId, fetcher }: { workspaceId: string; fetcher: FeedFetcher },
): Promise<RefreshOutcome[]> {
  return inWorkspace(deps, workspaceId, async (scoped) => {
    await lockForWrite(scoped.db, workspaceId, { kind: 'feeds' });
    return refreshDueSources(scoped, { now: deps.clock.now().toISOString(), fetcher });
  });
}
