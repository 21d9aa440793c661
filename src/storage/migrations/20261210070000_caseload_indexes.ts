import type { ReboundMigration } from './column-kinds';

/**
 * A coach's caseload reads three figures for up to hundreds of workspaces at once. Without these
 * it scanned every rejection in the organisation for the week's count, and every step and message
 * of each seeker for the latest change; with them each figure is a short index range per seeker
 * (the latest change a single backward step). Measured by `npm run bench -- team`.
 */
export const caseloadIndexes: ReboundMigration = {
  name: '20261210070000_caseload_indexes',
  async up(db) {
    await db.schema
      .createIndex('rejections_rejected_on_idx')
      .on('rejections')
      .columns(['workspace_id', 'rejected_on'])
      .execute();
    await db.schema
      .createIndex('tasks_updated_idx')
      .on('tasks')
      .columns(['workspace_id', 'updated_at'])
      .execute();
    await db.schema
      .createIndex('messages_updated_idx')
      .on('messages')
      .columns(['workspace_id', 'updated_at'])
      .execute();
  },
};
