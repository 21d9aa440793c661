import type { Context, MiddlewareHandler, Next } from 'hono';
import { matchedRoutes } from 'hono/route';
import { AppError, isAppError } from '../../core/app-error';
import { isAssigned } from '../../storage/repositories/accounts';
import { recordCoachRead } from '../../use-cases/team/access-log';
import { resolveSession } from '../../use-cases/team/sessions';
import { readSharingOf } from '../../use-cases/team/sharing';
import { inTransaction } from '../../use-cases/deps';
import type { Db } from '../../storage/database';
import { scopeRows } from '../../storage/row-scope';
import type { Account } from '../../core/team/accounts';
import type { MailAddress } from '../../core/mail/smtp-settings';
import type { MailTransport } from '../../use-cases/mail/mail-port';
import type { SsoProvider } from '../../use-cases/team/sso-port';
import type { SessionPolicy, TeamDeps } from '../../use-cases/team/team-deps';
import type { ApiEnv } from '../env';
import { errorResponse } from '../errors';
import {
  accessFor,
  COACH_VIEWS,
  LEAVER_OPERATIONS,
  operationKey,
  workspaceFor,
  WORKSPACE_HEADER,
} from './access-policy';
import { readSessionCookie } from './session-cookie';

/** What the API needs to run as a team installation. */
export interface TeamApiOptions {
  sessions: SessionPolicy;
  /** The network address a request came from, for sign-in limits; supplied by the runtime. */
  clientAddress?: (c: Context) => string | undefined;
  /** The organisation's mail account, for reset links; throws a conflict when none is set up. */
  mail?: () => { transport: MailTransport; from: MailAddress };
  /** The address people open (REBOUND_PUBLIC_URL), for links in emails. */
  publicUrl?: string;
  /** The OpenID Connect providers people may sign in with (REBOUND_OIDC_*). */
  sso?: SsoProvider[];
}

/**
 * The operation a request reaches, as the OpenAPI document writes it (`/applications/{id}`):
 * the first route for its method that matched (middleware and the not-found answer are `ALL`),
 * which is the one that answers. Empty when no operation matched.
 */
function operationTemplate(c: Context): string {
  const matched = matchedRoutes(c).find((route) => route.method !== 'ALL')?.path ?? '';
  return matched.replace(/^\/api(?=\/|$)/, '').replace(/:(\w+)/g, '{$1}');
}

/**
 * Replaces a seeker's answer with what their coach may see of it; nothing else goes out. What
 * the seeker shares is read afresh for every read, so taking something back works at once. A
 * view that refuses (an item kept private) throws, and the caller answers the refusal.
 */
async function showToCoach(c: Context<ApiEnv>, operation: string): Promise<void> {
  const view = COACH_VIEWS[operation];
  const body: unknown = await c.res.json();
  const shown = view === undefined ? {} : view(body, { sharing: await readSharingOf(c.var.deps) });
  const headers = new Headers(c.res.headers);
  headers.delete('content-length');
  c.res = new Response(JSON.stringify(shown), { status: c.res.status, headers });
}

/** Thrown inside a request's transaction to undo it when the route failed. */
class RequestFailed extends Error {}

/**
 * The edge of a team installation: every request is checked against `ACCESS_POLICY` before any
 * route runs. A public operation goes through; any other needs a live session; a workspace
 * operation then runs in the one workspace `workspaceFor` allows, inside one transaction scoped
 * to that workspace for PostgreSQL's row-level security, and the handler receives deps for it
 * alone. A route that fails leaves nothing of its work behind.
 */
export function teamGate(deps: TeamDeps, options: TeamApiOptions): MiddlewareHandler<ApiEnv> {
  /**
   * The signed-in account, read with `db`; throws `unauthorized` when there is none, and
   * `forbidden` when a removed seeker asks for more than their data.
   */
  async function signedIn(
    c: Context<ApiEnv>,
    db: Db,
    scopeRows: boolean,
    operation: string,
  ): Promise<Account> {
    const token = readSessionCookie(c);
    if (token === undefined) {
      throw new AppError('unauthorized', 'session: you are not signed in; sign in', {
        field: 'session',
      });
    }
    const session = { token, policy: options.sessions, scopeRows };
    const { account } = await resolveSession({ db, clock: deps.clock }, session);
    c.set('account', account);
    if (account.removed && !LEAVER_OPERATIONS.includes(operation)) {
      throw new AppError(
        'forbidden',
        'session: an admin removed this account from the organisation; you may export your data or delete it',
        { field: 'session' },
      );
    }
    return account;
  }

  /** Lets an organisation operation through to its own use cases, or throws why not. */
  async function admit(
    c: Context<ApiEnv>,
    access: 'account' | 'admin' | 'coach',
    operation: string,
  ) {
    const account = await signedIn(c, deps.db, false, operation);
    if (access === 'account' || account.role === access) return;
    throw new AppError(
      'forbidden',
      `role: only ${access === 'admin' ? 'an admin' : 'a coach'} may do this`,
      { field: 'role' },
    );
  }

  /**
   * Reads the session in the request's transaction, which that same statement scopes to the
   * account and its own workspace (decision 0033), then picks the workspace; a coach reading a
   * seeker's moves the scope there once the assignment is found. Throws when it may not open.
   */
  async function enter(c: Context<ApiEnv>, trx: Db, operation: string): Promise<Account> {
    const account = await signedIn(c, trx, true, operation);
    const workspaceId = await workspaceFor(
      accessFor(operation) as 'caseload' | 'coaching' | 'owner',
      { account, method: c.req.method, requested: c.req.header(WORKSPACE_HEADER) },
      // A coach's own assignments say whose workspace they may read: the account is in scope.
      (coachId, workspace) => isAssigned(trx, coachId, workspace),
    );
    if (workspaceId !== account.workspaceId) {
      await scopeRows(trx, { workspaces: [workspaceId], account: account.id });
    }
    c.set('deps', { db: trx, clock: deps.clock, workspaceId });
    return account;
  }

  /** Runs a workspace operation in one transaction; answers a refusal instead of the route. */
  async function inWorkspace(c: Context<ApiEnv>, next: Next, operation: string) {
    let refused: Response | undefined;
    try {
      await inTransaction(deps.db, async (trx) => {
        let reader: Account;
        try {
          reader = await enter(c, trx, operation);
        } catch (error) {
          if (!isAppError(error)) throw error;
          refused = errorResponse(c, error);
          throw new RequestFailed();
        }
        await next();
        if (c.error !== undefined) throw new RequestFailed();
        // A coach reading a seeker's workspace sees the coach's view of it, and nothing else.
        const workspaceRead =
          c.req.method === 'GET' && ['caseload', 'owner'].includes(accessFor(operation));
        if (workspaceRead && reader.role === 'coach' && c.res.status === 200) {
          try {
            await showToCoach(c, operation);
          } catch (error) {
            // A view the seeker has not shared refuses; a refused read is not logged.
            if (!isAppError(error)) throw error;
            refused = errorResponse(c, error);
            throw new RequestFailed();
          }
          // Logged before the answer leaves, in the read's transaction: a read that cannot be
          // logged is not answered.
          await recordCoachRead(c.var.deps, {
            reader,
            operation,
            path: c.req.path.replace(/^\/api/, ''),
          });
        }
      });
    } catch (error) {
      if (!(error instanceof RequestFailed)) throw error;
    }
    // Set as well as returned: after the route has answered, Hono keeps the answer in `c.res`.
    if (refused !== undefined) c.res = refused;
    return refused;
  }

  return async (c, next) => {
    const operation = operationKey(c.req.method, operationTemplate(c));
    const access = accessFor(operation);
    c.set('account', null);
    if (access === 'public') return next();
    if (access === 'account' || access === 'admin' || access === 'coach') {
      try {
        await admit(c, access, operation);
      } catch (error) {
        if (isAppError(error)) return errorResponse(c, error);
        throw error;
      }
      // The organisation's operations scope the transactions of their own use cases.
      return next();
    }
    return inWorkspace(c, next, operation);
  };
}
