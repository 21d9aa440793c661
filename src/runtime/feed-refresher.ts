import type { UseCaseDeps } from '../use-cases/deps';
import type { FeedFetcher } from '../use-cases/reading/fetch-port';
import { refreshDueSources } from '../use-cases/reading/refresh';

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
 * Refreshes due sources while the server runs: a timer that calls `refreshDueSources` and,
 * when that run is over, sets itself again, so runs never overlap. Each source's own schedule
 * (and back-off) lives in the database; this only decides when to look.
 */
export function startFeedRefresher({
  deps,
  fetcher,
  everyMs = 60_000,
  firstAfterMs = 5_000,
  onError = (error) => console.error('Scheduled feed refresh failed:', error),
}: FeedRefresherOptions): FeedRefresher {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;

  const schedule = (ms: number) => {
    if (stopped) return;
    timer = setTimeout(() => {
      running = refreshDueSources(deps, { now: deps.clock.now().toISOString(), fetcher })
        .then(() => undefined, onError)
        .finally(() => {
          running = undefined;
          schedule(everyMs);
        });
    }, ms);
    // The timer alone never keeps the process alive.
    timer.unref();
  };
  schedule(firstAfterMs);

  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
