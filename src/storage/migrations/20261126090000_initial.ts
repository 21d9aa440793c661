import { sql } from 'kysely';
import type { ReboundMigration } from './column-kinds';

/** The whole first schema. Every primary key starts with workspace_id (see docs/decisions). */
export const initial: ReboundMigration = {
  name: '20261126090000_initial',
  async up(db, t) {
    await db.schema
      .createTable('workspaces')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('settings', t.json, (c) => c.notNull())
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .addColumn('updated_at', t.instant, (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('applications')
      .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('company', 'text', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('link', 'text')
      .addColumn('source', 'text')
      .addColumn('location', 'text')
      .addColumn('salary_min', 'integer')
      .addColumn('salary_max', 'integer')
      .addColumn('salary_currency', 'text')
      .addColumn('posting_text', 'text')
      .addColumn('notes', 'text')
      .addColumn('stage', 'text', (c) => c.notNull())
      .addColumn('stage_changed_at', t.instant, (c) => c.notNull())
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .addColumn('updated_at', t.instant, (c) => c.notNull())
      .addPrimaryKeyConstraint('applications_pk', ['workspace_id', 'id'])
      .execute();
    await db.schema
      .createIndex('applications_stage_idx')
      .on('applications')
      .columns(['workspace_id', 'stage', 'updated_at'])
      .execute();
    await db.schema
      .createIndex('applications_updated_idx')
      .on('applications')
      .columns(['workspace_id', 'updated_at'])
      .execute();

    await db.schema
      .createTable('stage_events')
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('application_id', 'text', (c) => c.notNull())
      .addColumn('stage', 'text', (c) => c.notNull())
      .addColumn('at', t.instant, (c) => c.notNull())
      .addColumn('note', 'text')
      .addPrimaryKeyConstraint('stage_events_pk', ['workspace_id', 'id'])
      .addForeignKeyConstraint(
        'stage_events_application_fk',
        ['workspace_id', 'application_id'],
        'applications',
        ['workspace_id', 'id'],
        (c) => c.onDelete('cascade'),
      )
      .execute();
    await db.schema
      .createIndex('stage_events_application_idx')
      .on('stage_events')
      .columns(['workspace_id', 'application_id', 'at'])
      .execute();

    await db.schema
      .createTable('contacts')
      .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('title', 'text')
      .addColumn('company', 'text')
      .addColumn('email', 'text')
      .addColumn('linkedin_url', 'text')
      .addColumn('phone', 'text')
      .addColumn('how_met', 'text')
      .addColumn('relationship', 'text', (c) => c.notNull())
      .addColumn('tags', t.json, (c) => c.notNull())
      .addColumn('notes', 'text')
      .addColumn('last_interaction_at', t.instant)
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .addColumn('updated_at', t.instant, (c) => c.notNull())
      .addPrimaryKeyConstraint('contacts_pk', ['workspace_id', 'id'])
      .execute();
    // Contacts are listed most recently touched first, never-touched last. PostgreSQL needs the
    // NULLS LAST spelled out; SQLite already sorts NULL lowest, so DESC puts it last.
    await sql`create index contacts_last_interaction_idx on contacts (workspace_id, last_interaction_at desc${sql.raw(
      t.dialect === 'postgres' ? ' nulls last' : '',
    )})`.execute(db);
    await db.schema
      .createIndex('contacts_name_idx')
      .on('contacts')
      .columns(['workspace_id', 'name'])
      .execute();

    await db.schema
      .createTable('application_contacts')
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('application_id', 'text', (c) => c.notNull())
      .addColumn('contact_id', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('application_contacts_pk', [
        'workspace_id',
        'application_id',
        'contact_id',
      ])
      .addForeignKeyConstraint(
        'application_contacts_application_fk',
        ['workspace_id', 'application_id'],
        'applications',
        ['workspace_id', 'id'],
        (c) => c.onDelete('cascade'),
      )
      .addForeignKeyConstraint(
        'application_contacts_contact_fk',
        ['workspace_id', 'contact_id'],
        'contacts',
        ['workspace_id', 'id'],
        (c) => c.onDelete('cascade'),
      )
      .execute();
    await db.schema
      .createIndex('application_contacts_contact_idx')
      .on('application_contacts')
      .columns(['workspace_id', 'contact_id'])
      .execute();

    await db.schema
      .createTable('interviews')
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('application_id', 'text', (c) => c.notNull())
      .addColumn('scheduled_at', t.instant, (c) => c.notNull())
      .addColumn('round', 'integer', (c) => c.notNull())
      .addColumn('format', 'text', (c) => c.notNull())
      .addColumn('duration_minutes', 'integer')
      .addColumn('topics', t.json, (c) => c.notNull())
      .addColumn('questions', t.json, (c) => c.notNull())
      .addColumn('notes', 'text')
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .addColumn('updated_at', t.instant, (c) => c.notNull())
      .addPrimaryKeyConstraint('interviews_pk', ['workspace_id', 'id'])
      .addForeignKeyConstraint(
        'interviews_application_fk',
        ['workspace_id', 'application_id'],
        'applications',
        ['workspace_id', 'id'],
        (c) => c.onDelete('cascade'),
      )
      .execute();
    await db.schema
      .createIndex('interviews_application_idx')
      .on('interviews')
      .columns(['workspace_id', 'application_id', 'scheduled_at'])
      .execute();

    await db.schema
      .createTable('interview_contacts')
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('interview_id', 'text', (c) => c.notNull())
      .addColumn('contact_id', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('interview_contacts_pk', [
        'workspace_id',
        'interview_id',
        'contact_id',
      ])
      .addForeignKeyConstraint(
        'interview_contacts_interview_fk',
        ['workspace_id', 'interview_id'],
        'interviews',
        ['workspace_id', 'id'],
        (c) => c.onDelete('cascade'),
      )
      .addForeignKeyConstraint(
        'interview_contacts_contact_fk',
        ['workspace_id', 'contact_id'],
        'contacts',
        ['workspace_id', 'id'],
        (c) => c.onDelete('cascade'),
      )
      .execute();
    await db.schema
      .createIndex('interview_contacts_contact_idx')
      .on('interview_contacts')
      .columns(['workspace_id', 'contact_id'])
      .execute();

    await db.schema
      .createTable('messages')
      .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('application_id', 'text')
      .addColumn('contact_id', 'text')
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('channel', 'text', (c) => c.notNull())
      .addColumn('recipient', 'text')
      .addColumn('subject', 'text')
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('sent_at', t.instant)
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .addColumn('updated_at', t.instant, (c) => c.notNull())
      .addPrimaryKeyConstraint('messages_pk', ['workspace_id', 'id'])
      .addForeignKeyConstraint(
        'messages_application_fk',
        ['workspace_id', 'application_id'],
        'applications',
        ['workspace_id', 'id'],
      )
      .addForeignKeyConstraint('messages_contact_fk', ['workspace_id', 'contact_id'], 'contacts', [
        'workspace_id',
        'id',
      ])
      .execute();
    await db.schema
      .createIndex('messages_application_idx')
      .on('messages')
      .columns(['workspace_id', 'application_id'])
      .execute();
    await db.schema
      .createIndex('messages_contact_idx')
      .on('messages')
      .columns(['workspace_id', 'contact_id'])
      .execute();

    await db.schema
      .createTable('interactions')
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('contact_id', 'text', (c) => c.notNull())
      .addColumn('application_id', 'text')
      .addColumn('occurred_at', t.instant, (c) => c.notNull())
      .addColumn('channel', 'text', (c) => c.notNull())
      .addColumn('direction', 'text', (c) => c.notNull())
      .addColumn('summary', 'text')
      .addColumn('message_id', 'text')
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .addPrimaryKeyConstraint('interactions_pk', ['workspace_id', 'id'])
      .addForeignKeyConstraint(
        'interactions_contact_fk',
        ['workspace_id', 'contact_id'],
        'contacts',
        ['workspace_id', 'id'],
        (c) => c.onDelete('cascade'),
      )
      .addForeignKeyConstraint(
        'interactions_application_fk',
        ['workspace_id', 'application_id'],
        'applications',
        ['workspace_id', 'id'],
      )
      .addForeignKeyConstraint(
        'interactions_message_fk',
        ['workspace_id', 'message_id'],
        'messages',
        ['workspace_id', 'id'],
      )
      .execute();
    await db.schema
      .createIndex('interactions_contact_idx')
      .on('interactions')
      .columns(['workspace_id', 'contact_id', 'occurred_at'])
      .execute();
    await db.schema
      .createIndex('interactions_application_idx')
      .on('interactions')
      .columns(['workspace_id', 'application_id', 'occurred_at'])
      .execute();
    await db.schema
      .createIndex('interactions_message_idx')
      .on('interactions')
      .columns(['workspace_id', 'message_id'])
      .execute();

    await db.schema
      .createTable('rejections')
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('application_id', 'text', (c) => c.notNull())
      .addColumn('rejected_on', t.day, (c) => c.notNull())
      .addColumn('stage_reached', 'text', (c) => c.notNull())
      .addColumn('channel', 'text', (c) => c.notNull())
      .addColumn('reason', 'text')
      .addColumn('human_contact', t.bool, (c) => c.notNull())
      .addColumn('contact_id', 'text')
      .addColumn('reflection', t.json)
      .addColumn('feedback', 'text')
      .addColumn('feedback_received_on', t.day)
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .addColumn('updated_at', t.instant, (c) => c.notNull())
      .addPrimaryKeyConstraint('rejections_pk', ['workspace_id', 'id'])
      .addUniqueConstraint('rejections_application_unique', ['workspace_id', 'application_id'])
      .addForeignKeyConstraint(
        'rejections_application_fk',
        ['workspace_id', 'application_id'],
        'applications',
        ['workspace_id', 'id'],
        (c) => c.onDelete('cascade'),
      )
      .addForeignKeyConstraint(
        'rejections_contact_fk',
        ['workspace_id', 'contact_id'],
        'contacts',
        ['workspace_id', 'id'],
      )
      .execute();

    await db.schema
      .createTable('tasks')
      .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('application_id', 'text')
      .addColumn('contact_id', 'text')
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('due_at', t.instant, (c) => c.notNull())
      .addColumn('snoozed_until', t.instant)
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('done_at', t.instant)
      .addColumn('message_id', 'text')
      .addColumn('interaction_id', 'text')
      .addColumn('created_at', t.instant, (c) => c.notNull())
      .addColumn('updated_at', t.instant, (c) => c.notNull())
      .addPrimaryKeyConstraint('tasks_pk', ['workspace_id', 'id'])
      .addForeignKeyConstraint(
        'tasks_application_fk',
        ['workspace_id', 'application_id'],
        'applications',
        ['workspace_id', 'id'],
        (c) => c.onDelete('cascade'),
      )
      .addForeignKeyConstraint(
        'tasks_contact_fk',
        ['workspace_id', 'contact_id'],
        'contacts',
        ['workspace_id', 'id'],
        (c) => c.onDelete('cascade'),
      )
      .addForeignKeyConstraint('tasks_message_fk', ['workspace_id', 'message_id'], 'messages', [
        'workspace_id',
        'id',
      ])
      .addForeignKeyConstraint(
        'tasks_interaction_fk',
        ['workspace_id', 'interaction_id'],
        'interactions',
        ['workspace_id', 'id'],
      )
      .execute();
    await db.schema
      .createIndex('tasks_due_idx')
      .on('tasks')
      .columns(['workspace_id', 'status', 'due_at'])
      .execute();
    await db.schema
      .createIndex('tasks_application_idx')
      .on('tasks')
      .columns(['workspace_id', 'application_id'])
      .execute();
    await db.schema
      .createIndex('tasks_contact_idx')
      .on('tasks')
      .columns(['workspace_id', 'contact_id'])
      .execute();
  },
};
