import type { ReboundMigration } from './column-kinds';

/**
 * The inbox: every message Rebound read (headers, what it means, the lines that said so, and
 * the change it proposed or made), where IMAP sync stopped in each folder, and its settings.
 */
export const inbox: ReboundMigration = {
  name: '20261208030000_inbox',
  async up(db, t) {
    await db.schema
      .createTable('inbox_messages')
      .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('message_key', 'text', (c) => c.notNull())
      .addColumn('message_id', 'text')
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('from_name', 'text')
      .addColumn('from_address', 'text')
      .addColumn('subject', 'text', (c) => c.notNull())
      .addColumn('sent_at', t.instant)
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('company', 'text')
      .addColumn('role', 'text')
      .addColumn('automated', t.bool, (c) => c.notNull())
      .addColumn('confidence', t.float, (c) => c.notNull())
      .addColumn('evidence', t.json, (c) => c.notNull())
      .addColumn('body', 'text')
      .addColumn('proposal', t.json, (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('change', t.json)
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .addColumn('decided_at', t.instant)
      .addPrimaryKeyConstraint('inbox_messages_pk', ['workspace_id', 'id'])
      .addUniqueConstraint('inbox_messages_key_unique', ['workspace_id', 'message_key'])
      .execute();
    await db.schema
      .createIndex('inbox_messages_status_idx')
      .on('inbox_messages')
      .columns(['workspace_id', 'status', 'sent_at'])
      .execute();
    await db.schema
      .createTable('inbox_sync_state')
      .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
      .addColumn('account', 'text', (c) => c.notNull())
      .addColumn('folder', 'text', (c) => c.notNull())
      // 32-bit unsigned numbers: past PostgreSQL's integer, so kept as text.
      .addColumn('uid_validity', 'text', (c) => c.notNull())
      .addColumn('last_uid', 'text', (c) => c.notNull())
      .addColumn('synced_at', t.instant, (c) => c.notNull())
      .addPrimaryKeyConstraint('inbox_sync_state_pk', ['workspace_id', 'account', 'folder'])
      .execute();
  },
};
