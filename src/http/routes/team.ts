import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { AppError, isAppError } from '../../core/app-error';
import {
  AcceptInvitationSchema,
  AssignmentInputSchema,
  InvitationInputSchema,
  ROLES,
  PasswordResetRequestSchema,
  PasswordResetSchema,
  SignInInputSchema,
  type Account,
} from '../../core/team/accounts';
import {
  acceptInvitation,
  assignCoach,
  inviteMember,
  listMembers,
  removeMember,
} from '../../use-cases/team/accounts';
import { requestPasswordReset, resetPassword } from '../../use-cases/team/password-reset';
import { viewCaseload } from '../../use-cases/team/caseload';
import { signIn, signOut } from '../../use-cases/team/sessions';
import type { TeamDeps } from '../../use-cases/team/team-deps';
import type { ApiApp, ApiEnv } from '../env';
import { named } from '../named-schema';
import { IdParamSchema } from '../schemas';
import { errorResponses, jsonBody, jsonResponse, presenter } from '../route-helpers';
import type { TeamApiOptions } from '../team/team-gate';
import { clearSessionCookie, readSessionCookie, writeSessionCookie } from '../team/session-cookie';
import { mailVerificationIfUnproven, registerEmailVerificationRoutes } from './email-verification';
import { registerSsoRoutes } from './single-sign-on';

export const AccountSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: z.enum(ROLES),
    workspaceId: z.string().nullable(),
    emailVerified: z.boolean().openapi({
      description: 'Whether the address is proven; an unproven one receives no reset links',
    }),
    createdAt: z.string(),
    removed: z.boolean().openapi({
      description:
        'Removed from the organisation: a removed seeker may only export or delete their data',
    }),
  })
  .openapi('Account');
const presentAccount = presenter(AccountSchema);
const SessionSchema = z.object({ account: AccountSchema }).openapi('Session');
const InvitationSchema = z
  .object({
    /** The one-use secret the invited person joins with (`POST /team/invitations/accept`). */
    token: z.string(),
    expiresAt: z.string(),
    /** Whether the link went by email (the server has REBOUND_PUBLIC_URL and a mail account). */
    emailed: z.boolean(),
  })
  .openapi('Invitation');

/** The signed-in account; the access table has already required one. */
export function signedIn(c: Context<ApiEnv>): Account {
  const account = c.var.account;
  if (account === null) throw new AppError('unauthorized', 'session: you are not signed in');
  return account;
}

type Options = TeamDeps & TeamApiOptions & { logError?: (error: unknown) => void };
/** What the team routes are registered with. */
export type TeamRouteOptions = Options;

function registerSignIn(app: ApiApp, options: Options) {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/session',
      tags: ['Team'],
      summary: 'Sign in with email and password; sets the session cookie',
      request: { body: jsonBody(named(SignInInputSchema, 'SignIn')) },
      responses: {
        200: jsonResponse(SessionSchema, 'Signed in; a new session replaces any the browser had'),
        ...errorResponses(400, 401, 429),
      },
    }),
    async (c) => {
      const previousToken = readSessionCookie(c);
      const client = options.clientAddress?.(c);
      const session = await signIn(options, {
        input: c.req.valid('json'),
        policy: options.sessions,
        ...(previousToken !== undefined && { previousToken }),
        ...(client !== undefined && { client }),
      });
      writeSessionCookie(c, session.token, options.sessions.maxHours * 3600);
      return c.json({ account: presentAccount(session.account) }, 200);
    },
  );
}

function registerSessionRoutes(app: ApiApp, options: Options) {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/session',
      tags: ['Team'],
      summary: 'Who is signed in',
      responses: {
        200: jsonResponse(SessionSchema, 'The signed-in account'),
        ...errorResponses(401),
      },
    }),
    (c) => c.json({ account: presentAccount(signedIn(c)) }, 200),
  );
  app.openapi(
    createRoute({
      method: 'delete',
      path: '/session',
      tags: ['Team'],
      summary: 'Sign out: the session ends on the server and the cookie is cleared',
      responses: { 204: { description: 'Signed out' }, ...errorResponses(401) },
    }),
    async (c) => {
      const token = readSessionCookie(c);
      if (token !== undefined) await signOut(options, { token });
      clearSessionCookie(c);
      return c.body(null, 204);
    },
  );
}

/** The organisation's mail account, or undefined when none is set up. */
export function organisationMail(options: Options) {
  try {
    return options.mail?.();
  } catch (error) {
    if (isAppError(error) && error.code === 'conflict') return undefined;
    throw error;
  }
}

function registerInvitationRoutes(app: ApiApp, options: Options) {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/team/invitations',
      tags: ['Team'],
      summary: 'Invite someone as a seeker, coach or admin (admins only)',
      request: { body: jsonBody(named(InvitationInputSchema, 'InvitationInput')) },
      responses: {
        201: jsonResponse(InvitationSchema, 'The invitation, valid once'),
        ...errorResponses(400, 401, 403, 409, 502),
      },
    }),
    async (c) => {
      const sender = organisationMail(options);
      const publicUrl = options.publicUrl;
      const mail =
        sender && publicUrl !== undefined
          ? { ...sender, joinUrl: (token: string) => `${publicUrl}/join#${token}` }
          : undefined;
      const invitation = await inviteMember(options, {
        input: c.req.valid('json'),
        invitedBy: signedIn(c),
        ...(mail && { mail }),
      });
      return c.json(invitation, 201);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/team/invitations/accept',
      tags: ['Team'],
      summary: 'Join through an invitation: choose a name and password',
      request: { body: jsonBody(named(AcceptInvitationSchema, 'AcceptInvitation')) },
      responses: {
        201: jsonResponse(z.object({ account: AccountSchema }), 'The new account; now sign in'),
        ...errorResponses(400, 409),
      },
    }),
    async (c) => {
      const account = await acceptInvitation(options, c.req.valid('json'));
      await mailVerificationIfUnproven(options, account);
      return c.json({ account: presentAccount(account) }, 201);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/team/assignments',
      tags: ['Team'],
      summary: 'Put a seeker in a coach’s caseload (admins only)',
      request: { body: jsonBody(named(AssignmentInputSchema, 'AssignmentInput')) },
      responses: { 204: { description: 'Assigned' }, ...errorResponses(400, 401, 403) },
    }),
    async (c) => {
      await assignCoach(options, c.req.valid('json'));
      return c.body(null, 204);
    },
  );
}

/** The organisation's mail and the page reset links open; a conflict when either is missing. */
function resetMail(options: Options) {
  if (options.mail === undefined || options.publicUrl === undefined) {
    throw new AppError(
      'conflict',
      'email: this server cannot send reset links (REBOUND_PUBLIC_URL and REBOUND_SMTP_URL are needed); ask an admin',
      { field: 'email' },
    );
  }
  const publicUrl = options.publicUrl;
  return {
    mail: options.mail(),
    resetUrl: (token: string) => `${publicUrl}/reset-password#${token}`,
  };
}

function registerPasswordReset(app: ApiApp, options: Options) {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/session/reset-requests',
      tags: ['Team'],
      summary: 'Email a link to choose a new password, if the address has an account',
      request: { body: jsonBody(named(PasswordResetRequestSchema, 'PasswordResetRequest')) },
      responses: {
        202: jsonResponse(
          z.object({ message: z.string() }),
          'The same answer whether or not the address has an account',
        ),
        ...errorResponses(400, 409, 429),
      },
    }),
    async (c) => {
      const { email } = c.req.valid('json');
      const client = options.clientAddress?.(c);
      try {
        await requestPasswordReset(options, {
          email,
          ...resetMail(options),
          ...(client !== undefined && { client }),
        });
      } catch (error) {
        // A mail server that fails must not tell the caller the address has an account.
        if (!(isAppError(error) && error.code === 'mail_failed')) throw error;
        options.logError?.(error);
      }
      return c.json(
        { message: `If ${email} has an account, a link to choose a new password is on its way.` },
        202,
      );
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/session/password-reset',
      tags: ['Team'],
      summary: 'Choose a new password with the token from a reset link; every session ends',
      request: { body: jsonBody(named(PasswordResetSchema, 'PasswordReset')) },
      responses: { 204: { description: 'Changed; sign in with it' }, ...errorResponses(400) },
    }),
    async (c) => {
      await resetPassword(options, c.req.valid('json'));
      return c.body(null, 204);
    },
  );
}

const MembersSchema = z
  .object({
    items: z.array(AccountSchema),
    /** Who coaches whom: each seeker's account with their coach's. */
    assignments: z.array(z.object({ coachId: z.string(), seekerId: z.string() })),
  })
  .openapi('Members');
const CaseloadSchema = z
  .object({
    items: z.array(
      z.object({
        seeker: AccountSchema,
        rejectionsThisWeek: z.number().int(),
        overdueSteps: z.number().int(),
        lastActivityAt: z.string().nullable(),
        goneQuiet: z.boolean().openapi({ description: 'Nothing changed for 14 days or more' }),
        followThrough: z
          .object({ done: z.number().int(), due: z.number().int() })
          .openapi({ description: 'Of the steps that came due in the last 30 days, those done' }),
      }),
    ),
  })
  .openapi('Caseload');

function registerMemberLists(app: ApiApp, options: Options) {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/team/members',
      tags: ['Team'],
      summary: 'Everyone in the organisation (admins only)',
      responses: {
        200: jsonResponse(MembersSchema, 'Members by name'),
        ...errorResponses(401, 403),
      },
    }),
    async (c) => {
      const { members, assignments } = await listMembers(options);
      return c.json({ items: members.map(presentAccount), assignments }, 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'delete',
      path: '/team/members/{id}',
      tags: ['Team'],
      summary:
        'Remove someone from the organisation (admins only): they are signed out everywhere and leave every caseload; a removed seeker may still sign in to export or delete their data, a removed coach or admin not at all',
      request: { params: IdParamSchema },
      responses: { 204: { description: 'Removed' }, ...errorResponses(401, 403, 404, 409) },
    }),
    async (c) => {
      await removeMember(options, { id: c.req.valid('param').id, removedBy: signedIn(c) });
      return c.body(null, 204);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/team/caseload',
      tags: ['Team'],
      summary:
        'The seekers assigned to the signed-in coach, with this week’s rejections, overdue steps and last activity; read one with the header X-Rebound-Workspace: <workspaceId>',
      responses: {
        200: jsonResponse(CaseloadSchema, 'Seekers by name'),
        ...errorResponses(401, 403),
      },
    }),
    async (c) => {
      const items = await viewCaseload(options, { coach: signedIn(c) });
      return c.json(
        { items: items.map((entry) => ({ ...entry, seeker: presentAccount(entry.seeker) })) },
        200,
      );
    },
  );
}

/** Sign-in, sign-out and the organisation's own operations; mounted in team mode only. */
export function registerTeamRoutes(app: ApiApp, options: Options) {
  registerSignIn(app, options);
  registerSessionRoutes(app, options);
  registerInvitationRoutes(app, options);
  registerMemberLists(app, options);
  registerPasswordReset(app, options);
  registerSsoRoutes(app, options);
  registerEmailVerificationRoutes(app, options);
}
