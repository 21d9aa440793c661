import type { MailService } from '../../http/services';
import type { UseCaseDeps } from '../../use-cases/deps';
import type { FeedFetcher } from '../../use-cases/reading/fetch-port';
import type { RuntimeConfig } from '../config';
import type { JobDefinition, JobQueue } from './job-registry';
import {
  digestJob,
  dueDigestsJob,
  feedRefreshJob,
  scheduledSendsJob,
  sendMessageJob,
} from './jobs';
import { startLocalJobRunner } from './local-job-runner';
import type { WorkspaceAccountOptions } from '../mail/workspace-mail';
import { workspaceFeedJobs } from './workspace-feed-jobs';
import { workspaceMailJobs } from './workspace-mail-jobs';

/** The background work of one running server. */
export interface BackgroundJobs {
  /** Where to send a job to run in the background. */
  queue: JobQueue;
  /** Which jobs this server runs. */
  names: string[];
  stop(): Promise<void>;
}

export interface BackgroundJobsOptions {
  deps: UseCaseDeps;
  mail: MailService;
  fetcher: FeedFetcher;
  /** Team mode: the seekers' own mail accounts, whose sends and syncs run on the queue. */
  accounts?: WorkspaceAccountOptions;
}

/** Scheduled sends look every half minute, feeds every minute (each source has its own pace). */
const LOCAL_EVERY = {
  scheduledSends: { ms: 30_000, cron: '* * * * *' },
  feedRefresh: { ms: 60_000, cron: '* * * * *', firstAfterMs: 5_000 },
};

/**
 * The jobs a local installation runs, in process: the user's scheduled sends, sources to
 * refresh (unless REBOUND_FEED_REFRESH=0), and drafts sent in the background.
 */
export function localJobs(config: RuntimeConfig, options: BackgroundJobsOptions): JobDefinition[] {
  const { deps, mail, fetcher } = options;
  const sender = () => mail.sender();
  return [
    sendMessageJob({ db: deps.db, clock: deps.clock, sender }),
    scheduledSendsJob({ db: deps.db, clock: deps.clock, sender }, LOCAL_EVERY.scheduledSends),
    ...(config.feedRefresh ? [feedRefreshJob(deps, fetcher, LOCAL_EVERY.feedRefresh)] : []),
  ];
}

/**
 * The jobs a team installation runs on the shared queue: the morning digests, through the
 * organisation's one mail account; each seeker's sends and inbox syncs through their own
 * (`workspace-mail-jobs.ts`); and each seeker's sources, refreshed workspace by workspace
 * (`workspace-feed-jobs.ts`, unless REBOUND_FEED_REFRESH=0).
 */
export function teamJobs(
  config: RuntimeConfig,
  options: BackgroundJobsOptions & { queue: () => JobQueue },
): JobDefinition[] {
  const { db, clock } = options.deps;
  const seekersMail =
    options.accounts === undefined
      ? []
      : workspaceMailJobs({ db, clock, queue: options.queue, accounts: options.accounts });
  const seekersSources = config.feedRefresh
    ? workspaceFeedJobs({ db, clock, queue: options.queue, fetcher: options.fetcher })
    : [];
  return [...digestJobs(config, options), ...seekersMail, ...seekersSources];
}

/** The morning digests, when the organisation has a mail account and digests are on. */
function digestJobs(
  config: RuntimeConfig,
  options: BackgroundJobsOptions & { queue: () => JobQueue },
): JobDefinition[] {
  const team = config.team;
  if (team === null || !team.digests || options.mail.fromAddress() === null) return [];
  const { db, clock } = options.deps;
  return [
    dueDigestsJob({ db, clock, queue: options.queue }, { ms: 60_000, cron: '* * * * *' }),
    digestJob({
      db,
      clock,
      sender: () => options.mail.sender(),
      ...(team.publicUrl !== null && { publicUrl: team.publicUrl }),
    }),
  ];
}

/** Starts this server's background work: the PostgreSQL queue in team mode, in process otherwise. */
export async function startBackgroundJobs(
  config: RuntimeConfig,
  options: BackgroundJobsOptions,
): Promise<BackgroundJobs> {
  if (config.team === null) {
    const jobs = localJobs(config, options);
    const runner = startLocalJobRunner({ jobs });
    return { queue: runner, names: jobs.map((j) => j.name), stop: () => runner.stop() };
  }
  // The digest sweep queues digests on the runner it runs on, which exists once started.
  const started: { runner?: JobQueue } = {};
  const jobs = teamJobs(config, {
    ...options,
    queue: () => {
      if (started.runner === undefined) throw new Error('The job queue has not started yet.');
      return started.runner;
    },
  });
  if (jobs.length === 0) {
    const idle: JobQueue = {
      send: async (name) => {
        throw new Error(`No job named ${name} runs on this server.`);
      },
    };
    return { queue: idle, names: [], stop: async () => {} };
  }
  // Loaded only here: local mode and every CLI command never need the queue's library.
  const { startPgBossRunner } = await import('./pg-boss-runner');
  const runner = await startPgBossRunner({ connectionString: config.team.queueDatabaseUrl, jobs });
  started.runner = runner;
  return { queue: runner, names: jobs.map((j) => j.name), stop: () => runner.stop() };
}
