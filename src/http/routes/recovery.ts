import { createRoute, z } from '@hono/zod-openapi';
import { recordFeedback } from '../../use-cases/feedback';
import { refreshRecoveryPlan, getRecoveryPlan } from '../../use-cases/recovery-plan';
import { saveReflection } from '../../use-cases/reflection';
import { recordRejection, updateRejection, withdrawRejection } from '../../use-cases/rejections';
import type { ApiApp } from '../env';
import { errorResponses, jsonBody, jsonResponse, presenter } from '../route-helpers';
import {
  FeedbackInputSchema,
  RecordedRejectionSchema,
  RecoveryPlanSchema,
  ReflectionInputSchema,
  RejectionInputSchema,
  RejectionPatchSchema,
} from '../recovery-schemas';
import { ApplicationSchema, IdParamSchema } from '../schemas';

const tags = ['Recovery'];
const presentPlan = presenter(RecoveryPlanSchema);

function registerRecordRejection(app: ApiApp) {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/applications/{id}/rejection',
      tags,
      summary: 'Record a rejection (or correct it) and start the recovery plan',
      description:
        'Moves the application to `rejected` in its stage history and makes the dated plan, in one transaction. ' +
        'Posting again corrects the record: fields left out keep their value, finished steps stay, open ones move.',
      request: { params: IdParamSchema, body: jsonBody(RejectionInputSchema) },
      responses: {
        201: jsonResponse(RecordedRejectionSchema, 'Recorded, with the new plan'),
        200: jsonResponse(RecordedRejectionSchema, 'Corrected, with the updated plan'),
        ...errorResponses(400, 404),
      },
    }),
    async (c) => {
      const result = await recordRejection(c.var.deps, {
        applicationId: c.req.valid('param').id,
        input: c.req.valid('json'),
      });
      const body = { ...presentPlan(result.plan), created: result.created };
      return result.created ? c.json(body, 201) : c.json(body, 200);
    },
  );
}

function registerCorrectRejection(app: ApiApp) {
  app.openapi(
    createRoute({
      method: 'patch',
      path: '/applications/{id}/rejection',
      tags,
      summary: 'Correct some facts of a recorded rejection; open steps are re-planned',
      request: { params: IdParamSchema, body: jsonBody(RejectionPatchSchema) },
      responses: {
        200: jsonResponse(RecoveryPlanSchema, 'The updated plan'),
        ...errorResponses(400, 404),
      },
    }),
    async (c) => {
      const plan = await updateRejection(c.var.deps, {
        applicationId: c.req.valid('param').id,
        patch: c.req.valid('json'),
      });
      return c.json(presentPlan(plan), 200);
    },
  );
}

function registerWithdrawRejection(app: ApiApp) {
  app.openapi(
    createRoute({
      method: 'delete',
      path: '/applications/{id}/rejection',
      tags,
      summary: 'Take a rejection back: the application returns to the stage it had reached',
      description:
        'Open plan steps are removed; finished ones stay as history. A rejection with a reflection or ' +
        'feedback is only deleted with `force=true`.',
      request: {
        params: IdParamSchema,
        query: z.object({
          force: z
            .enum(['true', 'false'], { error: 'must be true or false' })
            .optional()
            .openapi({ description: 'Also delete the reflection and feedback' }),
        }),
      },
      responses: {
        200: jsonResponse(ApplicationSchema, 'The application, back in its stage'),
        ...errorResponses(404, 409),
      },
    }),
    async (c) => {
      const application = await withdrawRejection(c.var.deps, {
        applicationId: c.req.valid('param').id,
        force: c.req.valid('query').force === 'true',
      });
      return c.json(presenter(ApplicationSchema)(application), 200);
    },
  );
}

function registerGetPlan(app: ApiApp) {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/applications/{id}/plan',
      tags,
      summary: 'The recovery plan: the rejection, who to write to and every dated step',
      request: { params: IdParamSchema },
      responses: { 200: jsonResponse(RecoveryPlanSchema, 'The plan'), ...errorResponses(404) },
    }),
    async (c) => {
      const plan = await getRecoveryPlan(c.var.deps, { applicationId: c.req.valid('param').id });
      return c.json(presentPlan(plan), 200);
    },
  );
}

function registerRefreshPlan(app: ApiApp) {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/applications/{id}/plan',
      tags,
      summary: 'Re-plan the open steps (after adding the people you met, say)',
      request: { params: IdParamSchema },
      responses: { 200: jsonResponse(RecoveryPlanSchema, 'The plan'), ...errorResponses(404) },
    }),
    async (c) => {
      const plan = await refreshRecoveryPlan(c.var.deps, {
        applicationId: c.req.valid('param').id,
      });
      return c.json(presentPlan(plan), 200);
    },
  );
}

function registerReflection(app: ApiApp) {
  for (const method of ['put', 'patch'] as const) {
    app.openapi(
      createRoute({
        method,
        path: '/applications/{id}/reflection',
        tags,
        summary:
          method === 'put'
            ? 'Replace the guided reflection (fields left out are emptied)'
            : 'Change some fields of the guided reflection (null clears one)',
        description:
          'Missing skills are stored as normalized tags ("k8s" and "Kubernetes" meet). A raw feeling ' +
          '(upset, angry) holds the writing steps back a day.',
        request: { params: IdParamSchema, body: jsonBody(ReflectionInputSchema) },
        responses: {
          200: jsonResponse(RecoveryPlanSchema, 'The plan, with the saved reflection'),
          ...errorResponses(400, 404),
        },
      }),
      async (c) => {
        const plan = await saveReflection(c.var.deps, {
          applicationId: c.req.valid('param').id,
          input: c.req.valid('json'),
          replace: method === 'put',
        });
        return c.json(presentPlan(plan), 200);
      },
    );
  }
}

function registerFeedback(app: ApiApp) {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/applications/{id}/feedback',
      tags,
      summary: 'Record feedback received after the rejection',
      request: { params: IdParamSchema, body: jsonBody(FeedbackInputSchema) },
      responses: {
        200: jsonResponse(RecoveryPlanSchema, 'The plan, with the feedback'),
        ...errorResponses(400, 404),
      },
    }),
    async (c) => {
      const plan = await recordFeedback(c.var.deps, {
        applicationId: c.req.valid('param').id,
        input: c.req.valid('json'),
      });
      return c.json(presentPlan(plan), 200);
    },
  );
}

/** Rejection, plan, reflection and feedback of one application. */
export function registerRecoveryRoutes(app: ApiApp) {
  registerRecordRejection(app);
  registerCorrectRejection(app);
  registerWithdrawRejection(app);
  registerGetPlan(app);
  registerRefreshPlan(app);
  registerReflection(app);
  registerFeedback(app);
}
