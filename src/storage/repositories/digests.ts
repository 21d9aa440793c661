import { sql } from 'kysely';
import type { Role } from '../../core/team/accounts';
import type { Db } from '../database';

/** A member who may get a daily digest, with what decides when it is due. */
export interface DigestCandidate {
  accountId: string;
  role: Role;
  /** The seeker's workspace settings (time zone, reminder time) as stored; null for a coach. */
  settings: string | null;
  /** The latest local day a digest was settled for, or null when none ever was. */
  lastDay: string | null;
  /** The local hour the account chose for its digest; null: the usual time. */
  hour: number | null;
}

/**
 * Seekers and coaches still members who have not turned digests off, each with their latest
 * digest day and chosen hour: one query.
 */
export async function listDigestCandidates(db: Db): Promise<DigestCandidate[]> {
  const rows = await db
    .selectFrom('accounts')
    .leftJoin('workspaces', 'workspaces.id', 'accounts.workspace_id')
    .leftJoin('digest_preferences', 'digest_preferences.account_id', 'accounts.id')
    .select([
      'digest_preferences.hour as hour',
      'accounts.id as accountId',
      'accounts.role as role',
      'workspaces.settings as settings',
      (eb) =>
        eb
          .selectFrom('digest_sends')
          .select(sql<string>`max(digest_sends.day)`.as('day'))
          .whereRef('digest_sends.account_id', '=', 'accounts.id')
          .as('lastDay'),
    ])
    .where('accounts.removed_at', 'is', null)
    // An address not yet proven gets nothing but the link that proves it (decision 0030).
    .where('accounts.email_verified_at', 'is not', null)
    .where('accounts.role', 'in', ['seeker', 'coach'])
    .where('digest_preferences.stopped_at', 'is', null)
    .orderBy('accounts.id')
    .execute();
  return rows.map((row) => ({
    accountId: row.accountId,
    role: row.role as Role,
    settings: row.settings ?? null,
    lastDay: row.lastDay ?? null,
    hour: row.hour ?? null,
  }));
}

/** Whether a digest for this account and day was settled already (sent, or nothing to tell). */
export async function digestSettled(db: Db, accountId: string, day: string): Promise<boolean> {
  const row = await db
    .selectFrom('digest_sends')
    .select('account_id')
    .where('account_id', '=', accountId)
    .where('day', '=', day)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Claims the digest of one account and day: true for the one caller that inserted the row.
 * On PostgreSQL a second caller waits on the first's uncommitted row, then finds it taken; if the
 * first rolls back (its send failed, its server died) the second gets the claim instead.
 */
export async function claimDigestSend(
  db: Db,
  send: {
    accountId: string;
    day: string;
    kind: Role;
    emailMessageId: string | null;
    /** SHA-256 of the email's one-click unsubscribe secret. */
    unsubscribeDigest: string | null;
    now: string;
  },
): Promise<boolean> {
  const row = await db
    .insertInto('digest_sends')
    .values({
      account_id: send.accountId,
      day: send.day,
      kind: send.kind,
      email_message_id: send.emailMessageId,
      sent_at: send.now,
      unsubscribe_digest: send.unsubscribeDigest,
    })
    .onConflict((oc) => oc.columns(['account_id', 'day']).doNothing())
    .returning('account_id')
    .executeTakeFirst();
  return row !== undefined;
}

/** Marks a claimed day as settled with nothing to tell: no email went. */
export async function settleWithoutEmail(db: Db, accountId: string, day: string): Promise<void> {
  await db
    .updateTable('digest_sends')
    // The email's unsubscribe secret was never sent, so no link can name it.
    .set({ email_message_id: null, unsubscribe_digest: null })
    .where('account_id', '=', accountId)
    .where('day', '=', day)
    .execute();
}

/** The digests settled for an account, oldest first. */
export async function listDigestSends(db: Db, accountId: string) {
  return db
    .selectFrom('digest_sends')
    .select(['day', 'kind', 'email_message_id as emailMessageId', 'sent_at as sentAt'])
    .where('account_id', '=', accountId)
    .orderBy('day')
    .execute();
}

/** The workspaces of the seekers still in the organisation (not removed). */
export async function listSeekerWorkspaces(db: Db): Promise<string[]> {
  const rows = await db
    .selectFrom('accounts')
    .select('workspace_id')
    .where('workspace_id', 'is not', null)
    // A removed seeker keeps their data to take away, not the organisation's background work.
    .where('removed_at', 'is', null)
    .execute();
  return rows.flatMap((row) => (row.workspace_id === null ? [] : [row.workspace_id]));
}
