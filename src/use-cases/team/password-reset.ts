import { AppError } from '../../core/app-error';
import type { MailAddress } from '../../core/mail/smtp-settings';
import { newEmailMessageId } from '../../core/mail/threading';
import { maySignIn } from '../../core/team/accounts';
import { passwordProblem } from '../../core/team/password-policy';
import {
  claimPasswordReset,
  findAccount,
  findAccountByEmail,
  insertPasswordReset,
  revokeSessions,
  updatePasswordHash,
} from '../../storage/repositories/accounts';
import { inTransaction } from '../deps';
import type { MailTransport } from '../mail/mail-port';
import { refuseWhenTooMany } from './attempt-limits';
import { hashPassword } from './passwords';
import { newSecret, secretDigest } from './secrets';
import type { TeamDeps } from './team-deps';

/** How long a reset link works (OWASP Forgot Password Cheat Sheet: short-lived, single use). */
export const RESET_MINUTES = 60;

/** Reset emails per address and per network address in a window. */
export const RESET_LIMITS = { perEmail: 3, perClient: 20, windowMinutes: 15 } as const;

export interface RequestPasswordResetOptions {
  email: string;
  client?: string;
  mail: { transport: MailTransport; from: MailAddress };
  /** The address of the page that takes the link's token. */
  resetUrl: (token: string) => string;
}

/**
 * Emails a one-use link to choose a new password, when the address has an account. The answer
 * is the same either way, so it says nothing about who has an account; requests are counted in
 * the database per address and per network address, so mail cannot be used to flood someone.
 */
export async function requestPasswordReset(
  deps: TeamDeps,
  options: RequestPasswordResetOptions,
): Promise<void> {
  const limit = {
    windowMinutes: RESET_LIMITS.windowMinutes,
    field: 'email',
    what: 'reset requests',
  };
  await refuseWhenTooMany(deps, {
    ...limit,
    key: `reset:email:${options.email}`,
    limit: RESET_LIMITS.perEmail,
  });
  if (options.client !== undefined) {
    const key = `reset:client:${options.client}`;
    await refuseWhenTooMany(deps, { ...limit, key, limit: RESET_LIMITS.perClient });
  }
  const account = await findAccountByEmail(deps.db, options.email);
  // An address nothing has proven may be someone else's (a typing slip at the invitation): a
  // reset link sent there could hand them the account.
  if (account === undefined || !maySignIn(account) || !account.emailVerified) return;
  const token = newSecret();
  const now = deps.clock.now();
  await insertPasswordReset(deps.db, {
    id: secretDigest(token),
    accountId: account.id,
    now: now.toISOString(),
    expiresAt: new Date(now.getTime() + RESET_MINUTES * 60_000).toISOString(),
  });
  const { transport, from } = options.mail;
  await transport.send({
    from,
    to: { name: account.name, address: account.email },
    subject: 'Choose a new Rebound password',
    text:
      `Hello ${account.name},\n\nSomeone, hopefully you, asked to choose a new password for ` +
      `Rebound. Open this link within ${RESET_MINUTES} minutes to do it:\n\n` +
      `${options.resetUrl(token)}\n\nIf it was not you, ignore this email: your password stays as it is.\n`,
    messageId: newEmailMessageId(from.address, now),
    inReplyTo: null,
    references: [],
    date: now,
    draft: false,
  });
}

/**
 * Sets a new password from a reset link, and ends every session of the account (ASVS 2.5.x):
 * in one transaction, so a password the policy refuses leaves the link usable.
 */
export async function resetPassword(
  deps: TeamDeps,
  options: { token: string; password: string },
): Promise<void> {
  await inTransaction(deps.db, async (db) => {
    const now = deps.clock.now().toISOString();
    const accountId = await claimPasswordReset(db, secretDigest(options.token), now);
    const account = accountId === undefined ? undefined : await findAccount(db, accountId);
    if (account === undefined || !maySignIn(account)) {
      throw AppError.validation(
        'token',
        'this link was used already or has expired; ask for a new one',
      );
    }
    const problem = passwordProblem(options.password, account);
    if (problem !== null) throw AppError.validation('password', problem);
    await updatePasswordHash(db, account.id, await hashPassword(options.password), now);
    await revokeSessions(db, { accountId: account.id }, now);
  });
}
