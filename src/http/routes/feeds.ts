import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { AppError } from '../../core/app-error';
import type { FeedFetcher } from '../../use-cases/reading/fetch-port';
import { exportOpml, importOpml } from '../../use-cases/reading/opml';
import { refreshSources } from '../../use-cases/reading/refresh';
import { addSource, listSources, removeSource } from '../../use-cases/reading/sources';
import type { ApiApp, ApiEnv } from '../env';
import {
  AddSourceInputSchema,
  AddSourceResultSchema,
  FeedSourceListSchema,
  OpmlImportInputSchema,
  OpmlImportReportSchema,
  RefreshResultSchema,
  RefreshSourcesInputSchema,
  RemoveSourceResultSchema,
} from '../reading-schemas';
import { errorResponses, jsonBody, jsonResponse, presenter } from '../route-helpers';
import { IdParamSchema } from '../schemas';
import { FeedSourceSchema } from '../reading-schemas';

const tags = ['Reading'];
const presentSource = presenter(FeedSourceSchema);

/** The runtime's fetcher; a setup without one says so instead of failing obscurely. */
export function fetcherOf(c: Context<ApiEnv>): FeedFetcher {
  const fetcher = c.var.services.fetcher;
  if (fetcher === undefined)
    throw new AppError('conflict', 'Fetching from the web is not available in this setup.', {
      field: 'url',
    });
  return fetcher;
}

function registerList(app: ApiApp) {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/feeds',
      tags,
      summary: 'The sources you follow, with their last refresh and any error',
      responses: { 200: jsonResponse(FeedSourceListSchema, 'Every source, by title') },
    }),
    async (c) => c.json({ items: (await listSources(c.var.deps)).map(presentSource) }, 200),
  );
}

function registerAdd(app: ApiApp) {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/feeds',
      tags,
      summary: 'Follow a feed: its address, or a page that links to it',
      description:
        'RSS 2.0, Atom and JSON Feed; a page is searched for `<link rel="alternate">`. An address with no feed, a malformed feed, a timeout, a redirect loop or a huge answer is refused with a message naming the address.',
      request: { body: jsonBody(AddSourceInputSchema) },
      responses: {
        201: jsonResponse(AddSourceResultSchema, 'The source and how many articles it brought'),
        ...errorResponses(400, 409),
      },
    }),
    async (c) => {
      const result = await addSource(c.var.deps, { ...c.req.valid('json'), fetcher: fetcherOf(c) });
      return c.json({ source: presentSource(result.source), added: result.added }, 201);
    },
  );
}

function registerRemove(app: ApiApp) {
  app.openapi(
    createRoute({
      method: 'delete',
      path: '/feeds/{id}',
      tags,
      summary: 'Stop following a source; its articles go, except those shared with someone',
      request: { params: IdParamSchema },
      responses: {
        200: jsonResponse(RemoveSourceResultSchema, 'What happened to its articles'),
        ...errorResponses(404),
      },
    }),
    async (c) => c.json(await removeSource(c.var.deps, c.req.valid('param')), 200),
  );
}

function registerRefresh(app: ApiApp) {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/feeds/refresh',
      tags,
      summary: 'Refresh sources now (all, or those named): each one’s outcome',
      description:
        'Conditional requests (ETag, Last-Modified). A source that fails is named with what went wrong and backed off; the others still refresh.',
      request: { body: jsonBody(RefreshSourcesInputSchema) },
      responses: {
        200: jsonResponse(RefreshResultSchema, 'One outcome per source'),
        ...errorResponses(400, 404, 409),
      },
    }),
    async (c) => {
      const { sourceIds } = c.req.valid('json');
      const outcomes = await refreshSources(c.var.deps, {
        fetcher: fetcherOf(c),
        ...(sourceIds !== undefined && { sourceIds }),
      });
      return c.json({ outcomes }, 200);
    },
  );
}

function registerOpml(app: ApiApp) {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/feeds/opml/import',
      tags,
      summary: 'Follow the feeds of an OPML file (a feed reader’s export)',
      description:
        'Refused, naming the outline, when one cannot be used, unless `partial` is true. New sources are fetched by the next refresh.',
      request: { body: jsonBody(OpmlImportInputSchema) },
      responses: {
        200: jsonResponse(OpmlImportReportSchema, 'What was added, skipped and refused'),
        ...errorResponses(400, 413),
      },
    }),
    async (c) => c.json(await importOpml(c.var.deps, c.req.valid('json')), 200),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/feeds/opml',
      tags,
      summary: 'Every source as an OPML file, for another feed reader',
      responses: {
        200: { description: 'The .opml file', content: { 'text/x-opml': { schema: z.string() } } },
      },
    }),
    async (c) =>
      c.body(await exportOpml(c.var.deps), 200, {
        'Content-Type': 'text/x-opml; charset=utf-8',
        'Content-Disposition': 'attachment; filename="rebound-sources.opml"',
      }),
  );
}

/** The sources the user follows: list, add, remove, refresh, OPML in and out. */
export function registerFeedRoutes(app: ApiApp) {
  registerList(app);
  registerAdd(app);
  registerRemove(app);
  registerRefresh(app);
  registerOpml(app);
}
