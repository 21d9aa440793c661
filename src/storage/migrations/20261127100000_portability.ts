import { sql } from 'kysely';
import type { ReboundMigration } from './column-kinds';

/**
 * Contacts keep more than one address, number and web site (vCards carry several), and an email
 * sent from Rebound keeps its Message-ID and thread so a later one can answer it.
 */
export const portability: ReboundMigration = {
  name: '20261127100000_portability',
  async up(db, t) {
    const emptyList = sql.lit('[]');
    // SQLite adds one column per ALTER TABLE statement.
    for (const column of ['other_emails', 'other_phones', 'websites']) {
      await db.schema
        .alterTable('contacts')
        .addColumn(column, t.json, (c) => c.notNull().defaultTo(emptyList))
        .execute();
    }
    await db.schema.alterTable('messages').addColumn('email_message_id', 'text').execute();
    await db.schema.alterTable('messages').addColumn('in_reply_to', 'text').execute();
    await db.schema
      .alterTable('messages')
      .addColumn('email_references', t.json, (c) => c.notNull().defaultTo(emptyList))
      .execute();
    // Set while a send is under way, so a second click cannot send the same draft twice.
    await db.schema.alterTable('messages').addColumn('send_started_at', t.instant).execute();
  },
};
