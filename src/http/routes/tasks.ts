import { createRoute } from '@hono/zod-openapi';
import { completeTask, getTask, reopenTask, skipTask, snoozeTask } from '../../use-cases/tasks';
import type { ApiApp } from '../env';
import { errorResponses, jsonBody, jsonResponse } from '../route-helpers';
import {
  PlanStepSchema,
  SnoozeInputSchema,
  SnoozeResultSchema,
  TaskDoneSchema,
} from '../recovery-schemas';
import { IdParamSchema } from '../schemas';

const tags = ['Tasks'];

function registerGetTask(app: ApiApp) {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/tasks/{id}',
      tags,
      summary: 'One plan step',
      request: { params: IdParamSchema },
      responses: { 200: jsonResponse(PlanStepSchema, 'The step'), ...errorResponses(404) },
    }),
    async (c) => c.json(await getTask(c.var.deps, c.req.valid('param')), 200),
  );
}

function registerCompleteTask(app: ApiApp) {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/tasks/{id}/done',
      tags,
      summary: 'Mark a step done, linking the message or interaction that fulfilled it',
      description:
        'With neither `messageId` nor `interactionId`, a step that means writing to someone logs an ' +
        'interaction with them (unless `logInteraction` is false), which restarts their keep-in-touch count.',
      request: { params: IdParamSchema, body: jsonBody(TaskDoneSchema) },
      responses: {
        200: jsonResponse(PlanStepSchema, 'The step, done'),
        ...errorResponses(400, 404, 409),
      },
    }),
    async (c) =>
      c.json(
        await completeTask(c.var.deps, { id: c.req.valid('param').id, ...c.req.valid('json') }),
        200,
      ),
  );
}

function registerSkipAndReopen(app: ApiApp) {
  for (const [action, run, summary] of [
    ['skip', skipTask, 'Skip a step: it leaves Today and the calendar'],
    ['reopen', reopenTask, 'Open a done or skipped step again'],
  ] as const) {
    app.openapi(
      createRoute({
        method: 'post',
        path: `/tasks/{id}/${action}`,
        tags,
        summary,
        request: { params: IdParamSchema },
        responses: { 200: jsonResponse(PlanStepSchema, 'The step'), ...errorResponses(404, 409) },
      }),
      async (c) => c.json(await run(c.var.deps, c.req.valid('param')), 200),
    );
  }
}

function registerSnoozeTask(app: ApiApp) {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/tasks/{id}/snooze',
      tags,
      summary: 'Put a step off to a day, tomorrow or next week (the coming Monday)',
      description:
        'Snoozing a thank-you past the feedback request or LinkedIn note that follow it moves those too; ' +
        'they are returned in `moved`.',
      request: { params: IdParamSchema, body: jsonBody(SnoozeInputSchema) },
      responses: {
        200: jsonResponse(SnoozeResultSchema, 'The step and any that moved with it'),
        ...errorResponses(400, 404, 409),
      },
    }),
    async (c) =>
      c.json(
        await snoozeTask(c.var.deps, { id: c.req.valid('param').id, ...c.req.valid('json') }),
        200,
      ),
  );
}

/** Acting on one plan step: done, skip, snooze, reopen. */
export function registerTaskRoutes(app: ApiApp) {
  registerGetTask(app);
  registerCompleteTask(app);
  registerSkipAndReopen(app);
  registerSnoozeTask(app);
}
