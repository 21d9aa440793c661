import { AppError } from '../../core/app-error';
import type { Account } from '../../core/team/accounts';
import type { DigestPreferencesInput } from '../../core/team/digest-preferences';
import {
  findDigestPreferences,
  findUnsubscribeAccount,
  saveDigestPreferences,
} from '../../storage/repositories/digest-preferences';
import { findAccount } from '../../storage/repositories/accounts';
import { inTransaction } from '../deps';
import { secretDigest } from './secrets';
import type { TeamDeps } from './team-deps';

/** An account's digest preferences as the API shows them. */
export interface DigestPreferences extends DigestPreferencesInput {
  /** When digests were turned off (in the app or by an email's link); null while on. */
  stoppedAt: string | null;
}

const refuseAdmin = (account: Account) => {
  if (account.role === 'admin') {
    throw new AppError('forbidden', 'role: an admin gets no daily digest', { field: 'role' });
  }
};

/** The signed-in seeker's or coach's digest preferences. */
export async function viewDigestPreferences(
  deps: TeamDeps,
  { account }: { account: Account },
): Promise<DigestPreferences> {
  refuseAdmin(account);
  const stored = await findDigestPreferences(deps.db, account.id);
  return { enabled: stored.stoppedAt === null, hour: stored.hour, stoppedAt: stored.stoppedAt };
}

export interface SetDigestPreferencesOptions {
  account: Account;
  preferences: DigestPreferencesInput;
}

/**
 * Chooses the hour of the signed-in account's digest, or turns digests off or on again. Turning
 * them off again keeps the first time they were turned off.
 */
export async function setDigestPreferences(
  deps: TeamDeps,
  { account, preferences }: SetDigestPreferencesOptions,
): Promise<DigestPreferences> {
  refuseAdmin(account);
  const now = deps.clock.now().toISOString();
  return inTransaction(deps.db, async (db) => {
    const before = await findDigestPreferences(db, account.id);
    const stoppedAt = preferences.enabled ? null : (before.stoppedAt ?? now);
    await saveDigestPreferences(db, account.id, { hour: preferences.hour, stoppedAt, now });
    return { ...preferences, stoppedAt };
  });
}

/** Who an unsubscribe link is for, and whether their digests are off already. */
export interface UnsubscribeTarget {
  email: string;
  stopped: boolean;
}

/** The account an email's unsubscribe secret was made for, or a refusal naming the token. */
async function unsubscribeAccount(deps: TeamDeps, token: string) {
  const accountId = await findUnsubscribeAccount(deps.db, secretDigest(token));
  const account = accountId === undefined ? undefined : await findAccount(deps.db, accountId);
  if (account === undefined || account.removedAt !== null) {
    throw new AppError(
      'not_found',
      'token: this unsubscribe link is not one Rebound sent, or its account is gone',
      { field: 'token' },
    );
  }
  return account;
}

/** What an unsubscribe link would do, changing nothing: for the page a link opens. */
export async function previewUnsubscribe(
  deps: TeamDeps,
  { token }: { token: string },
): Promise<UnsubscribeTarget> {
  const account = await unsubscribeAccount(deps, token);
  const stored = await findDigestPreferences(deps.db, account.id);
  return { email: account.email, stopped: stored.stoppedAt !== null };
}

/**
 * Turns off the digests of the account an email's one-click unsubscribe secret was made for,
 * without a session (RFC 8058): the secret does this one thing and nothing else.
 */
export async function unsubscribeFromDigests(
  deps: TeamDeps,
  { token }: { token: string },
): Promise<UnsubscribeTarget> {
  const now = deps.clock.now().toISOString();
  return inTransaction(deps.db, async (db) => {
    const account = await unsubscribeAccount({ ...deps, db }, token);
    const before = await findDigestPreferences(db, account.id);
    if (before.stoppedAt === null) {
      await saveDigestPreferences(db, account.id, { hour: before.hour, stoppedAt: now, now });
    }
    return { email: account.email, stopped: true };
  });
}
