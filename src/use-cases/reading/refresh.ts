import { AppError } from '../../core/app-error';
import type { Instant } from '../../core/dates';
import type { FeedSource } from '../../core/reading/article';
import { readFeed } from '../../core/reading/feed-document';
import { nextCheckAfterFailure, nextCheckAfterSuccess } from '../../core/reading/refresh-schedule';
import { insertNewArticles } from '../../storage/repositories/articles';
import {
  listDueFeedSources,
  listFeedSourcesById,
  updateFeedSourceRow,
} from '../../storage/repositories/feed-sources';
import { inTransaction, nowInstant, type UseCaseDeps } from '../deps';
import { type FeedFetcher, type FetchResult, isFetchFailure } from './fetch-port';
import { articlesFrom } from './sources';

export const REFRESH_STATUSES = ['updated', 'not_modified', 'failed'] as const;

/** What one source's refresh came to. */
export interface RefreshOutcome {
  sourceId: string;
  title: string;
  url: string;
  /** `updated`: the feed was read (maybe with nothing new); `not_modified`: the server said so. */
  status: (typeof REFRESH_STATUSES)[number];
  /** New articles stored. */
  added: number;
  /** What went wrong, naming the address; null unless it failed. */
  error: string | null;
  nextCheckAt: Instant;
}

/** Sources fetched at once: enough to hide network waits, few enough to be a polite client. */
export const REFRESH_CONCURRENCY = 6;

async function recordFailure(
  deps: UseCaseDeps,
  source: FeedSource,
  now: Instant,
  message: string,
  retryAfterSeconds?: number,
): Promise<RefreshOutcome> {
  const failures = source.failureCount + 1;
  const nextCheckAt = nextCheckAfterFailure(failures, now, retryAfterSeconds);
  const error = `${source.url} ${message}`;
  await updateFeedSourceRow(deps.db, deps.workspaceId, source.id, {
    last_checked_at: now,
    last_error: error,
    failure_count: failures,
    next_check_at: nextCheckAt,
    updated_at: now,
  });
  return {
    sourceId: source.id,
    title: source.title,
    url: source.url,
    status: 'failed',
    added: 0,
    error,
    nextCheckAt,
  };
}

async function recordSuccess(
  deps: UseCaseDeps,
  source: FeedSource,
  now: Instant,
  result: FetchResult,
): Promise<RefreshOutcome> {
  const nextCheckAt = nextCheckAfterSuccess(now);
  const common = {
    last_checked_at: now,
    last_success_at: now,
    last_error: null,
    failure_count: 0,
    next_check_at: nextCheckAt,
    updated_at: now,
  };
  const outcome = { sourceId: source.id, title: source.title, url: source.url, error: null };
  if (result.status === 'not_modified') {
    await updateFeedSourceRow(deps.db, deps.workspaceId, source.id, common);
    return { ...outcome, status: 'not_modified', added: 0, nextCheckAt };
  }
  const feed = readFeed(result.text, { feedUrl: result.url, now });
  if (!feed.ok) return recordFailure(deps, source, now, feed.error);
  const added = await inTransaction(deps.db, async (trx) => {
    const count = await insertNewArticles(
      trx,
      deps.workspaceId,
      articlesFrom(feed.value.items, { sourceId: source.id, siteName: source.title, now }),
    );
    await updateFeedSourceRow(trx, deps.workspaceId, source.id, {
      ...common,
      etag: result.etag,
      last_modified: result.lastModified,
      site_url: feed.value.siteUrl ?? source.siteUrl,
    });
    return count;
  });
  return { ...outcome, status: 'updated', added, nextCheckAt };
}

/**
 * Refreshes one source with a conditional request. A failure is recorded on the source (its
 * error, and a later next check) and returned as an outcome: it never stops other sources.
 */
export async function refreshSource(
  deps: UseCaseDeps,
  { source, fetcher, now }: { source: FeedSource; fetcher: FeedFetcher; now: Instant },
): Promise<RefreshOutcome> {
  let result: FetchResult;
  try {
    result = await fetcher.fetch({
      url: source.url,
      etag: source.etag,
      lastModified: source.lastModified,
    });
  } catch (error) {
    if (!isFetchFailure(error)) throw error;
    return recordFailure(deps, source, now, error.message, error.retryAfterSeconds);
  }
  return recordSuccess(deps, source, now, result);
}

/** Runs `work` over `items`, at most `limit` at a time, keeping the order of results. */
async function inPool<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>) {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await work(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

export interface RefreshSourcesOptions {
  fetcher: FeedFetcher;
  /** Only these sources; every source when left out. */
  sourceIds?: readonly string[];
}

/** Refreshes sources now, whatever their schedule: each one's outcome, failures included. */
export async function refreshSources(
  deps: UseCaseDeps,
  { fetcher, sourceIds }: RefreshSourcesOptions,
): Promise<RefreshOutcome[]> {
  const sources = await listFeedSourcesById(deps.db, deps.workspaceId, sourceIds);
  const missing = sourceIds?.findIndex((id) => !sources.some((s) => s.id === id)) ?? -1;
  if (missing >= 0)
    throw AppError.notFound('source', sourceIds?.[missing] ?? '', `sourceIds[${missing}]`);
  const now = nowInstant(deps);
  return inPool(sources, REFRESH_CONCURRENCY, (source) =>
    refreshSource(deps, { source, fetcher, now }),
  );
}

export interface RefreshDueOptions {
  now: Instant;
  fetcher: FeedFetcher;
  /** At most this many sources in one run; the rest wait for the next. */
  limit?: number;
}

/** Refreshes the sources whose next check has come: what the scheduled refresh runs. */
export async function refreshDueSources(
  deps: UseCaseDeps,
  { now, fetcher, limit = 100 }: RefreshDueOptions,
): Promise<RefreshOutcome[]> {
  const sources = await listDueFeedSources(deps.db, deps.workspaceId, now, limit);
  return inPool(sources, REFRESH_CONCURRENCY, (source) =>
    refreshSource(deps, { source, fetcher, now }),
  );
}
