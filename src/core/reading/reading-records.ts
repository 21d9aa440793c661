import { z } from 'zod';
import { ARTICLE_SHARE_STATUSES } from './article';

/** The workspace document's rules for ids, text, addresses and dates. */
interface FieldRules {
  id: (prefix: 'fds' | 'art' | 'shr' | 'con' | 'msg') => z.ZodType<string, string>;
  text: (max: number) => z.ZodType<string, string>;
  nullableText: (max: number) => z.ZodType<string | null, string | null>;
  address: z.ZodType<string, string>;
  instant: z.ZodType<string, string>;
  nullableInstant: z.ZodType<string | null, string | null>;
}

/**
 * Reading as the workspace document holds it: sources (with their refresh state), articles and
 * shares. Built from the caller's field rules, so the export's shape and the import's gate use
 * one definition (see workspace-document.ts and workspace-import-schema.ts).
 */
export function readingRecordSchemas({
  id,
  text,
  nullableText,
  address,
  instant,
  nullableInstant,
}: FieldRules) {
  const count = z.number().int().min(0).max(2_147_483_647);
  const feedSourceRecordSchema = z.object({
    id: id('fds'),
    url: address,
    siteUrl: address.nullable(),
    title: text(300),
    lastCheckedAt: nullableInstant,
    lastSuccessAt: nullableInstant,
    lastError: nullableText(2000),
    failureCount: count,
    nextCheckAt: instant,
    etag: nullableText(500),
    lastModified: nullableText(200),
    createdAt: instant,
    updatedAt: instant,
  });
  const articleRecordSchema = z.object({
    id: id('art'),
    sourceId: id('fds').nullable(),
    url: address,
    title: text(300),
    summary: nullableText(600),
    siteName: nullableText(300),
    publishedAt: nullableInstant,
    addedAt: instant,
  });
  const articleShareRecordSchema = z.object({
    id: id('shr'),
    articleId: id('art'),
    contactId: id('con'),
    messageId: id('msg').nullable(),
    status: z.enum(ARTICLE_SHARE_STATUSES),
    sharedAt: nullableInstant,
    createdAt: instant,
  });
  return { feedSourceRecordSchema, articleRecordSchema, articleShareRecordSchema };
}

interface ReadingRecords {
  feedSources: readonly { id: string; url: string }[];
  articles: readonly { id: string; url: string; sourceId: string | null }[];
  articleShares: readonly { id: string; articleId: string }[];
}

/** What the database would refuse: a repeated id or address, a reference to nothing. */
export function readingProblems(document: ReadingRecords): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  const unique = (
    collection: keyof ReadingRecords,
    key: 'id' | 'url',
    what: (value: string) => string,
  ) => {
    const seen = new Set<string>();
    (document[collection] as readonly Record<string, unknown>[]).forEach((record, index) => {
      const value = String(record[key]);
      if (seen.has(value))
        problems.push({ path: `${collection}[${index}].${key}`, message: what(value) });
      seen.add(value);
    });
    return seen;
  };
  const sources = unique('feedSources', 'id', (v) => `duplicate id ${v}`);
  unique('feedSources', 'url', (v) => `the feed ${v} is listed twice`);
  const articles = unique('articles', 'id', (v) => `duplicate id ${v}`);
  unique('articles', 'url', (v) => `the article ${v} is listed twice`);
  unique('articleShares', 'id', (v) => `duplicate id ${v}`);
  document.articles.forEach((article, index) => {
    if (article.sourceId !== null && !sources.has(article.sourceId))
      problems.push({
        path: `articles[${index}].sourceId`,
        message: `no source with id ${article.sourceId}`,
      });
  });
  document.articleShares.forEach((share, index) => {
    if (!articles.has(share.articleId))
      problems.push({
        path: `articleShares[${index}].articleId`,
        message: `no article with id ${share.articleId}`,
      });
  });
  return problems;
}
