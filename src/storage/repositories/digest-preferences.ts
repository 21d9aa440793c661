import type { Db } from '../database';

/** An account's digest preferences as stored; the defaults when it never chose. */
export interface StoredDigestPreferences {
  /** The local hour, 0–23; null: the seeker's reminder time (09:00 for a coach). */
  hour: number | null;
  /** When digests were turned off; null while they are on. */
  stoppedAt: string | null;
}

/** The account's digest preferences, or the defaults (on, at the usual time). */
export async function findDigestPreferences(
  db: Db,
  accountId: string,
): Promise<StoredDigestPreferences> {
  const row = await db
    .selectFrom('digest_preferences')
    .select(['hour', 'stopped_at as stoppedAt'])
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  return { hour: row?.hour ?? null, stoppedAt: row?.stoppedAt ?? null };
}

/** Stores the account's digest preferences, replacing any it had. */
export async function saveDigestPreferences(
  db: Db,
  accountId: string,
  preferences: StoredDigestPreferences & { now: string },
): Promise<void> {
  const values = {
    hour: preferences.hour,
    stopped_at: preferences.stoppedAt,
    updated_at: preferences.now,
  };
  await db
    .insertInto('digest_preferences')
    .values({ account_id: accountId, ...values })
    .onConflict((oc) => oc.column('account_id').doUpdateSet(values))
    .execute();
}

/** The account a digest's one-click unsubscribe secret was made for, by the secret's digest. */
export async function findUnsubscribeAccount(
  db: Db,
  unsubscribeDigest: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('digest_sends')
    .select('account_id')
    .where('unsubscribe_digest', '=', unsubscribeDigest)
    .executeTakeFirst();
  return row?.account_id;
}
