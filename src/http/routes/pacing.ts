import { createRoute } from '@hono/zod-openapi';
import { getPacing, updatePacing } from '../../use-cases/wellbeing/pacing';
import type { ApiApp } from '../env';
import { errorResponses, jsonBody, jsonResponse } from '../route-helpers';
import { PacePatchSchema, PaceSchema } from '../wellbeing-schemas';

const tags = ['Pacing'];

/** The weekly rhythm: this week's progress; set, pause or resume it. */
export function registerPacingRoutes(app: ApiApp) {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/pacing',
      tags,
      summary: 'Your weekly rhythm and this week’s progress (no streaks, no past weeks)',
      responses: { 200: jsonResponse(PaceSchema, 'This week') },
    }),
    async (c) => c.json(await getPacing(c.var.deps), 200),
  );
  app.openapi(
    createRoute({
      method: 'patch',
      path: '/pacing',
      tags,
      summary: 'Set the rhythm (null turns it off), or pause until a day (null resumes)',
      request: { body: jsonBody(PacePatchSchema) },
      responses: {
        200: jsonResponse(PaceSchema, 'This week, as it now reads'),
        ...errorResponses(400),
      },
    }),
    async (c) => c.json(await updatePacing(c.var.deps, { patch: c.req.valid('json') }), 200),
  );
}
