import { createRoute, z } from '@hono/zod-openapi';
import { seedDemoWorkspace } from '../../use-cases/demo';
import { getSampleData, removeSampleData } from '../../use-cases/sample-data';
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

const SampleDataSchema = z
  .object({
    applications: z.number().int().openapi({ description: 'Sample applications in the workspace' }),
    contacts: z.number().int().openapi({ description: 'Sample people in the workspace' }),
  })
  .openapi('SampleData');

const SampleRemovalSchema = SampleDataSchema.extend({
  interactions: z.number().int().openapi({ description: 'Touchpoints with sample people' }),
  messages: z.number().int().openapi({ description: 'Messages about the sample' }),
  practiceCards: z.number().int().openapi({
    description: 'Practice cards only the sample asked; one your own reflections share stays',
  }),
  feedSources: z.number().int().openapi({
    description: 'The sample’s reading sources, with their articles',
  }),
}).openapi('SampleRemoval');

export function registerDemoRoutes(app: ApiApp) {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/demo',
      tags,
      summary: 'How much of the workspace is the invented sample search',
      responses: {
        200: jsonResponse(SampleDataSchema, 'Counts of sample records; zeros when none'),
      },
    }),
    async (c) => c.json(await getSampleData(c.var.deps), 200),
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/demo',
      tags,
      summary: 'Remove the sample search and what was recorded about it, keeping your own records',
      description:
        'One transaction. Your own applications and people stay; their links to sample records ' +
        'are dropped. Removing again removes nothing.',
      responses: { 200: jsonResponse(SampleRemovalSchema, 'What was removed') },
    }),
    async (c) => c.json(await removeSampleData(c.var.deps), 200),
  );

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
