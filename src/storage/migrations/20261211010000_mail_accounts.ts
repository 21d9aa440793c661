import { sql, type Kysely } from 'kysely';
import type { ReboundMigration } from './column-kinds';
import { enableWorkspaceRowSecurity } from './20261210020000_row_level_security';

// Migrations must not depend on the current Database type, which moves on after they are written.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * A team workspace's own mail accounts: at most one SMTP account (`kind = 'smtp'`) and one IMAP
 * account (`'imap'`) per workspace. Everything but the password is plain JSON; the password is
 * sealed with AES-256-GCM under the key named by `password_key_id` (decision 0031). An IMAP
 * account's `next_sync_at` is when the queue next syncs it. Local mode keeps its files.
 */
export const mailAccounts: ReboundMigration = {
  name: '20261211010000_mail_accounts',
  async up(db: AnyDb, t) {
    await db.schema
      .createTable('mail_accounts')
      .addColumn('workspace_id', 'text', (c) =>
        c.notNull().references('workspaces.id').onDelete('cascade'),
      )
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('settings', t.json, (c) => c.notNull())
      .addColumn('password_sealed', 'text')
      .addColumn('password_key_id', 'text')
      .addColumn('next_sync_at', t.instant)
      .addColumn('updated_at', t.instant, (c) => c.notNull())
      .addPrimaryKeyConstraint('mail_accounts_pk', ['workspace_id', 'kind'])
      .addCheckConstraint('mail_accounts_kind', sql`kind in ('smtp', 'imap')`)
      .execute();
    await db.schema
      .createIndex('mail_accounts_next_sync')
      .on('mail_accounts')
      .columns(['next_sync_at'])
      .execute();
    if (t.dialect === 'postgres') await enableWorkspaceRowSecurity(db, 'mail_accounts');
  },
};
