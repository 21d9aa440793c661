import type { UseCaseDeps } from '../use-cases/deps';
import type { FeedFetcher } from '../use-cases/reading/fetch-port';
import { feedRefreshJob } from './jobs/jobs';
import { startLocalJobRunner } from './jobs/local-job-runner';

export interface FeedRefresherOptions {
  deps: UseCaseDeps;
  fetcher: FeedFetcher;
  /** How often to look for due sources (default a minute); each source has its own schedule. */
  everyMs?: number;
  /** The first look, after start-up has finished (default 5 s). */
  firstAfterMs?: number;
  /** Where a run that failed outright (the database, not a feed) is reported. */
  onError?: (error: unknown) => void;
}

export interface FeedRefresher {
  /** Stops the timer and waits for a run in progress. */
  stop(): Promise<void>;
}

/**
 * Refreshes due sources while the server runs: the `feed-refresh` job on the in-process runner,
 * whose next run is set when one ends, so runs never overlap. Each source's own schedule (and
 * back-off) lives in the database; this only decides when to look.
 */
export function startFeedRefresher({
  deps,
  fetcher,
  everyMs = 60_000,
  firstAfterMs = 5_000,
  onError = (error) => console.error('Scheduled feed refresh failed:', error),
}: FeedRefresherOptions): FeedRefresher {
  const runner = startLocalJobRunner({
    jobs: [feedRefreshJob(deps, fetcher, { ms: everyMs, cron: '* * * * *', firstAfterMs })],
    onError,
  });
  return { stop: () => runner.stop() };
}
