import { createRoute, z } from '@hono/zod-openapi';
import { ROLES } from '../../core/team/accounts';
import {
  listPendingInvitations,
  resendInvitation,
  revokeInvitation,
} from '../../use-cases/team/invitations';
import type { ApiApp } from '../env';
import { errorResponses, jsonResponse, presenter } from '../route-helpers';
import { organisationMail, signedIn, type TeamRouteOptions } from './team';

const tags = ['Team'];

const PendingInvitationSchema = z
  .object({
    id: z.string().openapi({ description: 'Names the invitation; it cannot be used to join' }),
    email: z.string(),
    role: z.enum(ROLES),
    coachId: z.string().nullable(),
    invitedBy: z.string().openapi({ description: 'The admin who sent it (last)' }),
    sentAt: z.string(),
    expiresAt: z.string(),
    expired: z.boolean().openapi({ description: 'The link has run out; resend it for a new one' }),
    emailed: z.boolean(),
  })
  .openapi('PendingInvitation');
const presentInvitation = presenter(PendingInvitationSchema);

const ResentInvitationSchema = z
  .object({
    email: z.string(),
    /** The new one-use secret; the old link no longer works. */
    token: z.string(),
    expiresAt: z.string(),
    emailed: z.boolean(),
  })
  .openapi('ResentInvitation');

const InvitationIdSchema = z.object({
  id: z
    .string()
    .regex(/^[0-9a-f]{64}$/, 'is not an invitation id: take it from GET /team/invitations')
    .openapi({ param: { name: 'id', in: 'path' } }),
});

/** The organisation's mail and the join page, when the server has both. */
function joinMail(options: TeamRouteOptions) {
  const sender = organisationMail(options);
  const publicUrl = options.publicUrl;
  if (sender === undefined || publicUrl === undefined) return undefined;
  return { ...sender, joinUrl: (token: string) => `${publicUrl}/join#${token}` };
}

/** Pending invitations, for an admin: list, resend with a new link, take back. */
export function registerPendingInvitationRoutes(app: ApiApp, options: TeamRouteOptions) {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/team/invitations',
      tags,
      summary: 'Invitations nobody has used yet, newest first, expired ones too (admins only)',
      responses: {
        200: jsonResponse(
          z.object({ items: z.array(PendingInvitationSchema) }).openapi('PendingInvitations'),
          'Open invitations',
        ),
        ...errorResponses(401, 403),
      },
    }),
    async (c) => {
      const items = await listPendingInvitations(options);
      return c.json({ items: items.map(presentInvitation) }, 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/team/invitations/{id}/resend',
      tags,
      summary:
        'Send an invitation again with a new link, valid for seven days; the old link stops working (admins only)',
      request: { params: InvitationIdSchema },
      responses: {
        201: jsonResponse(ResentInvitationSchema, 'The new invitation, valid once'),
        ...errorResponses(400, 401, 403, 404, 409, 502),
      },
    }),
    async (c) => {
      const mail = joinMail(options);
      const resent = await resendInvitation(options, {
        id: c.req.valid('param').id,
        resentBy: signedIn(c),
        ...(mail && { mail }),
      });
      return c.json(resent, 201);
    },
  );
  app.openapi(
    createRoute({
      method: 'delete',
      path: '/team/invitations/{id}',
      tags,
      summary: 'Take an invitation back: its link joins no one (admins only)',
      request: { params: InvitationIdSchema },
      responses: { 204: { description: 'Revoked' }, ...errorResponses(400, 401, 403, 404) },
    }),
    async (c) => {
      await revokeInvitation(options, { id: c.req.valid('param').id });
      return c.body(null, 204);
    },
  );
}
