import { z } from 'zod';
import type { Clock } from '../../use-cases/deps';
import type { FeedFetcher } from '../../use-cases/reading/fetch-port';
import {
  findWorkspacesWithDueSources,
  refreshWorkspaceSources,
} from '../../use-cases/reading/workspace-refresh';
import type { Db } from '../../storage/database';
import { defineJob, type JobDefinition, type JobQueue, type JobTuning } from './job-registry';
import { idText, JOB_NAMES } from './jobs';
import { workspaceSweep } from './workspace-mail-jobs';

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
  return [
    workspaceSweep(deps.queue, JOB_NAMES.feedRefresh, JOB_NAMES.workspaceFeedRefresh, () =>
      findWorkspacesWithDueSources(deps),
    ),
    defineJob({
      name: JOB_NAMES.workspaceFeedRefresh,
      data: z.object({ workspaceId: idText }),
      retry: REFRESH_RETRY,
      expireInSeconds: 900,
      keyed: true,
      ...tuning,
      run: ({ workspaceId }) =>
        refreshWorkspaceSources(deps, { workspaceId, fetcher: deps.fetcher }),
    }),
  ];
}
