import type { Clock } from '../../use-cases/deps';
import type { FeedFetcher } from '../../use-cases/reading/fetch-port';
import {
  findWorkspacesWithDueSources,
  refreshWorkspaceSources,
} from '../../use-cases/reading/workspace-refresh';
import type { Db } from '../../storage/database';
import type { JobDefinition, JobQueue, JobTuning } from './job-registry';
import { JOB_NAMES } from './jobs';
import { workspaceSweepJobs } from './workspace-mail-jobs';

/** What the seekers' source refresh needs: the team's database, the queue and the fetcher. */
export interface WorkspaceFeedJobsDeps {
  db: Db;
  clock: Clock;
  queue: () => JobQueue;
  /** The web as a shared server may reach it (private addresses refused unless configured). */
  fetcher: FeedFetcher;
}

/** A failed fetch is recorded on its source and retried on its schedule; a retry is for the rest. */
const REFRESH_RETRY = { limit: 2, delaySeconds: 60, backoff: true };

/**
 * A team's source refresh: every minute, the workspaces with a source due a check, each then
 * refreshed in a run of its own, scoped to that workspace.
 */
export function workspaceFeedJobs(
  deps: WorkspaceFeedJobsDeps,
  tuning: JobTuning = {},
): JobDefinition[] {
  return workspaceSweepJobs({
    queue: deps.queue,
    sweep: JOB_NAMES.feedRefresh,
    perWorkspace: JOB_NAMES.workspaceFeedRefresh,
    find: () => findWorkspacesWithDueSources(deps),
    retry: REFRESH_RETRY,
    tuning,
    run: (workspaceId) => refreshWorkspaceSources(deps, { workspaceId, fetcher: deps.fetcher }),
  });
}
