import { createRoute, z } from '@hono/zod-openapi';
import {
  addInterview,
  deleteInterview,
  listApplicationInterviews,
  updateInterview,
} from '../../use-cases/interviews';
import type { ApiApp } from '../env';
import { errorResponses, jsonBody, jsonResponse, presenter } from '../route-helpers';
import {
  IdParamSchema,
  InterviewInputSchema,
  InterviewPatchSchema,
  InterviewSchema,
} from '../schemas';

const tags = ['Interviews'];
const presentInterview = presenter(InterviewSchema);

export function registerInterviewRoutes(app: ApiApp) {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/applications/{id}/interviews',
      tags,
      summary: "An application's interviews, oldest first",
      request: { params: IdParamSchema },
      responses: {
        200: jsonResponse(z.array(InterviewSchema), 'The interviews'),
        ...errorResponses(404),
      },
    }),
    async (c) => {
      const interviews = await listApplicationInterviews(c.var.deps, {
        applicationId: c.req.valid('param').id,
      });
      return c.json(interviews.map(presentInterview), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/applications/{id}/interviews',
      tags,
      summary: 'Log an interview and the people met',
      request: { params: IdParamSchema, body: jsonBody(InterviewInputSchema) },
      responses: {
        201: jsonResponse(InterviewSchema, 'The new interview'),
        ...errorResponses(400, 404),
      },
    }),
    async (c) => {
      const interview = await addInterview(c.var.deps, {
        applicationId: c.req.valid('param').id,
        input: c.req.valid('json'),
      });
      return c.json(presentInterview(interview), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/interviews/{id}',
      tags,
      summary: 'Change an interview',
      request: { params: IdParamSchema, body: jsonBody(InterviewPatchSchema) },
      responses: {
        200: jsonResponse(InterviewSchema, 'The updated interview'),
        ...errorResponses(400, 404),
      },
    }),
    async (c) => {
      const interview = await updateInterview(c.var.deps, {
        id: c.req.valid('param').id,
        patch: c.req.valid('json'),
      });
      return c.json(presentInterview(interview), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/interviews/{id}',
      tags,
      summary: 'Delete an interview',
      request: { params: IdParamSchema },
      responses: { 204: { description: 'Deleted' }, ...errorResponses(404) },
    }),
    async (c) => {
      await deleteInterview(c.var.deps, c.req.valid('param'));
      return c.body(null, 204);
    },
  );
}
