import { sql } from 'kysely';
import type { ReboundMigration } from './column-kinds';

/**
 * Rejection recovery: per-contact keep-in-touch cadences, the senior-role flag that sets the
 * re-apply wait, and the calendar-feed token each workspace can be found by.
 */
export const recovery: ReboundMigration = {
  name: '20261127090000_recovery',
  async up(db, t) {
    // SQLite adds one column per statement.
    await db.schema.alterTable('contacts').addColumn('keep_in_touch_days', 'integer').execute();
    await db.schema
      .alterTable('contacts')
      .addColumn('keep_in_touch_snoozed_until', t.instant)
      .execute();
    await db.schema
      .alterTable('contacts')
      .addColumn('unanswered_touches', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    // Keep-in-touch due dates are worked out per cadence group (a relationship's default, or one
    // contact's own number of days) as a range scan on the last interaction.
    await db.schema
      .createIndex('contacts_keep_in_touch_idx')
      .on('contacts')
      .columns(['workspace_id', 'keep_in_touch_days', 'relationship', 'last_interaction_at', 'id'])
      .execute();
    await db.schema
      .createIndex('contacts_own_cadence_idx')
      .on('contacts')
      .columns(['workspace_id', 'keep_in_touch_days', 'last_interaction_at', 'id'])
      .where(sql.ref('keep_in_touch_days'), 'is not', null)
      .execute();
    // The agenda reads open steps in due order with the id as tie-breaker; with the id in the
    // index that is one range scan that stops at the limit, with no sort.
    await db.schema.dropIndex('tasks_due_idx').execute();
    await db.schema
      .createIndex('tasks_due_idx')
      .on('tasks')
      .columns(['workspace_id', 'status', 'due_at', 'id'])
      .execute();

    await db.schema.alterTable('rejections').addColumn('senior_role', t.bool).execute();

    await db.schema.alterTable('workspaces').addColumn('calendar_feed_id', 'text').execute();
    await db.schema.alterTable('workspaces').addColumn('calendar_feed_secret', 'text').execute();
    await db.schema
      .createIndex('workspaces_calendar_feed_idx')
      .on('workspaces')
      .column('calendar_feed_id')
      .unique()
      .execute();
  },
};
