import { AppError } from '../../core/app-error';
import type { MailAddress } from '../../core/mail/smtp-settings';
import { newEmailMessageId } from '../../core/mail/threading';
import type { Account } from '../../core/team/accounts';
import { findAccount, markEmailVerified } from '../../storage/repositories/accounts';
import {
  claimEmailVerification,
  insertEmailVerification,
} from '../../storage/repositories/email-verifications';
import { inTransaction } from '../deps';
import type { MailTransport } from '../mail/mail-port';
import { refuseWhenTooMany } from './attempt-limits';
import { newSecret, secretDigest } from './secrets';
import type { TeamDeps } from './team-deps';

/** How long a verification link works. */
export const VERIFICATION_HOURS = 24;

/** Verification emails per account in a window, so the mail cannot be used to flood anyone. */
export const VERIFICATION_LIMITS = { perAccount: 3, windowMinutes: 15 } as const;

export interface SendEmailVerificationOptions {
  account: Account;
  mail: { transport: MailTransport; from: MailAddress };
  /** The address of the page that takes the link's token. */
  verifyUrl: (token: string) => string;
}

/**
 * Emails a one-use link that proves the account's address. Only its digest is stored, with the
 * address it proves; an address proven already is a conflict, and sends are limited per account.
 */
export async function sendEmailVerification(
  deps: TeamDeps,
  options: SendEmailVerificationOptions,
): Promise<void> {
  const { account } = options;
  if (account.emailVerified) {
    throw new AppError('conflict', `email: ${account.email} is verified already`, {
      field: 'email',
    });
  }
  await refuseWhenTooMany(deps, {
    key: `verify:account:${account.id}`,
    limit: VERIFICATION_LIMITS.perAccount,
    windowMinutes: VERIFICATION_LIMITS.windowMinutes,
    field: 'email',
    what: 'verification emails',
  });
  const token = newSecret();
  const now = deps.clock.now();
  await insertEmailVerification(deps.db, {
    id: secretDigest(token),
    accountId: account.id,
    email: account.email,
    now: now.toISOString(),
    expiresAt: new Date(now.getTime() + VERIFICATION_HOURS * 3_600_000).toISOString(),
  });
  const { transport, from } = options.mail;
  await transport.send({
    from,
    to: { name: account.name, address: account.email },
    subject: 'Confirm your email address for Rebound',
    text:
      `Hello ${account.name},\n\nOpen this link within ${VERIFICATION_HOURS} hours to confirm ` +
      `that ${account.email} is yours:\n\n${options.verifyUrl(token)}\n\n` +
      'Until then Rebound sends this address nothing else, not even a link to choose a new password.\n' +
      'If you do not have a Rebound account, ignore this email.\n',
    messageId: newEmailMessageId(from.address, now),
    inReplyTo: null,
    references: [],
    date: now,
    draft: false,
  });
}

/**
 * Proves an address with the token from a verification link: the link is used up and the
 * account marked in one transaction. A link for an address the account no longer has proves
 * nothing.
 */
export async function verifyEmail(deps: TeamDeps, options: { token: string }): Promise<void> {
  await inTransaction(deps.db, async (db) => {
    const now = deps.clock.now().toISOString();
    const claimed = await claimEmailVerification(db, secretDigest(options.token), now);
    const account = claimed === undefined ? undefined : await findAccount(db, claimed.accountId);
    if (account === undefined || account.removedAt !== null || account.email !== claimed?.email) {
      throw AppError.validation(
        'token',
        'this link was used already, has expired or is for an address the account no longer has; ask for a new one',
      );
    }
    await markEmailVerified(db, account.id, now);
  });
}
