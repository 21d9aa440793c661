import type { Db } from '../database';

export async function insertEmailVerification(
  db: Db,
  verification: { id: string; accountId: string; email: string; now: string; expiresAt: string },
): Promise<void> {
  await db
    .insertInto('email_verifications')
    .values({
      id: verification.id,
      account_id: verification.accountId,
      email: verification.email,
      created_at: verification.now,
      expires_at: verification.expiresAt,
    })
    .execute();
}

/**
 * Uses up a verification link if it still may be used, returning whose it was and the address
 * it proves: one conditional update, so a link works once.
 */
export async function claimEmailVerification(
  db: Db,
  id: string,
  now: string,
): Promise<{ accountId: string; email: string } | undefined> {
  const row = await db
    .updateTable('email_verifications')
    .set({ used_at: now })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .returning(['account_id', 'email'])
    .executeTakeFirst();
  return row && { accountId: row.account_id, email: row.email };
}
