import { createRoute, z } from '@hono/zod-openapi';
import { reflectionRecordSchema } from '../../core/recovery/reflection';
import {
  SHARE_KINDS,
  SHARED_ITEM_KINDS,
  sharingPatchSchema,
  type ShareKind,
} from '../../core/team/sharing';
import {
  changeSharing,
  getReflection,
  shareDraft,
  shareReflection,
  unshareDraft,
  unshareReflection,
  viewSharing,
  type SharedItemOptions,
  type SharingView,
} from '../../use-cases/team/sharing';
import type { UseCaseDeps } from '../../use-cases/deps';
import type { ApiApp } from '../env';
import { named } from '../named-schema';
import { errorResponses, jsonBody, jsonResponse } from '../route-helpers';
import { IdParamSchema } from '../schemas';

const tags = ['Team'];

const SharingSchema = z
  .object({
    settings: z.object(
      Object.fromEntries(SHARE_KINDS.map((kind) => [kind, z.boolean()])) as Record<
        ShareKind,
        z.ZodBoolean
      >,
    ),
    items: z.array(
      z.object({
        kind: z.enum(SHARED_ITEM_KINDS),
        id: z.string().openapi({ description: 'The rejection (a reflection) or the draft' }),
        applicationId: z.string().nullable(),
        label: z.string(),
        sharedAt: z.string(),
      }),
    ),
  })
  .openapi('Sharing');

const ApplicationReflectionSchema = z
  .object({
    applicationId: z.string(),
    rejectionId: z.string(),
    reflection: named(reflectionRecordSchema, 'Reflection').nullable(),
  })
  .openapi('ApplicationReflection');

function registerSettings(app: ApiApp) {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/team/sharing',
      tags,
      summary:
        'What you share with your coach: each kind’s setting and the items shared one by one',
      responses: { 200: jsonResponse(SharingSchema, 'Your sharing'), ...errorResponses(401, 403) },
    }),
    async (c) => c.json(await viewSharing(c.var.deps), 200),
  );
  app.openapi(
    createRoute({
      method: 'patch',
      path: '/team/sharing',
      tags,
      summary: 'Share reflections, drafts or feelings with your coach, or keep them private',
      description: 'A kind left out keeps its setting. Your coach’s next read follows the change.',
      request: { body: jsonBody(named(sharingPatchSchema, 'SharingPatch')) },
      responses: {
        200: jsonResponse(SharingSchema, 'Your sharing'),
        ...errorResponses(400, 401, 403),
      },
    }),
    async (c) => c.json(await changeSharing(c.var.deps, { patch: c.req.valid('json') }), 200),
  );
}

type ItemChange = (deps: UseCaseDeps, options: SharedItemOptions) => Promise<SharingView>;

/** Share and unshare routes for one kind of item. */
function registerItemRoutes(
  app: ApiApp,
  item: { path: string; what: string; idIs: string; share: ItemChange; unshare: ItemChange },
) {
  for (const method of ['put', 'delete'] as const) {
    const sharing = method === 'put';
    app.openapi(
      createRoute({
        method,
        path: `/team/sharing/${item.path}/{id}`,
        tags,
        summary: sharing
          ? `Share one ${item.what} with your coach while the rest stay private`
          : `Take one ${item.what} back; your coach’s next read is refused`,
        description: `The id is ${item.idIs}.`,
        request: { params: IdParamSchema },
        responses: {
          200: jsonResponse(SharingSchema, 'Your sharing'),
          ...errorResponses(401, 403, 404, 409),
        },
      }),
      async (c) => {
        const change = sharing ? item.share : item.unshare;
        return c.json(await change(c.var.deps, { id: c.req.valid('param').id }), 200);
      },
    );
  }
}

function registerReflection(app: ApiApp) {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/applications/{id}/reflection',
      tags,
      summary:
        'The reflection after an application’s rejection; a coach reads it only when you share it',
      request: { params: IdParamSchema },
      responses: {
        200: jsonResponse(ApplicationReflectionSchema, 'The reflection'),
        ...errorResponses(401, 403, 404),
      },
    }),
    async (c) =>
      c.json(await getReflection(c.var.deps, { applicationId: c.req.valid('param').id }), 200),
  );
}

/** The seeker's sharing settings, items shared one by one, and a reflection to read. */
export function registerSharingRoutes(app: ApiApp) {
  registerSettings(app);
  registerItemRoutes(app, {
    path: 'reflections',
    what: 'reflection',
    idIs: 'the rejection’s (`rejection.id` in the plan)',
    share: shareReflection,
    unshare: unshareReflection,
  });
  registerItemRoutes(app, {
    path: 'drafts',
    what: 'draft',
    idIs: 'the draft message’s',
    share: shareDraft,
    unshare: unshareDraft,
  });
  registerReflection(app);
}
