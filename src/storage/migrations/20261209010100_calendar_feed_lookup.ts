import type { ReboundMigration } from './column-kinds';

/**
 * The calendar feed's id is found with an ordinary index instead of a unique one. A unique index
 * must include the column a distributed PostgreSQL spreads a table by (the workspace's `id`),
 * which the feed's address cannot carry; the id is random, so two feeds never share one.
 */
export const calendarFeedLookup: ReboundMigration = {
  name: '20261209010100_calendar_feed_lookup',
  async up(db) {
    await db.schema.dropIndex('workspaces_calendar_feed_idx').execute();
    await db.schema
      .createIndex('workspaces_calendar_feed_idx')
      .on('workspaces')
      .column('calendar_feed_id')
      .execute();
  },
};
