import { PostgresAdapter, sql, type RawBuilder, type SqlBool } from 'kysely';
import type { Article } from '../../core/reading/article';
import type { Db } from '../database';
import type { ArticleRow, NewArticleRow } from '../tables/reading';
import { literalLimit } from './json';

export function toArticle(row: ArticleRow): Article {
  return {
    id: row.id,
    sourceId: row.source_id,
    url: row.url,
    title: row.title,
    summary: row.summary,
    siteName: row.site_name,
    publishedAt: row.published_at,
    addedAt: row.added_at,
  };
}

export function fromArticle(workspaceId: string, article: Article): NewArticleRow {
  return {
    workspace_id: workspaceId,
    id: article.id,
    source_id: article.sourceId,
    url: article.url,
    title: article.title,
    summary: article.summary,
    site_name: article.siteName,
    published_at: article.publishedAt,
    added_at: article.addedAt,
    dated_at: article.publishedAt ?? article.addedAt,
  };
}

const ARTICLE_COLUMNS = [
  'id',
  'source_id',
  'url',
  'title',
  'summary',
  'site_name',
  'published_at',
  'added_at',
  'dated_at',
  'workspace_id',
] as const;

/** Rows per insert: well under both dialects' limits on bound values (10 columns each). */
const CHUNK = 500;

/**
 * Stores the articles whose address is new to the workspace and leaves the others as they are.
 * Returns how many were new.
 */
export async function insertNewArticles(
  db: Db,
  workspaceId: string,
  articles: readonly Article[],
): Promise<number> {
  let inserted = 0;
  for (let start = 0; start < articles.length; start += CHUNK) {
    const chunk = articles.slice(start, start + CHUNK);
    const result = await db
      .insertInto('articles')
      .values(chunk.map((a) => fromArticle(workspaceId, a)))
      .onConflict((oc) => oc.columns(['workspace_id', 'url']).doNothing())
      .executeTakeFirst();
    inserted += Number(result.numInsertedOrUpdatedRows ?? 0);
  }
  return inserted;
}

export async function findArticle(
  db: Db,
  workspaceId: string,
  id: string,
): Promise<Article | undefined> {
  const row = await db
    .selectFrom('articles')
    .select(ARTICLE_COLUMNS)
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toArticle(row);
}

export async function findArticleByUrl(
  db: Db,
  workspaceId: string,
  url: string,
): Promise<Article | undefined> {
  const row = await db
    .selectFrom('articles')
    .select(ARTICLE_COLUMNS)
    .where('workspace_id', '=', workspaceId)
    .where('url', '=', url)
    .executeTakeFirst();
  return row && toArticle(row);
}

/** Words to look for: each term must appear; a phrase's terms together and in order. */
export interface TextMatch {
  terms: readonly string[];
  phrase?: boolean;
  /** Only this many of the terms need appear (any of them); all when left out. */
  atLeast?: number;
  /** Terms may be the start of a word (search as you type). */
  prefix?: boolean;
}

/** Only letters and digits reach a query, so no input can change the query syntax. */
const cleanTerms = (terms: readonly string[]) =>
  terms.map((t) => t.replace(/[^\p{L}\p{N}]+/gu, '')).filter((t) => t !== '');

function isPostgres(db: Db): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** Every way to pick `size` of the items, in order. */
function combinations<T>(items: readonly T[], size: number): T[][] {
  if (size <= 0) return [[]];
  return items.flatMap((item, index) =>
    combinations(items.slice(index + 1), size - 1).map((rest) => [item, ...rest]),
  );
}

/** The groups of terms any one of which must all appear: one group unless `atLeast` says less. */
function termGroups({ terms, atLeast }: TextMatch): string[][] {
  const clean = cleanTerms(terms);
  const size = Math.min(clean.length, Math.max(1, atLeast ?? clean.length));
  return combinations(clean, size);
}

/** An FTS5 query: quoted terms (implicitly ANDed) in groups joined by OR, or one quoted phrase. */
function fts5Query(match: TextMatch): string {
  if (match.phrase) return `"${cleanTerms(match.terms).join(' ')}"`;
  const groups = termGroups(match).map(
    (group) => `(${group.map((t) => `"${t}"${match.prefix ? '*' : ''}`).join(' ')})`,
  );
  return groups.join(' OR ');
}

/** A to_tsquery query: terms joined by `&` in groups joined by `|`, or a phrase with `<->`. */
function tsQuery(match: TextMatch): string {
  if (match.phrase) return cleanTerms(match.terms).join(' <-> ');
  const groups = termGroups(match).map(
    (group) => `(${group.map((t) => (match.prefix ? `${t}:*` : t)).join(' & ')})`,
  );
  return groups.join(' | ');
}

/**
 * The full-text condition on `articles` (aliased `alias`), for this database: FTS5 on SQLite,
 * the generated tsvector on PostgreSQL.
 */
function matchCondition(db: Db, alias: string, match: TextMatch): RawBuilder<SqlBool> {
  return isPostgres(db)
    ? sql<SqlBool>`${sql.ref(`${alias}.search`)} @@ to_tsquery('english', ${tsQuery(match)})`
    : sql<SqlBool>`${sql.ref(`${alias}.rowid`)} in (select rowid from articles_fts where articles_fts match ${fts5Query(match)})`;
}

export interface ArticleQuery {
  match?: TextMatch;
  sourceId?: string;
  limit: number;
  offset: number;
}

/** Articles, newest first, optionally only those matching words or from one source. */
export async function queryArticles(
  db: Db,
  workspaceId: string,
  query: ArticleQuery,
): Promise<Article[]> {
  let select = db
    .selectFrom('articles as a')
    .select(ARTICLE_COLUMNS.map((c) => `a.${c}` as const))
    .where('a.workspace_id', '=', workspaceId);
  if (query.sourceId !== undefined) select = select.where('a.source_id', '=', query.sourceId);
  if (query.match !== undefined && cleanTerms(query.match.terms).length > 0)
    select = select.where(matchCondition(db, 'a', query.match));
  const rows = await select
    .orderBy('a.dated_at', 'desc')
    .orderBy('a.id', 'desc')
    .limit(literalLimit(query.limit))
    .offset(literalLimit(query.offset))
    .execute();
  return rows.map(toArticle);
}

export interface MatchedArticle {
  id: string;
  title: string;
  url: string;
  publishedAt: string | null;
  addedAt: string;
}

/**
 * The most recent articles matching one set of terms, at most `limit`. On SQLite the full-text
 * index hands back matches newest-stored first and stops at the limit, so the cost does not grow
 * with the number of articles; PostgreSQL orders its matches by date.
 */
export async function findRecentMatches(
  db: Db,
  workspaceId: string,
  match: TextMatch,
  limit: number,
): Promise<MatchedArticle[]> {
  if (cleanTerms(match.terms).length === 0) return [];
  const rows = isPostgres(db)
    ? await db
        .selectFrom('articles as a')
        .select(['a.id', 'a.title', 'a.url', 'a.published_at', 'a.added_at'])
        .where('a.workspace_id', '=', workspaceId)
        .where(matchCondition(db, 'a', match))
        .orderBy('a.dated_at', 'desc')
        .limit(literalLimit(limit))
        .execute()
    : (
        await sql<Pick<ArticleRow, 'id' | 'title' | 'url' | 'published_at' | 'added_at'>>`
          select a.id, a.title, a.url, a.published_at, a.added_at
          from articles_fts f join articles a on a.rowid = f.rowid
          where articles_fts match ${fts5Query(match)} and a.workspace_id = ${workspaceId}
          order by f.rowid desc limit ${literalLimit(limit)}`.execute(db)
      ).rows;
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    url: r.url,
    publishedAt: r.published_at,
    addedAt: r.added_at,
  }));
}

/** How many articles the workspace holds. */
export async function countArticles(db: Db, workspaceId: string): Promise<number> {
  const row = await db
    .selectFrom('articles')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function deleteArticleRow(db: Db, workspaceId: string, id: string): Promise<void> {
  await db
    .deleteFrom('articles')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}

/**
 * Lets a removed source's articles go, except those shared with someone: they stay, as saved
 * articles, because the record of what went to whom must not be lost.
 */
export async function releaseArticlesOfSource(
  db: Db,
  workspaceId: string,
  sourceId: string,
): Promise<{ deleted: number; kept: number }> {
  const deleted = await db
    .deleteFrom('articles')
    .where('workspace_id', '=', workspaceId)
    .where('source_id', '=', sourceId)
    .where('id', 'not in', (eb) =>
      eb.selectFrom('article_shares').select('article_id').where('workspace_id', '=', workspaceId),
    )
    .executeTakeFirst();
  const kept = await db
    .updateTable('articles')
    .set({ source_id: null })
    .where('workspace_id', '=', workspaceId)
    .where('source_id', '=', sourceId)
    .executeTakeFirst();
  return { deleted: Number(deleted.numDeletedRows), kept: Number(kept.numUpdatedRows) };
}
