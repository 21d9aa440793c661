import type { ReboundMigration } from './column-kinds';

/**
 * A message can be set to go later through the mail account ("Send tomorrow at 9:00"): when, and
 * with which options, is kept with the message, so the send survives a restart. A scheduled send
 * that failed keeps its error until the message goes or is scheduled again.
 */
export const scheduledSends: ReboundMigration = {
  name: '20261207030000_scheduled_sends',
  async up(db, t) {
    // SQLite adds one column per ALTER TABLE statement.
    await db.schema.alterTable('messages').addColumn('scheduled_for', t.instant).execute();
    await db.schema.alterTable('messages').addColumn('scheduled_task_id', 'text').execute();
    await db.schema
      .alterTable('messages')
      .addColumn('scheduled_new_thread', t.bool, (c) => c.notNull().defaultTo(t.boolValue(false)))
      .execute();
    await db.schema.alterTable('messages').addColumn('send_error', 'text').execute();
    await db.schema.alterTable('messages').addColumn('send_failed_at', t.instant).execute();
    // The runner looks for due sends across the database every half minute.
    await db.schema
      .createIndex('messages_scheduled_idx')
      .on('messages')
      .columns(['scheduled_for'])
      .execute();
  },
};
