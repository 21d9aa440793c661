import { AppError } from '../../core/app-error';
import type { Instant } from '../../core/dates';
import { newId } from '../../core/ids';
import type { Article, FeedSource } from '../../core/reading/article';
import type { FeedItem } from '../../core/reading/feed-document';
import { nextCheckAfterSuccess } from '../../core/reading/refresh-schedule';
import type { Db } from '../../storage/database';
import { insertNewArticles, releaseArticlesOfSource } from '../../storage/repositories/articles';
import {
  deleteFeedSourceRow,
  findFeedSource,
  findFeedSourcesByUrl,
  insertFeedSources,
  listFeedSources,
} from '../../storage/repositories/feed-sources';
import { inTransaction, nowInstant, type UseCaseDeps } from '../deps';
import type { FeedFetcher } from './fetch-port';
import { findFeed } from './find-feed';

/** A source as lists show it: without the HTTP validators, with how many articles it brought. */
export type FeedSourceView = Omit<FeedSource, 'etag' | 'lastModified'> & { articleCount: number };

export function sourceView(source: FeedSource, articleCount: number): FeedSourceView {
  const { etag: _etag, lastModified: _lastModified, ...view } = source;
  return { ...view, articleCount };
}

/** Articles for a feed's entries, as a source brings them in. */
export function articlesFrom(
  items: readonly FeedItem[],
  { sourceId, siteName, now }: { sourceId: string; siteName: string | null; now: Instant },
): Article[] {
  return items.map((item) => ({
    id: newId('art'),
    sourceId,
    url: item.url,
    title: item.title,
    summary: item.summary,
    siteName,
    publishedAt: item.publishedAt,
    addedAt: now,
  }));
}

/** A name for a source whose feed has none: its site's host. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

async function refuseFollowed(db: Db, workspaceId: string, urls: readonly string[]) {
  const [followed] = await findFeedSourcesByUrl(db, workspaceId, urls);
  if (followed) {
    throw new AppError(
      'conflict',
      `url: you already follow ${followed.url} ("${followed.title}")`,
      {
        field: 'url',
      },
    );
  }
}

export interface AddSourceOptions {
  /** A feed's address, or a page that links to its feed. */
  url: string;
  fetcher: FeedFetcher;
}

export interface AddSourceResult {
  source: FeedSourceView;
  /** How many of the feed's articles were new. */
  added: number;
}

/**
 * Follows a feed: fetches the address (finding the feed from a page's `<link rel="alternate">`
 * when it is a page), then stores the source and its articles in one transaction. An address
 * with no feed fails with a message naming it; nothing is stored then.
 */
export async function addSource(
  deps: UseCaseDeps,
  { url, fetcher }: AddSourceOptions,
): Promise<AddSourceResult> {
  await refuseFollowed(deps.db, deps.workspaceId, [url]);
  const now = nowInstant(deps);
  const { document, feed } = await findFeed(fetcher, url, now);
  const source: FeedSource = {
    id: newId('fds'),
    url: document.url,
    siteUrl: feed.siteUrl,
    title: feed.title ?? hostOf(feed.siteUrl ?? document.url),
    lastCheckedAt: now,
    lastSuccessAt: now,
    lastError: null,
    failureCount: 0,
    nextCheckAt: nextCheckAfterSuccess(now),
    etag: document.etag,
    lastModified: document.lastModified,
    createdAt: now,
    updatedAt: now,
  };
  const added = await inTransaction(deps.db, async (trx) => {
    // The page may have led to a feed already followed under its own address.
    await refuseFollowed(trx, deps.workspaceId, [source.url]);
    await insertFeedSources(trx, deps.workspaceId, [source]);
    return insertNewArticles(
      trx,
      deps.workspaceId,
      articlesFrom(feed.items, { sourceId: source.id, siteName: source.title, now }),
    );
  });
  return { source: sourceView(source, added), added };
}

/** Every source, by title, with its last refresh and any error. */
export async function listSources(deps: UseCaseDeps): Promise<FeedSourceView[]> {
  const rows = await listFeedSources(deps.db, deps.workspaceId);
  return rows.map(({ articleCount, ...source }) => sourceView(source, articleCount));
}

export async function requireSource(db: Db, workspaceId: string, id: string) {
  const source = await findFeedSource(db, workspaceId, id);
  if (!source) throw AppError.notFound('source', id);
  return source;
}

export interface RemoveSourceResult {
  /** Articles that went with it. */
  deleted: number;
  /** Articles shared with someone, kept as saved articles. */
  kept: number;
}

/**
 * Stops following a source. Its articles go too, except those shared with someone, which stay
 * (as saved articles) so the record of what went to whom is kept.
 */
export async function removeSource(
  deps: UseCaseDeps,
  { id }: { id: string },
): Promise<RemoveSourceResult> {
  return inTransaction(deps.db, async (trx) => {
    await requireSource(trx, deps.workspaceId, id);
    const released = await releaseArticlesOfSource(trx, deps.workspaceId, id);
    await deleteFeedSourceRow(trx, deps.workspaceId, id);
    return released;
  });
}
