import type { WorkspaceDocument } from '../../core/workspace-document';
import { insertInChunks, selectWorkspaceRows } from '../../storage/bulk';
import type { Db } from '../../storage/database';
import { fromArticleShare, toArticleShare } from '../../storage/repositories/article-shares';
import { fromArticle, toArticle } from '../../storage/repositories/articles';
import { fromFeedSource, toFeedSource } from '../../storage/repositories/feed-sources';

type ReadingDocument = Pick<WorkspaceDocument, 'feedSources' | 'articles' | 'articleShares'>;

const byId = <T extends { id: string }>(list: T[]) =>
  list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** Sources, articles and shares as the workspace document holds them, in a stable order. */
export async function exportReading(db: Db, workspaceId: string): Promise<ReadingDocument> {
  const [sources, articles, shares] = await Promise.all([
    selectWorkspaceRows(db, 'feed_sources', workspaceId),
    selectWorkspaceRows(db, 'articles', workspaceId),
    selectWorkspaceRows(db, 'article_shares', workspaceId),
  ]);
  return {
    feedSources: byId(sources.map(toFeedSource)),
    articles: byId(articles.map(toArticle)),
    articleShares: byId(shares.map(toArticleShare)),
  };
}

export interface ReadingImport {
  document: ReadingDocument;
  merge: boolean;
  /** Contacts and messages the workspace will hold after the import (merging only). */
  contacts: ReadonlySet<string>;
  messages: ReadonlySet<string>;
}

async function existing(trx: Db, ws: string, table: 'feed_sources' | 'articles') {
  const rows = await trx
    .selectFrom(table)
    .select(['id', 'url'])
    .where('workspace_id', '=', ws)
    .execute();
  return { ids: new Set(rows.map((r) => r.id)), byUrl: new Map(rows.map((r) => [r.url, r.id])) };
}

/**
 * Loads reading inside the import's transaction. Merging keeps what the workspace has: a source
 * or article it already holds (same id or address) is not added again, and the document's
 * articles and shares are pointed at the stored ones.
 */
export async function importReading(
  trx: Db,
  ws: string,
  { document, merge, contacts, messages }: ReadingImport,
): Promise<{ sources: number; articles: number; shares: number }> {
  if (!merge) {
    await insertInChunks(
      trx,
      'feed_sources',
      document.feedSources.map((s) => fromFeedSource(ws, s)),
    );
    await insertInChunks(
      trx,
      'articles',
      document.articles.map((a) => fromArticle(ws, a)),
    );
    await insertInChunks(
      trx,
      'article_shares',
      document.articleShares.map((s) => fromArticleShare(ws, s)),
    );
    return {
      sources: document.feedSources.length,
      articles: document.articles.length,
      shares: document.articleShares.length,
    };
  }
  const storedSources = await existing(trx, ws, 'feed_sources');
  const sourceId = new Map<string, string>();
  const sources = document.feedSources.filter((s) => {
    const stored = storedSources.ids.has(s.id) ? s.id : storedSources.byUrl.get(s.url);
    sourceId.set(s.id, stored ?? s.id);
    return stored === undefined;
  });
  const storedArticles = await existing(trx, ws, 'articles');
  const articleId = new Map<string, string>();
  const articles = document.articles
    .filter((a) => {
      const stored = storedArticles.ids.has(a.id) ? a.id : storedArticles.byUrl.get(a.url);
      articleId.set(a.id, stored ?? a.id);
      return stored === undefined;
    })
    .map((a) => ({
      ...a,
      sourceId: a.sourceId === null ? null : (sourceId.get(a.sourceId) ?? null),
    }));
  const storedShares = new Set(
    (await selectWorkspaceRows(trx, 'article_shares', ws)).map((s) => s.id),
  );
  const shares = document.articleShares
    .filter((s) => !storedShares.has(s.id) && contacts.has(s.contactId))
    .map((s) => ({
      ...s,
      articleId: articleId.get(s.articleId) ?? s.articleId,
      messageId: s.messageId !== null && messages.has(s.messageId) ? s.messageId : null,
    }));
  await insertInChunks(
    trx,
    'feed_sources',
    sources.map((s) => fromFeedSource(ws, s)),
  );
  await insertInChunks(
    trx,
    'articles',
    articles.map((a) => fromArticle(ws, a)),
  );
  await insertInChunks(
    trx,
    'article_shares',
    shares.map((s) => fromArticleShare(ws, s)),
  );
  return { sources: sources.length, articles: articles.length, shares: shares.length };
}
