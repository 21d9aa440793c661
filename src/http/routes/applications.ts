import { createRoute, z } from '@hono/zod-openapi';
import { parseInput } from '../../core/validation';
import { stageSchema } from '../../core/application';
import { getApplicationDetail } from '../../use-cases/application-detail';
import {
  changeStage,
  createApplication,
  deleteApplication,
  listApplications,
  updateApplication,
} from '../../use-cases/applications';
import { linkContact, unlinkContact } from '../../use-cases/contacts';
import type { ApiApp } from '../env';
import { errorResponses, jsonBody, jsonResponse, presenter } from '../route-helpers';
import {
  ApplicationDetailSchema,
  ApplicationInputSchema,
  ApplicationListQuerySchema,
  ApplicationPatchSchema,
  ApplicationSchema,
  IdParamSchema,
  paramText,
  LinkContactSchema,
  pageOfSchema,
  StageChangeSchema,
  StageEventSchema,
} from '../schemas';

const tags = ['Applications'];
const presentApplication = presenter(ApplicationSchema);
const ApplicationPageSchema = pageOfSchema(ApplicationSchema, 'ApplicationPage');

/** `?stage=a,b` → validated stages, naming the field when one is unknown. */
function parseStages(stage: string | undefined) {
  if (stage === undefined || stage.trim() === '') return undefined;
  return stage.split(',').map((s) => parseInput(stageSchema, s.trim(), 'stage'));
}

export function registerApplicationRoutes(app: ApiApp) {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/applications',
      tags,
      summary: 'List applications, most recently updated first',
      request: { query: ApplicationListQuerySchema },
      responses: {
        200: jsonResponse(ApplicationPageSchema, 'A page of applications'),
        ...errorResponses(400),
      },
    }),
    async (c) => {
      const { stage, search, limit, offset } = c.req.valid('query');
      const stages = parseStages(stage);
      const page = await listApplications(c.var.deps, {
        ...(stages !== undefined && { stages }),
        ...(search !== undefined && { search }),
        limit,
        offset,
      });
      return c.json(
        { items: page.items.map(presentApplication), nextOffset: page.nextOffset },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/applications',
      tags,
      summary: 'Add an application',
      request: { body: jsonBody(ApplicationInputSchema) },
      responses: {
        201: jsonResponse(ApplicationSchema, 'The new application'),
        ...errorResponses(400),
      },
    }),
    async (c) => {
      const application = await createApplication(c.var.deps, c.req.valid('json'));
      return c.json(presentApplication(application), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/applications/{id}',
      tags,
      summary: 'One application with its history, interviews, people, plan and timeline',
      request: { params: IdParamSchema },
      responses: {
        200: jsonResponse(ApplicationDetailSchema, 'The application'),
        ...errorResponses(404),
      },
    }),
    async (c) => {
      const detail = await getApplicationDetail(c.var.deps, c.req.valid('param'));
      return c.json(detail, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/applications/{id}',
      tags,
      summary: 'Change fields of an application (null clears a field)',
      request: { params: IdParamSchema, body: jsonBody(ApplicationPatchSchema) },
      responses: {
        200: jsonResponse(ApplicationSchema, 'The updated application'),
        ...errorResponses(400, 404),
      },
    }),
    async (c) => {
      const application = await updateApplication(c.var.deps, {
        id: c.req.valid('param').id,
        patch: c.req.valid('json'),
      });
      return c.json(presentApplication(application), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/applications/{id}',
      tags,
      summary: 'Delete an application and its history (messages and interactions stay)',
      request: { params: IdParamSchema },
      responses: { 204: { description: 'Deleted' }, ...errorResponses(404) },
    }),
    async (c) => {
      await deleteApplication(c.var.deps, c.req.valid('param'));
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/applications/{id}/stage',
      tags,
      summary: 'Move an application to a stage, recorded in its dated history',
      request: { params: IdParamSchema, body: jsonBody(StageChangeSchema) },
      responses: {
        200: jsonResponse(
          z.object({ application: ApplicationSchema, event: StageEventSchema }),
          'The application and the recorded stage change',
        ),
        ...errorResponses(400, 404),
      },
    }),
    async (c) => {
      const result = await changeStage(c.var.deps, {
        id: c.req.valid('param').id,
        ...c.req.valid('json'),
      });
      return c.json(
        { application: presentApplication(result.application), event: result.event },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/applications/{id}/contacts',
      tags,
      summary: 'Link a contact to an application',
      request: { params: IdParamSchema, body: jsonBody(LinkContactSchema) },
      responses: { 204: { description: 'Linked' }, ...errorResponses(400, 404) },
    }),
    async (c) => {
      await linkContact(c.var.deps, {
        applicationId: c.req.valid('param').id,
        contactId: c.req.valid('json').contactId,
      });
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/applications/{id}/contacts/{contactId}',
      tags,
      summary: 'Unlink a contact from an application',
      request: {
        params: IdParamSchema.extend({
          contactId: paramText()
            .min(1)
            .openapi({ param: { name: 'contactId', in: 'path' } }),
        }),
      },
      responses: { 204: { description: 'Unlinked' }, ...errorResponses(404) },
    }),
    async (c) => {
      const { id, contactId } = c.req.valid('param');
      await unlinkContact(c.var.deps, { applicationId: id, contactId });
      return c.body(null, 204);
    },
  );
}
