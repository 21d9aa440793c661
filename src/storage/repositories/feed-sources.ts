import type { Instant } from '../../core/dates';
import type { FeedSource } from '../../core/reading/article';
import type { Db } from '../database';
import type { FeedSourceRow, FeedSourceUpdate, NewFeedSourceRow } from '../tables/reading';
import { literalLimit } from './json';

export function toFeedSource(row: FeedSourceRow): FeedSource {
  return {
    id: row.id,
    url: row.url,
    siteUrl: row.site_url,
    title: row.title,
    lastCheckedAt: row.last_checked_at,
    lastSuccessAt: row.last_success_at,
    lastError: row.last_error,
    failureCount: row.failure_count,
    nextCheckAt: row.next_check_at,
    etag: row.etag,
    lastModified: row.last_modified,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function fromFeedSource(workspaceId: string, source: FeedSource): NewFeedSourceRow {
  return {
    workspace_id: workspaceId,
    id: source.id,
    url: source.url,
    site_url: source.siteUrl,
    title: source.title,
    last_checked_at: source.lastCheckedAt,
    last_success_at: source.lastSuccessAt,
    last_error: source.lastError,
    failure_count: source.failureCount,
    next_check_at: source.nextCheckAt,
    etag: source.etag,
    last_modified: source.lastModified,
    created_at: source.createdAt,
    updated_at: source.updatedAt,
  };
}

export async function insertFeedSources(
  db: Db,
  workspaceId: string,
  sources: readonly FeedSource[],
): Promise<void> {
  if (sources.length === 0) return;
  await db
    .insertInto('feed_sources')
    .values(sources.map((s) => fromFeedSource(workspaceId, s)))
    .execute();
}

export async function findFeedSource(
  db: Db,
  workspaceId: string,
  id: string,
): Promise<FeedSource | undefined> {
  const row = await db
    .selectFrom('feed_sources')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toFeedSource(row);
}

/** The sources with any of these feed addresses. */
export async function findFeedSourcesByUrl(
  db: Db,
  workspaceId: string,
  urls: readonly string[],
): Promise<FeedSource[]> {
  if (urls.length === 0) return [];
  const rows = await db
    .selectFrom('feed_sources')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('url', 'in', urls)
    .execute();
  return rows.map(toFeedSource);
}

/** Every source with how many articles it brought, by title. */
export async function listFeedSources(
  db: Db,
  workspaceId: string,
): Promise<(FeedSource & { articleCount: number })[]> {
  const rows = await db
    .selectFrom('feed_sources as s')
    .selectAll('s')
    .select((eb) =>
      eb
        .selectFrom('articles as a')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('a.workspace_id', '=', 's.workspace_id')
        .whereRef('a.source_id', '=', 's.id')
        .as('article_count'),
    )
    .where('s.workspace_id', '=', workspaceId)
    .orderBy('s.title')
    .orderBy('s.id')
    .execute();
  return rows.map((row) => ({ ...toFeedSource(row), articleCount: Number(row.article_count) }));
}

/** Sources whose next check is due at `now`, longest waiting first. */
export async function listDueFeedSources(
  db: Db,
  workspaceId: string,
  now: Instant,
  limit: number,
): Promise<FeedSource[]> {
  const rows = await db
    .selectFrom('feed_sources')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('next_check_at', '<=', now)
    .orderBy('next_check_at')
    .orderBy('id')
    .limit(literalLimit(limit))
    .execute();
  return rows.map(toFeedSource);
}

/** The workspaces, among those in scope, with a source whose next check has come. */
export async function listWorkspacesWithDueSources(
  db: Db,
  now: Instant,
  limit: number,
): Promise<string[]> {
  const rows = await db
    .selectFrom('feed_sources')
    .select('workspace_id')
    .distinct()
    .where('next_check_at', '<=', now)
    .orderBy('workspace_id')
    .limit(literalLimit(limit))
    .execute();
  return rows.map((row) => row.workspace_id);
}

export async function listFeedSourcesById(
  db: Db,
  workspaceId: string,
  ids: readonly string[] | undefined,
): Promise<FeedSource[]> {
  let query = db.selectFrom('feed_sources').selectAll().where('workspace_id', '=', workspaceId);
  if (ids !== undefined) {
    if (ids.length === 0) return [];
    query = query.where('id', 'in', ids);
  }
  const rows = await query.orderBy('title').orderBy('id').execute();
  return rows.map(toFeedSource);
}

export async function updateFeedSourceRow(
  db: Db,
  workspaceId: string,
  id: string,
  update: FeedSourceUpdate,
): Promise<void> {
  await db
    .updateTable('feed_sources')
    .set(update)
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}

export async function deleteFeedSourceRow(db: Db, workspaceId: string, id: string): Promise<void> {
  await db
    .deleteFrom('feed_sources')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}
