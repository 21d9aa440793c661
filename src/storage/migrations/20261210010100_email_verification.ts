import type { ReboundMigration } from './column-kinds';

/**
 * Whether an account's address is proven (`email_verified_at`), whether an invitation reached
 * its address by email (`emailed_at`: joining through it proves the address), and the one-use
 * links that prove one, stored as the SHA-256 of their secret with the address they prove.
 */
export const emailVerification: ReboundMigration = {
  name: '20261210010100_email_verification',
  async up(db, t) {
    await db.schema.alterTable('accounts').addColumn('email_verified_at', t.instant).execute();
    await db.schema.alterTable('invitations').addColumn('emailed_at', t.instant).execute();
    await db.schema
      .createTable('email_verifications')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
      .addColumn('email', 'text', (c) => c.notNull())
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .addColumn('expires_at', t.instant, (c) => c.notNull())
      .addColumn('used_at', t.instant)
      .execute();
  },
};
