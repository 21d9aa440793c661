import { createRoute } from '@hono/zod-openapi';
import {
  getPracticeCard,
  listPracticeCards,
  reviewPracticeCard,
  updatePracticeCard,
} from '../../use-cases/practice';
import type { ApiApp } from '../env';
import { errorResponses, jsonBody, jsonResponse } from '../route-helpers';
import {
  PracticeCardDetailSchema,
  PracticeCardPageSchema,
  PracticeCardPatchSchema,
  PracticeListQuerySchema,
  PracticeReviewInputSchema,
} from '../practice-schemas';
import { IdParamSchema } from '../schemas';

const tags = ['Practice'];

function registerList(app: ApiApp) {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/practice/cards',
      tags,
      summary: 'The practice deck: cards due today (default) or every card, soonest due first',
      request: { query: PracticeListQuerySchema },
      responses: {
        200: jsonResponse(PracticeCardPageSchema, 'A page of cards'),
        ...errorResponses(400),
      },
    }),
    async (c) => c.json(await listPracticeCards(c.var.deps, c.req.valid('query')), 200),
  );
}

function registerGet(app: ApiApp) {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/practice/cards/{id}',
      tags,
      summary: 'One card: its answer, where the question came up, and every practice round',
      request: { params: IdParamSchema },
      responses: {
        200: jsonResponse(PracticeCardDetailSchema, 'The card'),
        ...errorResponses(404),
      },
    }),
    async (c) => c.json(await getPracticeCard(c.var.deps, { id: c.req.valid('param').id }), 200),
  );
}

function registerEdit(app: ApiApp) {
  app.openapi(
    createRoute({
      method: 'patch',
      path: '/practice/cards/{id}',
      tags,
      summary: 'Edit a card: the wording, the improved answer, the STAR parts (null clears one)',
      request: { params: IdParamSchema, body: jsonBody(PracticeCardPatchSchema) },
      responses: {
        200: jsonResponse(PracticeCardDetailSchema, 'The card as saved'),
        ...errorResponses(400, 404),
      },
    }),
    async (c) =>
      c.json(
        await updatePracticeCard(c.var.deps, {
          id: c.req.valid('param').id,
          patch: c.req.valid('json'),
        }),
        200,
      ),
  );
}

function registerReview(app: ApiApp) {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/practice/cards/{id}/reviews',
      tags,
      summary: 'Record a practice round with how it went; the card is rescheduled',
      description:
        'Ratings: `again` (lost the thread), `hard`, `good`, `easy`. The schedule is FSRS; `next` on ' +
        'every card says when each rating would bring it back.',
      request: { params: IdParamSchema, body: jsonBody(PracticeReviewInputSchema) },
      responses: {
        201: jsonResponse(PracticeCardDetailSchema, 'The card with its new schedule'),
        ...errorResponses(400, 404),
      },
    }),
    async (c) =>
      c.json(
        await reviewPracticeCard(c.var.deps, {
          id: c.req.valid('param').id,
          rating: c.req.valid('json').rating,
        }),
        201,
      ),
  );
}

/** The practice deck: list, read, edit and review cards. */
export function registerPracticeRoutes(app: ApiApp) {
  registerList(app);
  registerGet(app);
  registerEdit(app);
  registerReview(app);
}
