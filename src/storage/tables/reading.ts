import type { Insertable, Selectable, Updateable } from 'kysely';
import type { ArticleShareStatus } from '../../core/reading/article';
import type { InstantColumn } from './column-types';

export interface FeedSourcesTable {
  workspace_id: string;
  id: string;
  url: string;
  site_url: string | null;
  title: string;
  last_checked_at: InstantColumn | null;
  last_success_at: InstantColumn | null;
  last_error: string | null;
  failure_count: number;
  next_check_at: InstantColumn;
  etag: string | null;
  last_modified: string | null;
  created_at: InstantColumn;
  updated_at: InstantColumn;
}
export type FeedSourceRow = Selectable<FeedSourcesTable>;
export type NewFeedSourceRow = Insertable<FeedSourcesTable>;
export type FeedSourceUpdate = Updateable<FeedSourcesTable>;

/**
 * On PostgreSQL the table also has a generated `search` tsvector, and on SQLite an FTS5 index
 * follows it by rowid; neither is written directly, so neither is listed here.
 */
export interface ArticlesTable {
  workspace_id: string;
  id: string;
  source_id: string | null;
  url: string;
  title: string;
  summary: string | null;
  site_name: string | null;
  published_at: InstantColumn | null;
  added_at: InstantColumn;
  /** `published_at`, or `added_at` when the article has no date: the order it is listed in. */
  dated_at: InstantColumn;
}
export type ArticleRow = Selectable<ArticlesTable>;
export type NewArticleRow = Insertable<ArticlesTable>;

export interface ArticleSharesTable {
  workspace_id: string;
  id: string;
  article_id: string;
  contact_id: string;
  message_id: string | null;
  status: ArticleShareStatus;
  shared_at: InstantColumn | null;
  created_at: InstantColumn;
}
export type ArticleShareRow = Selectable<ArticleSharesTable>;
export type NewArticleShareRow = Insertable<ArticleSharesTable>;
