import { AppError } from '../../core/app-error';
import { newId } from '../../core/ids';
import type { Article } from '../../core/reading/article';
import { readFeed } from '../../core/reading/feed-document';
import { readPageMetadata } from '../../core/reading/page-metadata';
import type { Db } from '../../storage/database';
import {
  deleteArticleRow,
  findArticle,
  findArticleByUrl,
  insertNewArticles,
  queryArticles,
} from '../../storage/repositories/articles';
import { inTransaction, nowInstant, type UseCaseDeps } from '../deps';
import { type Page, pageOf } from '../paging';
import type { FeedFetcher } from './fetch-port';
import { fetchDocument } from './find-feed';
import { hostOf } from './sources';

export async function requireArticle(db: Db, workspaceId: string, id: string, field = 'id') {
  const article = await findArticle(db, workspaceId, id);
  if (!article) throw AppError.notFound('article', id, field);
  return article;
}

export interface SaveArticleOptions {
  url: string;
  fetcher: FeedFetcher;
}

export interface SaveArticleResult {
  article: Article;
  /** False when the address was already stored: the stored article is returned as it is. */
  created: boolean;
}

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml', '']);

/**
 * Saves one article by its address, with the title, description, site and date its page gives
 * about itself. A feed's address is refused with a pointer to adding it as a source.
 */
export async function saveArticle(
  deps: UseCaseDeps,
  { url, fetcher }: SaveArticleOptions,
): Promise<SaveArticleResult> {
  const stored = await findArticleByUrl(deps.db, deps.workspaceId, url);
  if (stored) return { article: stored, created: false };
  const now = nowInstant(deps);
  const document = await fetchDocument(fetcher, url);
  if (readFeed(document.text, { feedUrl: document.url, now }).ok) {
    throw AppError.validation('url', `${url} is a feed, not an article: add it as a source`);
  }
  if (!HTML_TYPES.has(document.contentType)) {
    throw AppError.validation('url', `${url} is not a web page (it is ${document.contentType})`);
  }
  const page = readPageMetadata(document.text, { pageUrl: document.url, now });
  const article: Article = {
    id: newId('art'),
    sourceId: null,
    url: document.url,
    title: page.title ?? document.url,
    summary: page.description,
    siteName: page.siteName ?? hostOf(document.url),
    publishedAt: page.publishedAt,
    addedAt: now,
  };
  return inTransaction(deps.db, async (trx) => {
    // A redirect may have led to an address already stored.
    const existing = await findArticleByUrl(trx, deps.workspaceId, article.url);
    if (existing) return { article: existing, created: false };
    await insertNewArticles(trx, deps.workspaceId, [article]);
    return { article, created: true };
  });
}

/** The words of a search, letters and digits only; each must appear (as a word's start). */
export function searchTerms(text: string | undefined): string[] {
  return (
    (text ?? '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu)
      ?.slice(0, 12) ?? []
  );
}

export interface ListArticlesOptions {
  /** Words to look for in titles, summaries and site names. */
  search?: string;
  sourceId?: string;
  limit: number;
  offset: number;
}

/** Stored articles, newest first, searched with the database's full-text index. */
export async function listArticles(
  deps: UseCaseDeps,
  { search, sourceId, limit, offset }: ListArticlesOptions,
): Promise<Page<Article>> {
  const terms = searchTerms(search);
  const rows = await queryArticles(deps.db, deps.workspaceId, {
    ...(terms.length > 0 && { match: { terms, prefix: true } }),
    ...(sourceId !== undefined && { sourceId }),
    limit: limit + 1,
    offset,
  });
  return pageOf(rows, { limit, offset });
}

/** Forgets an article, and with it the record of whom it was sent to. */
export async function deleteArticle(deps: UseCaseDeps, { id }: { id: string }): Promise<void> {
  await inTransaction(deps.db, async (trx) => {
    await requireArticle(trx, deps.workspaceId, id);
    await deleteArticleRow(trx, deps.workspaceId, id);
  });
}
