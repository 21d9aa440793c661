import { z } from '@hono/zod-openapi';
import {
  addSourceInputSchema,
  ARTICLE_SHARE_STATUSES,
  articleSearchText,
  MAX_SUGGESTIONS,
  opmlImportSchema,
  refreshSourcesInputSchema,
  saveArticleInputSchema,
  shareArticleInputSchema,
} from '../core/reading/article';
import { REFRESH_STATUSES } from '../use-cases/reading/refresh';
import { named } from './named-schema';
import { MessageSchema, pageOfSchema, paramText } from './schemas';

/** Request and response schemas of reading: sources, articles, suggestions and sharing. */
export const AddSourceInputSchema = named(addSourceInputSchema, 'AddSourceInput');
export const SaveArticleInputSchema = named(saveArticleInputSchema, 'SaveArticleInput');
export const RefreshSourcesInputSchema = named(refreshSourcesInputSchema, 'RefreshSourcesInput');
export const OpmlImportInputSchema = named(opmlImportSchema, 'OpmlImportInput');
export const ShareArticleInputSchema = named(shareArticleInputSchema, 'ShareArticleInput');

const instant = z.string().openapi({ example: '2026-12-08T09:00:00.000Z' });

export const FeedSourceSchema = z
  .object({
    id: z.string().openapi({ example: 'fds_3k9x2m4qzt7h' }),
    url: z.string().openapi({ description: "The feed's own address" }),
    siteUrl: z.string().nullable(),
    title: z.string(),
    lastCheckedAt: instant.nullable(),
    lastSuccessAt: instant.nullable(),
    lastError: z
      .string()
      .nullable()
      .openapi({ description: 'What went wrong the last time, naming the address' }),
    failureCount: z.number().int(),
    nextCheckAt: instant,
    articleCount: z.number().int(),
    createdAt: instant,
    updatedAt: instant,
  })
  .openapi('FeedSource');

export const FeedSourceListSchema = z
  .object({ items: z.array(FeedSourceSchema) })
  .openapi('FeedSourceList');

export const AddSourceResultSchema = z
  .object({ source: FeedSourceSchema, added: z.number().int() })
  .openapi('AddSourceResult');

export const RemoveSourceResultSchema = z
  .object({
    deleted: z.number().int().openapi({ description: 'Articles that went with it' }),
    kept: z.number().int().openapi({ description: 'Articles shared with someone, kept' }),
  })
  .openapi('RemoveSourceResult');

export const RefreshOutcomeSchema = z
  .object({
    sourceId: z.string(),
    title: z.string(),
    url: z.string(),
    status: z.enum(REFRESH_STATUSES),
    added: z.number().int(),
    error: z.string().nullable(),
    nextCheckAt: instant,
  })
  .openapi('RefreshOutcome');

export const RefreshResultSchema = z
  .object({ outcomes: z.array(RefreshOutcomeSchema) })
  .openapi('RefreshResult');

export const OpmlImportReportSchema = z
  .object({
    added: z.array(z.object({ id: z.string(), title: z.string(), url: z.string() })),
    skipped: z.array(z.object({ url: z.string(), title: z.string() })),
    problems: z.array(z.object({ where: z.string(), message: z.string() })),
  })
  .openapi('OpmlImportReport');

export const ArticleSchema = z
  .object({
    id: z.string().openapi({ example: 'art_3k9x2m4qzt7h' }),
    sourceId: z.string().nullable(),
    url: z.string(),
    title: z.string(),
    summary: z.string().nullable(),
    siteName: z.string().nullable(),
    publishedAt: instant.nullable(),
    addedAt: instant,
  })
  .openapi('Article');

export const ArticlePageSchema = pageOfSchema(ArticleSchema, 'ArticlePage');

export const SaveArticleResultSchema = z
  .object({ article: ArticleSchema, created: z.boolean() })
  .openapi('SaveArticleResult');

export const ArticleListQuerySchema = z.object({
  search: articleSearchText.optional().openapi({
    description: 'Words in the title, summary or site (stemmed; a word may be cut short)',
  }),
  sourceId: paramText().optional(),
  limit: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(200, 'must be at most 200')
    .default(50),
  offset: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(0, 'must not be negative')
    .default(0),
});

export const SuggestionQuerySchema = z.object({
  contactId: paramText().optional().openapi({ description: 'The person to write to' }),
  applicationId: paramText()
    .optional()
    .openapi({ description: 'The application, for a step with no person or to add its context' }),
  limit: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(MAX_SUGGESTIONS, `must be at most ${MAX_SUGGESTIONS}`)
    .default(3),
});

export const SuggestionSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    url: z.string(),
    published: instant.nullable(),
    reason: z.string().openapi({
      example: 'Mentions Acme Robotics, where Helen works',
      description: 'Why this article, in words',
    }),
  })
  .openapi('Suggestion');

export const SuggestionListSchema = z
  .object({ items: z.array(SuggestionSchema) })
  .openapi('SuggestionList');

export const ArticleShareSchema = z
  .object({
    id: z.string(),
    articleId: z.string(),
    contactId: z.string(),
    messageId: z.string().nullable(),
    status: z.enum(ARTICLE_SHARE_STATUSES),
    sharedAt: instant.nullable(),
    createdAt: instant,
  })
  .openapi('ArticleShare');

export const ShareArticleResultSchema = z
  .object({ message: MessageSchema, share: ArticleShareSchema })
  .openapi('ShareArticleResult');

export const SentArticleListSchema = z
  .object({
    items: z.array(ArticleShareSchema.extend({ title: z.string(), url: z.string() })),
  })
  .openapi('SentArticleList');

export const SentArticlesQuerySchema = z.object({ contactId: paramText().min(1) });
