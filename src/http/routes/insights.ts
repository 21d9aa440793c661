import { createRoute } from '@hono/zod-openapi';
import { getInsights, InsightsMemo } from '../../use-cases/insights';
import type { ApiApp } from '../env';
import { jsonResponse } from '../route-helpers';
import { InsightsSchema } from '../insights-schemas';

/**
 * Every insight in one document: the page loads it once. Repeat visits while nothing changed are
 * answered from the last result (see InsightsMemo).
 */
export function registerInsightsRoutes(app: ApiApp) {
  const memo = new InsightsMemo();
  app.openapi(
    createRoute({
      method: 'get',
      path: '/insights',
      tags: ['Insights'],
      summary: 'What the rejections add up to: funnel, recurring themes, follow-through, lessons',
      description:
        'The funnel from each application’s stage history (overall, by month started and by source); ' +
        'recurring themes from reflections and feedback, ranked by a recency-weighted count; ' +
        'follow-through after rejections, including re-engagements that led to a new interview; ' +
        'practice progress; and the lessons drawn from all of it, encouragement first.',
      responses: { 200: jsonResponse(InsightsSchema, 'Every insight') },
    }),
    async (c) => c.json(await getInsights(c.var.deps, { memo }), 200),
  );
}
