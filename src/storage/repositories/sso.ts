import type { Db } from '../database';
import type { SsoAttemptRow } from '../tables/team';

/** The account a provider's subject is linked to, if any. */
export async function findSsoAccountId(
  db: Db,
  identity: { issuer: string; subject: string },
): Promise<string | undefined> {
  const row = await db
    .selectFrom('sso_identities')
    .select('account_id')
    .where('issuer', '=', identity.issuer)
    .where('subject', '=', identity.subject)
    .executeTakeFirst();
  return row?.account_id;
}

/** Links a provider's subject to an account; a link made a moment ago by another request stays. */
export async function insertSsoIdentity(
  db: Db,
  link: { issuer: string; subject: string; accountId: string; now: string },
): Promise<void> {
  await db
    .insertInto('sso_identities')
    .values({
      issuer: link.issuer,
      subject: link.subject,
      account_id: link.accountId,
      created_at: link.now,
    })
    .onConflict((oc) => oc.columns(['issuer', 'subject']).doNothing())
    .execute();
}

export async function insertSsoAttempt(
  db: Db,
  attempt: {
    id: string;
    providerId: string;
    state: string;
    nonce: string;
    codeVerifier: string;
    now: string;
    expiresAt: string;
  },
): Promise<void> {
  await db
    .insertInto('sso_attempts')
    .values({
      id: attempt.id,
      provider_id: attempt.providerId,
      state: attempt.state,
      nonce: attempt.nonce,
      code_verifier: attempt.codeVerifier,
      created_at: attempt.now,
      expires_at: attempt.expiresAt,
    })
    .execute();
}

/**
 * Uses up a sign-in attempt at a provider if it still may be used, and returns it: one
 * conditional update, so an answer from the provider is accepted once. Attempts older than a
 * day are deleted on the way, so the table holds only recent ones.
 */
export async function claimSsoAttempt(
  db: Db,
  attempt: { id: string; providerId: string; now: string; staleBefore: string },
): Promise<SsoAttemptRow | undefined> {
  await db.deleteFrom('sso_attempts').where('created_at', '<', attempt.staleBefore).execute();
  return db
    .updateTable('sso_attempts')
    .set({ used_at: attempt.now })
    .where('id', '=', attempt.id)
    .where('provider_id', '=', attempt.providerId)
    .where('used_at', 'is', null)
    .where('expires_at', '>', attempt.now)
    .returningAll()
    .executeTakeFirst();
}

/** Whether an account is linked to some subject of an issuer already. */
export async function isLinkedAtIssuer(
  db: Db,
  link: { issuer: string; accountId: string },
): Promise<boolean> {
  const row = await db
    .selectFrom('sso_identities')
    .select('subject')
    .where('issuer', '=', link.issuer)
    .where('account_id', '=', link.accountId)
    .executeTakeFirst();
  return row !== undefined;
}
