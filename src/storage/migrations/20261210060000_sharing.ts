import type { Kysely } from 'kysely';
import type { ReboundMigration } from './column-kinds';
import { enableWorkspaceRowSecurity } from './20261210020000_row_level_security';

// Migrations must not depend on the current Database type, which moves on after they are written.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * What a seeker shares with their coach: one row of settings per workspace (a kind shared as a
 * whole), and the reflections and drafts shared one by one while their kind stays private. The
 * items point at what they share, so deleting a draft or withdrawing a rejection unshares it.
 */
export const sharing: ReboundMigration = {
  name: '20261210060000_sharing',
  async up(db: AnyDb, t) {
    await db.schema
      .createTable('sharing_settings')
      .addColumn('workspace_id', 'text', (c) => c.primaryKey().references('workspaces.id'))
      .addColumn('reflections', t.bool, (c) => c.notNull().defaultTo(t.boolValue(false)))
      .addColumn('drafts', t.bool, (c) => c.notNull().defaultTo(t.boolValue(false)))
      .addColumn('feelings', t.bool, (c) => c.notNull().defaultTo(t.boolValue(false)))
      .addColumn('updated_at', t.instant, (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('shared_reflections')
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('rejection_id', 'text', (c) => c.notNull())
      .addColumn('shared_at', t.instant, (c) => c.notNull())
      .addPrimaryKeyConstraint('shared_reflections_pk', ['workspace_id', 'rejection_id'])
      .addForeignKeyConstraint(
        'shared_reflections_rejection_fk',
        ['workspace_id', 'rejection_id'],
        'rejections',
        ['workspace_id', 'id'],
        (c) => c.onDelete('cascade'),
      )
      .execute();
    await db.schema
      .createTable('shared_drafts')
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('message_id', 'text', (c) => c.notNull())
      .addColumn('shared_at', t.instant, (c) => c.notNull())
      .addPrimaryKeyConstraint('shared_drafts_pk', ['workspace_id', 'message_id'])
      .addForeignKeyConstraint(
        'shared_drafts_message_fk',
        ['workspace_id', 'message_id'],
        'messages',
        ['workspace_id', 'id'],
        (c) => c.onDelete('cascade'),
      )
      .execute();
    if (t.dialect === 'postgres') {
      for (const table of ['sharing_settings', 'shared_reflections', 'shared_drafts']) {
        await enableWorkspaceRowSecurity(db, table);
      }
    }
  },
};
