import type { ReboundMigration } from './column-kinds';

/**
 * One row per daily digest that went out: the key that makes a digest go once per account and
 * day however many servers run the queue and however often a job is retried. It belongs to the
 * organisation (keyed by account, like sessions), so it is a reference table when distributed.
 */
export const digestSends: ReboundMigration = {
  name: '20261210030000_digest_sends',
  async up(db, t) {
    await db.schema
      .createTable('digest_sends')
      .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
      .addColumn('day', t.day, (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      // Null when there was nothing to tell that morning: the day is settled all the same.
      .addColumn('email_message_id', 'text')
      .addColumn('sent_at', t.instant, (c) => c.notNull())
      .addPrimaryKeyConstraint('digest_sends_pk', ['account_id', 'day'])
      .execute();
  },
};
