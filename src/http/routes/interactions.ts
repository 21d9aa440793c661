import { createRoute } from '@hono/zod-openapi';
import { deleteInteraction, listInteractions, logInteraction } from '../../use-cases/interactions';
import type { ApiApp } from '../env';
import { errorResponses, jsonBody, jsonResponse, presenter } from '../route-helpers';
import {
  IdParamSchema,
  InteractionInputSchema,
  InteractionListQuerySchema,
  InteractionSchema,
  pageOfSchema,
} from '../schemas';

const tags = ['Interactions'];
const presentInteraction = presenter(InteractionSchema);
const InteractionPageSchema = pageOfSchema(InteractionSchema, 'InteractionPage');

export function registerInteractionRoutes(app: ApiApp) {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/interactions',
      tags,
      summary: 'List interactions, newest first, optionally for one contact or application',
      request: { query: InteractionListQuerySchema },
      responses: {
        200: jsonResponse(InteractionPageSchema, 'A page of interactions'),
        ...errorResponses(400),
      },
    }),
    async (c) => {
      const { contactId, applicationId, limit, offset } = c.req.valid('query');
      const page = await listInteractions(c.var.deps, {
        ...(contactId !== undefined && { contactId }),
        ...(applicationId !== undefined && { applicationId }),
        limit,
        offset,
      });
      return c.json(
        { items: page.items.map(presentInteraction), nextOffset: page.nextOffset },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/interactions',
      tags,
      summary: 'Log a touchpoint with a contact',
      request: { body: jsonBody(InteractionInputSchema) },
      responses: {
        201: jsonResponse(InteractionSchema, 'The logged interaction'),
        ...errorResponses(400, 404),
      },
    }),
    async (c) => {
      const interaction = await logInteraction(c.var.deps, c.req.valid('json'));
      return c.json(presentInteraction(interaction), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/interactions/{id}',
      tags,
      summary: 'Delete an interaction',
      request: { params: IdParamSchema },
      responses: { 204: { description: 'Deleted' }, ...errorResponses(404) },
    }),
    async (c) => {
      await deleteInteraction(c.var.deps, c.req.valid('param'));
      return c.body(null, 204);
    },
  );
}
