import type { ReboundMigration } from './column-kinds';

/**
 * Each account's say over its daily digest: the local hour it comes at (null: the seeker's
 * reminder time, or 09:00 for a coach) and when it was turned off (null: on). No row means the
 * defaults. Keyed by account like `digest_sends`, so an organisation table.
 *
 * Each digest sent also stores the SHA-256 of its own one-click unsubscribe secret, so the link
 * in that email turns digests off for its account and does nothing else.
 */
export const digestPreferences: ReboundMigration = {
  name: '20261211050000_digest_preferences',
  async up(db, t) {
    await db.schema
      .createTable('digest_preferences')
      .addColumn('account_id', 'text', (c) => c.primaryKey().references('accounts.id'))
      .addColumn('hour', 'integer')
      .addColumn('stopped_at', t.instant)
      .addColumn('updated_at', t.instant, (c) => c.notNull())
      .execute();
    await db.schema.alterTable('digest_sends').addColumn('unsubscribe_digest', 'text').execute();
    await db.schema
      .createIndex('digest_sends_unsubscribe_digest')
      .unique()
      .on('digest_sends')
      .column('unsubscribe_digest')
      .execute();
  },
};
