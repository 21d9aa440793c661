import { createRoute } from '@hono/zod-openapi';
import {
  addWin,
  deleteWin,
  getWin,
  listWins,
  practiseWin,
  updateWin,
} from '../../use-cases/wellbeing/wins';
import type { ApiApp } from '../env';
import { errorResponses, jsonBody, jsonResponse, presenter } from '../route-helpers';
import { IdParamSchema } from '../schemas';
import {
  WinCardSchema,
  WinInputSchema,
  WinListQuerySchema,
  WinPageSchema,
  WinPatchSchema,
  WinSchema,
} from '../wellbeing-schemas';

const tags = ['Wins'];
const presentWin = presenter(WinSchema);

function registerList(app: ApiApp) {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/wins',
      tags,
      summary: 'What went right, most recent first',
      request: { query: WinListQuerySchema },
      responses: { 200: jsonResponse(WinPageSchema, 'A page of wins'), ...errorResponses(400) },
    }),
    async (c) => {
      const page = await listWins(c.var.deps, c.req.valid('query'));
      return c.json({ ...page, items: page.items.map(presentWin) }, 200);
    },
  );
}

function registerAdd(app: ApiApp) {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/wins',
      tags,
      summary: 'Keep a win: a good answer, a kind interviewer, a round reached for the first time',
      request: { body: jsonBody(WinInputSchema) },
      responses: { 201: jsonResponse(WinSchema, 'The win'), ...errorResponses(400, 404) },
    }),
    async (c) => c.json(presentWin(await addWin(c.var.deps, { input: c.req.valid('json') })), 201),
  );
}

function registerGet(app: ApiApp) {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/wins/{id}',
      tags,
      summary: 'One win',
      request: { params: IdParamSchema },
      responses: { 200: jsonResponse(WinSchema, 'The win'), ...errorResponses(404) },
    }),
    async (c) => c.json(presentWin(await getWin(c.var.deps, c.req.valid('param'))), 200),
  );
}

function registerEdit(app: ApiApp) {
  app.openapi(
    createRoute({
      method: 'patch',
      path: '/wins/{id}',
      tags,
      summary: 'Change a win',
      request: { params: IdParamSchema, body: jsonBody(WinPatchSchema) },
      responses: { 200: jsonResponse(WinSchema, 'The win as saved'), ...errorResponses(400, 404) },
    }),
    async (c) =>
      c.json(
        presentWin(
          await updateWin(c.var.deps, { id: c.req.valid('param').id, patch: c.req.valid('json') }),
        ),
        200,
      ),
  );
}

function registerDelete(app: ApiApp) {
  app.openapi(
    createRoute({
      method: 'delete',
      path: '/wins/{id}',
      tags,
      summary: 'Delete a win (a practice card made from it stays)',
      request: { params: IdParamSchema },
      responses: { 204: { description: 'Deleted' }, ...errorResponses(404) },
    }),
    async (c) => {
      await deleteWin(c.var.deps, c.req.valid('param'));
      return c.body(null, 204);
    },
  );
}

function registerPractise(app: ApiApp) {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/wins/{id}/practice-card',
      tags,
      summary: 'Make a practice card that asks you to tell the story of this win',
      request: { params: IdParamSchema },
      responses: {
        201: jsonResponse(WinCardSchema, 'The card was made'),
        200: jsonResponse(WinCardSchema, 'The win already had its card'),
        ...errorResponses(404),
      },
    }),
    async (c) => {
      const made = await practiseWin(c.var.deps, c.req.valid('param'));
      const body = { ...made, win: presentWin(made.win) };
      return made.created ? c.json(body, 201) : c.json(body, 200);
    },
  );
}

/** Wins: list, add, read, change, delete, and practise telling one. */
export function registerWinRoutes(app: ApiApp) {
  registerList(app);
  registerAdd(app);
  registerGet(app);
  registerEdit(app);
  registerDelete(app);
  registerPractise(app);
}
