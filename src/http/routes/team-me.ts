import { createRoute, z } from '@hono/zod-openapi';
import { isAppError } from '../../core/app-error';
import type { Account } from '../../core/team/accounts';
import { resolveSession } from '../../use-cases/team/sessions';
import type { SessionPolicy, TeamDeps } from '../../use-cases/team/team-deps';
import type { ApiApp } from '../env';
import { jsonResponse, presenter } from '../route-helpers';
import { readSessionCookie } from '../team/session-cookie';
import { AccountSchema } from './team';

const MeSchema = z
  .object({
    /** `local`: one person, no sign-in; `team`: accounts, and `account` says who is signed in. */
    mode: z.enum(['local', 'team']),
    account: z.union([AccountSchema, z.null()]),
  })
  .openapi('Me');
const presentAccount = presenter(AccountSchema);

/** Who the browser's session cookie signs in, or null when none does (or it has ended). */
async function accountOf(
  team: TeamDeps & { sessions: SessionPolicy },
  token: string | undefined,
): Promise<Account | null> {
  if (token === undefined) return null;
  try {
    return (await resolveSession(team, { token, policy: team.sessions })).account;
  } catch (error) {
    if (isAppError(error) && error.code === 'unauthorized') return null;
    throw error;
  }
}

/**
 * `GET /team/me`, in both modes: how the web app learns whether to ask for a sign-in. It is
 * public, so a browser without a session gets an answer rather than a 401 it must interpret.
 */
export function registerTeamMeRoute(
  app: ApiApp,
  team: (TeamDeps & { sessions: SessionPolicy }) | undefined,
) {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/team/me',
      tags: ['Team'],
      summary: 'Whether this is a team installation, and who is signed in (no session needed)',
      responses: { 200: jsonResponse(MeSchema, 'The mode and the signed-in account, if any') },
    }),
    async (c) => {
      if (team === undefined) return c.json({ mode: 'local' as const, account: null }, 200);
      const account = await accountOf(team, readSessionCookie(c));
      return c.json(
        { mode: 'team' as const, account: account === null ? null : presentAccount(account) },
        200,
      );
    },
  );
}
