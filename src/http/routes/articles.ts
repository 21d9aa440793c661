import { createRoute } from '@hono/zod-openapi';
import { deleteArticle, listArticles, saveArticle } from '../../use-cases/reading/articles';
import { listArticlesSentTo, shareArticle } from '../../use-cases/reading/shares';
import { suggestArticles } from '../../use-cases/reading/suggestions';
import type { ApiApp } from '../env';
import {
  ArticleListQuerySchema,
  ArticlePageSchema,
  ArticleShareSchema,
  SaveArticleInputSchema,
  SaveArticleResultSchema,
  SentArticleListSchema,
  SentArticlesQuerySchema,
  ShareArticleInputSchema,
  ShareArticleResultSchema,
  SuggestionListSchema,
  SuggestionQuerySchema,
} from '../reading-schemas';
import { errorResponses, jsonBody, jsonResponse, presenter } from '../route-helpers';
import { IdParamSchema, MessageSchema } from '../schemas';
import { fetcherOf } from './feeds';

const tags = ['Reading'];
const presentMessage = presenter(MessageSchema);
const presentShare = presenter(ArticleShareSchema);

function registerList(app: ApiApp) {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/articles',
      tags,
      summary: 'Stored articles, newest first, with full-text search',
      request: { query: ArticleListQuerySchema },
      responses: {
        200: jsonResponse(ArticlePageSchema, 'A page of articles'),
        ...errorResponses(400),
      },
    }),
    async (c) => c.json(await listArticles(c.var.deps, c.req.valid('query')), 200),
  );
}

function registerSave(app: ApiApp) {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/articles',
      tags,
      summary: 'Save one article by its address (title, description, site and date from its page)',
      request: { body: jsonBody(SaveArticleInputSchema) },
      responses: {
        201: jsonResponse(SaveArticleResultSchema, 'Saved'),
        200: jsonResponse(SaveArticleResultSchema, 'Already saved: the stored article'),
        ...errorResponses(400),
      },
    }),
    async (c) => {
      const result = await saveArticle(c.var.deps, {
        ...c.req.valid('json'),
        fetcher: fetcherOf(c),
      });
      return result.created ? c.json(result, 201) : c.json(result, 200);
    },
  );
}

function registerDelete(app: ApiApp) {
  app.openapi(
    createRoute({
      method: 'delete',
      path: '/articles/{id}',
      tags,
      summary: 'Forget an article, and the record of whom it was sent to',
      request: { params: IdParamSchema },
      responses: { 204: { description: 'Deleted' }, ...errorResponses(404) },
    }),
    async (c) => {
      await deleteArticle(c.var.deps, c.req.valid('param'));
      return c.body(null, 204);
    },
  );
}

function registerSuggestions(app: ApiApp) {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/articles/suggestions',
      tags,
      summary: 'The articles most worth sending to a person, each with the reason in words',
      description:
        'Ranked by relevance (their company, a topic from your interviews with them, a tag you gave them, their field) times freshness; never one already sent to them.',
      request: { query: SuggestionQuerySchema },
      responses: {
        200: jsonResponse(SuggestionListSchema, 'The suggestions, best first'),
        ...errorResponses(400, 404),
      },
    }),
    async (c) => c.json(await suggestArticles(c.var.deps, c.req.valid('query')), 200),
  );
}

function registerShare(app: ApiApp) {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/articles/{id}/share',
      tags,
      summary: 'Share an article: a draft with the link and room for your own line',
      description:
        'Starts a keep-in-touch draft (or, with `messageId`, adds the article to that draft). Sending the message or marking it sent records the article as sent to the person.',
      request: { params: IdParamSchema, body: jsonBody(ShareArticleInputSchema) },
      responses: {
        200: jsonResponse(ShareArticleResultSchema, 'The draft and the share'),
        ...errorResponses(400, 404, 409),
      },
    }),
    async (c) => {
      const result = await shareArticle(c.var.deps, {
        articleId: c.req.valid('param').id,
        ...c.req.valid('json'),
      });
      return c.json(
        { message: presentMessage(result.message), share: presentShare(result.share) },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/articles/sent',
      tags,
      summary: 'The articles sent to a person, newest first',
      request: { query: SentArticlesQuerySchema },
      responses: {
        200: jsonResponse(SentArticleListSchema, 'What was sent'),
        ...errorResponses(404),
      },
    }),
    async (c) => c.json({ items: await listArticlesSentTo(c.var.deps, c.req.valid('query')) }, 200),
  );
}

/** Articles: listing and search, saving one, suggestions for a person, sharing. */
export function registerArticleRoutes(app: ApiApp) {
  registerList(app);
  registerSave(app);
  registerSuggestions(app);
  registerShare(app);
  registerDelete(app);
}
