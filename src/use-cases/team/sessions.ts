import { AppError } from '../../core/app-error';
import { maySignIn, type Account, type SignInInput } from '../../core/team/accounts';
import {
  findAccountByEmail,
  findSessionWithAccount,
  insertSession,
  revokeSessions,
  touchSession,
} from '../../storage/repositories/accounts';
import { clearAttempts } from '../../storage/repositories/rate-limits';
import { refuseWhenTooMany } from './attempt-limits';
import { inTransaction } from '../deps';
import { passwordMatches } from './passwords';
import { newSecret, secretDigest } from './secrets';
import type { SessionPolicy, TeamDeps } from './team-deps';

/**
 * Sign-in attempts allowed per window: per address typed, and per network address (which may
 * be a whole office behind one router, hence more). Well under ASVS 2.2.1's 100 failures an hour.
 */
export const SIGN_IN_LIMITS = { perEmail: 10, perClient: 100, windowMinutes: 15 } as const;

/** A session seen from outside: the cookie's secret and who it signs in. */
export interface SignedIn {
  token: string;
  account: Account;
  expiresAt: string;
}

export interface SignInOptions {
  input: SignInInput;
  policy: SessionPolicy;
  /** The network address the attempt came from, when known. */
  client?: string;
  /** The session the browser already had, ended here so every sign-in starts a new one. */
  previousToken?: string;
}

const MINUTE = 60_000;

/** An account as the API may show it: nothing only sign-in may read. */
export function publicAccount(account: Account): Account {
  const { id, email, name, role, workspaceId, emailVerified, createdAt, removed } = account;
  return { id, email, name, role, workspaceId, emailVerified, createdAt, removed };
}

/**
 * Checks an address and password and starts a new session: the cookie's secret is returned
 * once and only its digest is stored. Attempts are counted in the database before the password
 * is checked, so the limit holds across servers; a wrong address and a wrong password get the
 * same answer, in the same time.
 */
export async function signIn(deps: TeamDeps, options: SignInOptions): Promise<SignedIn> {
  const { input, policy } = options;
  const emailKey = `sign-in:email:${input.email}`;
  const limit = {
    windowMinutes: SIGN_IN_LIMITS.windowMinutes,
    field: 'email',
    what: 'sign-in attempts',
  };
  await refuseWhenTooMany(deps, { ...limit, key: emailKey, limit: SIGN_IN_LIMITS.perEmail });
  if (options.client !== undefined) {
    const key = `sign-in:client:${options.client}`;
    await refuseWhenTooMany(deps, { ...limit, key, limit: SIGN_IN_LIMITS.perClient });
  }
  const account = await findAccountByEmail(deps.db, input.email);
  const usable = account !== undefined && maySignIn(account);
  const matches = await passwordMatches(usable ? account.passwordHash : null, input.password);
  if (!usable || !matches) {
    throw new AppError('unauthorized', 'password: the email address or password is not right', {
      field: 'password',
    });
  }
  const session = await startSession(deps, {
    accountId: account.id,
    policy,
    ...(options.previousToken !== undefined && { previousToken: options.previousToken }),
    clearKey: emailKey,
  });
  return { ...session, account: publicAccount(account) };
}

export interface StartSessionOptions {
  accountId: string;
  policy: SessionPolicy;
  /** The session the browser already had, ended here so every sign-in starts a new one. */
  previousToken?: string;
  /** Attempts forgotten now the sign-in succeeded. */
  clearKey?: string;
}

/**
 * Starts a new session for an account whose sign-in succeeded, by password or single sign-on
 * alike: a new secret whose digest alone is stored, and the browser's previous session ended,
 * in one transaction. Returns the secret for the cookie.
 */
export async function startSession(
  deps: TeamDeps,
  options: StartSessionOptions,
): Promise<{ token: string; expiresAt: string }> {
  const now = deps.clock.now();
  const token = newSecret();
  const expiresAt = new Date(now.getTime() + options.policy.maxHours * 60 * MINUTE).toISOString();
  await inTransaction(deps.db, async (db) => {
    if (options.previousToken !== undefined) {
      await revokeSessions(
        db,
        { sessionId: secretDigest(options.previousToken) },
        now.toISOString(),
      );
    }
    await insertSession(db, {
      id: secretDigest(token),
      accountId: options.accountId,
      now: now.toISOString(),
      expiresAt,
    });
    if (options.clearKey !== undefined) await clearAttempts(db, options.clearKey);
  });
  return { token, expiresAt };
}

/** Why a session no longer signs anyone in, or undefined while it does. */
function sessionEnded(
  session: { revokedAt: string | null; lastSeenAt: string; expiresAt: string },
  policy: SessionPolicy,
  now: Date,
): string | undefined {
  if (session.revokedAt !== null) return 'you signed out';
  if (Date.parse(session.expiresAt) <= now.getTime()) return 'your session reached its time limit';
  if (Date.parse(session.lastSeenAt) + policy.idleMinutes * MINUTE <= now.getTime()) {
    return 'you were away for a while';
  }
  return undefined;
}

/** How often `last_seen_at` is written: once a minute is enough for an idle limit in minutes. */
const TOUCH_EVERY_MS = MINUTE;

export interface ResolveSessionOptions {
  token: string;
  policy: SessionPolicy;
  /**
   * Run inside the request's transaction: the session's read also scopes it for row-level
   * security to the account and its own workspace. A session that signs no one in throws, and
   * the caller's transaction must then end without running anything else.
   */
  scopeRows?: boolean;
}

/**
 * The account a cookie's secret signs in, checking revocation and both time limits, and noting
 * the request for the idle limit. Throws `unauthorized` saying why when it no longer does.
 */
export async function resolveSession(
  deps: TeamDeps,
  options: ResolveSessionOptions,
): Promise<{ account: Account; sessionId: string }> {
  const id = secretDigest(options.token);
  const found = await findSessionWithAccount(deps.db, id, {
    scopeRows: options.scopeRows === true,
  });
  const now = deps.clock.now();
  const ended =
    found === undefined
      ? 'you are not signed in'
      : !maySignIn(found.account)
        ? 'this account was removed'
        : sessionEnded(found.session, options.policy, now);
  if (found === undefined || ended !== undefined) {
    throw new AppError('unauthorized', `session: ${ended ?? 'you are not signed in'}; sign in`, {
      field: 'session',
    });
  }
  if (now.getTime() - Date.parse(found.session.lastSeenAt) >= TOUCH_EVERY_MS) {
    await touchSession(deps.db, id, now.toISOString());
  }
  return { account: publicAccount(found.account), sessionId: id };
}

/** Ends the session a cookie's secret belongs to; signing out twice is not an error. */
export async function signOut(deps: TeamDeps, options: { token: string }): Promise<void> {
  await revokeSessions(
    deps.db,
    { sessionId: secretDigest(options.token) },
    deps.clock.now().toISOString(),
  );
}
