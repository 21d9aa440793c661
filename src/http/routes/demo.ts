import { createRoute, z } from '@hono/zod-openapi';
import { seedDemoWorkspace } from '../../use-cases/demo';
import type { ApiApp } from '../env';
import { errorResponses, jsonBody, jsonResponse } from '../route-helpers';

const tags = ['Workspace'];

const DemoRequestSchema = z
  .object({
    replace: z.boolean({ error: 'must be true or false' }).default(false).openapi({
      description: 'Replace whatever the workspace holds; otherwise it must be empty.',
    }),
  })
  .strict()
  .openapi('DemoRequest');

const DemoReportSchema = z
  .object({
    applications: z.number().int(),
    contacts: z.number().int(),
    interviews: z.number().int(),
    interactions: z.number().int(),
    rejections: z.number().int(),
    practiceCards: z.number().int().openapi({
      description: 'Cards in the practice deck, from the questions that tripped the user up',
    }),
    sources: z.number().int().openapi({ description: 'Sample reading sources' }),
    articles: z.number().int().openapi({ description: 'Their articles, for suggestions' }),
  })
  .openapi('DemoReport');

export function registerDemoRoutes(app: ApiApp) {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/demo',
      tags,
      summary: 'Fill the workspace with an invented job search to explore Rebound with',
      request: { body: jsonBody(DemoRequestSchema) },
      responses: {
        201: jsonResponse(DemoReportSchema, 'What the sample holds'),
        ...errorResponses(400, 409),
      },
    }),
    async (c) => {
      const report = await seedDemoWorkspace(c.var.deps, { replace: c.req.valid('json').replace });
      return c.json(report, 201);
    },
  );
}
