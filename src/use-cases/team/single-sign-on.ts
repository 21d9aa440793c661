import { AppError } from '../../core/app-error';
import { requiredText } from '../../core/schema-helpers';
import { emailSchema, maySignIn, type Role } from '../../core/team/accounts';
import {
  claimInvitationForEmail,
  findAccount,
  findAccountByEmail,
  insertAssignment,
  markEmailVerified,
  type AccountRecord,
} from '../../storage/repositories/accounts';
import {
  claimSsoAttempt,
  findSsoAccountId,
  insertSsoAttempt,
  insertSsoIdentity,
  isLinkedAtIssuer,
} from '../../storage/repositories/sso';
import { inTransaction } from '../deps';
import { insertNewAccount } from './accounts';
import { refuseWhenTooMany } from './attempt-limits';
import { newSecret, secretDigest } from './secrets';
import { publicAccount, SIGN_IN_LIMITS, startSession, type SignedIn } from './sessions';
import type { SsoIdentity, SsoProvider } from './sso-port';
import type { SessionPolicy, TeamDeps } from './team-deps';

/** How long a browser has at the provider before the sign-in must start again. */
export const SSO_ATTEMPT_MINUTES = 10;

const MINUTE = 60_000;

/** Counts a single sign-on step against the network address's sign-in limit. */
async function countClientAttempt(deps: TeamDeps, client: string | undefined): Promise<void> {
  if (client === undefined) return;
  await refuseWhenTooMany(deps, {
    key: `sign-in:client:${client}`,
    limit: SIGN_IN_LIMITS.perClient,
    windowMinutes: SIGN_IN_LIMITS.windowMinutes,
    field: 'sso',
    what: 'sign-in attempts',
  });
}

export interface BeginSsoOptions {
  provider: SsoProvider;
  client?: string;
}

/**
 * Starts a sign-in at a provider: the state, nonce and PKCE verifier are kept in the database
 * under the digest of a new secret, which goes to the browser as a cookie, so only the browser
 * that started a sign-in can finish it (no one can sign a visitor in to their own account).
 */
export async function beginSso(
  deps: TeamDeps,
  options: BeginSsoOptions,
): Promise<{ url: string; attemptToken: string }> {
  await countClientAttempt(deps, options.client);
  const request = await options.provider.begin();
  const attemptToken = newSecret();
  const now = deps.clock.now();
  await insertSsoAttempt(deps.db, {
    id: secretDigest(attemptToken),
    providerId: options.provider.id,
    state: request.state,
    nonce: request.nonce,
    codeVerifier: request.codeVerifier,
    now: now.toISOString(),
    expiresAt: new Date(now.getTime() + SSO_ATTEMPT_MINUTES * MINUTE).toISOString(),
  });
  return { url: request.url, attemptToken };
}

export interface FinishSsoOptions {
  provider: SsoProvider;
  /** The address the provider sent the browser back to, with its query. */
  callbackUrl: URL;
  /** The secret from the browser's cookie, if it sent one. */
  attemptToken: string | undefined;
  policy: SessionPolicy;
  client?: string;
  /** The session the browser already had, ended here as at every sign-in. */
  previousToken?: string;
}

/**
 * Finishes a sign-in at a provider: the attempt is used up, the provider's answer checked, the
 * person matched to their account and a new session started exactly as a password sign-in
 * starts one.
 */
export async function finishSso(deps: TeamDeps, options: FinishSsoOptions): Promise<SignedIn> {
  await countClientAttempt(deps, options.client);
  const now = deps.clock.now();
  const attempt =
    options.attemptToken === undefined
      ? undefined
      : await claimSsoAttempt(deps.db, {
          id: secretDigest(options.attemptToken),
          providerId: options.provider.id,
          now: now.toISOString(),
          staleBefore: new Date(now.getTime() - 1440 * MINUTE).toISOString(),
        });
  if (attempt === undefined) {
    throw new AppError(
      'unauthorized',
      `sso: this sign-in was not started in this browser, was finished already or took longer than ${SSO_ATTEMPT_MINUTES} minutes; start again`,
      { field: 'sso' },
    );
  }
  const identity = await options.provider.finish({
    callbackUrl: options.callbackUrl,
    expected: { state: attempt.state, nonce: attempt.nonce, codeVerifier: attempt.code_verifier },
  });
  const account = await accountForIdentity(deps, options.provider, identity);
  const session = await startSession(deps, {
    accountId: account.id,
    policy: options.policy,
    ...(options.previousToken !== undefined && { previousToken: options.previousToken }),
  });
  return { ...session, account: publicAccount(account) };
}

const refused = (message: string) => new AppError('forbidden', `sso: ${message}`, { field: 'sso' });

/** The address a provider vouches for, or a refusal saying why it cannot be used. */
function verifiedEmail(provider: SsoProvider, identity: SsoIdentity): string {
  const parsed = emailSchema.safeParse(identity.email ?? '');
  if (identity.email === null || !parsed.success) {
    throw refused(
      `${provider.label} did not give an email address, so Rebound cannot tell which account is yours; sign in with your password or ask an admin`,
    );
  }
  if (!identity.emailVerified) {
    throw refused(
      `${provider.label} has not confirmed that ${parsed.data} is yours, so Rebound cannot link it to an account; sign in with your password or ask an admin`,
    );
  }
  return parsed.data;
}

/**
 * The account a provider's person signs in to: the one linked to their subject; the first time,
 * the member or the open invitation with the address the provider confirmed, which is linked
 * then. Nobody else gets an account. One transaction, so a refusal links nothing.
 */
async function accountForIdentity(
  deps: TeamDeps,
  provider: SsoProvider,
  identity: SsoIdentity,
): Promise<AccountRecord> {
  const issuer = provider.issuer;
  return inTransaction(deps.db, async (db) => {
    const now = deps.clock.now().toISOString();
    const linkedId = await findSsoAccountId(db, { issuer, subject: identity.subject });
    if (linkedId !== undefined) {
      const linked = await findAccount(db, linkedId);
      if (linked === undefined || !maySignIn(linked)) {
        throw refused('this account was removed from the organisation; ask an admin');
      }
      return linked;
    }
    const email = verifiedEmail(provider, identity);
    const member = await findAccountByEmail(db, email);
    if (member !== undefined && !maySignIn(member)) {
      throw refused('this account was removed from the organisation; ask an admin');
    }
    // An address a provider hands to someone new must not reach an account another person at
    // that provider already signs in to.
    if (member !== undefined && (await isLinkedAtIssuer(db, { issuer, accountId: member.id }))) {
      throw refused(
        `${email} already signs in through ${provider.label} as someone else; ask an admin`,
      );
    }
    const account = member ?? (await joinByInvitation({ ...deps, db }, email, identity.name));
    if (member !== undefined) await markEmailVerified(db, member.id, now);
    await insertSsoIdentity(db, { issuer, subject: identity.subject, accountId: account.id, now });
    return account;
  });
}

/** Creates the account an open invitation for the address promised, without a password. */
async function joinByInvitation(
  deps: TeamDeps,
  email: string,
  name: string | null,
): Promise<AccountRecord> {
  const now = deps.clock.now().toISOString();
  const invitation = await claimInvitationForEmail(deps.db, email, now);
  if (invitation === undefined) {
    throw refused(
      `${email} is not a member of this organisation and has no open invitation; ask an admin to invite you`,
    );
  }
  // The provider's name for the person, when it is one Rebound can store; else the address's
  // first part, which they can change later.
  const given = requiredText(120).safeParse(name?.slice(0, 120));
  const account = await insertNewAccount(deps, {
    email,
    name: given.success ? given.data : (email.split('@')[0] ?? email),
    role: invitation.role as Role,
    passwordHash: null,
    emailVerified: true,
  });
  if (invitation.coach_id !== null && account.workspaceId !== null) {
    await insertAssignment(deps.db, {
      coachId: invitation.coach_id,
      workspaceId: account.workspaceId,
      now,
    });
  }
  return { ...account, passwordHash: null, removedAt: null };
}
