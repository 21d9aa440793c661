import type { Kysely } from 'kysely';
import type { ColumnKinds, ReboundMigration } from './column-kinds';

// Migrations must not depend on the current Database type, which moves on after they are written.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * The organisation's people, their sessions and invitations. A seeker owns one workspace; coaches
 * and admins own none. These are organisation tables, not workspace tables: a distributed
 * PostgreSQL keeps them as reference tables (see `ORGANISATION_TABLES`).
 */
async function createAccounts(db: AnyDb, t: ColumnKinds) {
  await db.schema
    .createTable('accounts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    // No foreign key: a distributed PostgreSQL keeps accounts on every node, and such a table
    // may not point into one spread by workspace (docs/scaling.md).
    .addColumn('workspace_id', 'text')
    .addColumn('password_hash', 'text')
    .addColumn('removed_at', t.instant)
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('last_seen_at', t.instant, (c) => c.notNull())
    .addColumn('expires_at', t.instant, (c) => c.notNull())
    .addColumn('revoked_at', t.instant)
    .execute();
  await db.schema
    .createIndex('sessions_account_idx')
    .on('sessions')
    .columns(['account_id', 'created_at'])
    .execute();
  // Invitations: one-use tokens, stored hashed, that let someone choose a password.
  await db.schema
    .createTable('invitations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('coach_id', 'text', (c) => c.references('accounts.id'))
    .addColumn('created_by', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('expires_at', t.instant, (c) => c.notNull())
    .addColumn('used_at', t.instant)
    .execute();
}

/** Password resets asked for by email: one-use tokens, stored hashed, valid for an hour. */
async function createPasswordResets(db: AnyDb, t: ColumnKinds) {
  await db.schema
    .createTable('password_resets')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('expires_at', t.instant, (c) => c.notNull())
    .addColumn('used_at', t.instant)
    .execute();
}

/** Attempts counted per key (an address, a network address), so limits hold across servers. */
async function createRateLimits(db: AnyDb, t: ColumnKinds) {
  await db.schema
    .createTable('rate_limits')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('window_start', t.instant, (c) => c.notNull())
    .addColumn('hits', 'integer', (c) => c.notNull())
    .execute();
}

/**
 * Which coach looks after which seeker: kept with the seeker's workspace (keyed and, later,
 * distributed by it), pointing at the coach's account.
 */
async function createCaseloads(db: AnyDb, t: ColumnKinds) {
  await db.schema
    .createTable('coach_assignments')
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('coach_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('coach_assignments_pk', ['workspace_id', 'coach_id'])
    .execute();
  await db.schema
    .createIndex('coach_assignments_coach_idx')
    .on('coach_assignments')
    .column('coach_id')
    .execute();
}

/** Every read a coach made of a seeker's workspace, for the seeker to see: a workspace table. */
async function createAccessLog(db: AnyDb, t: ColumnKinds) {
  await db.schema
    .createTable('access_log')
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('account_id', 'text', (c) => c.notNull())
    .addColumn('account_name', 'text', (c) => c.notNull())
    .addColumn('operation', 'text', (c) => c.notNull())
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('at', t.instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('access_log_pk', ['workspace_id', 'id'])
    .execute();
  await db.schema
    .createIndex('access_log_at_idx')
    .on('access_log')
    .columns(['workspace_id', 'at'])
    .execute();
}

/** A coach's notes and suggestions, which the seeker reads: a workspace table. */
async function createCoachNotes(db: AnyDb, t: ColumnKinds) {
  await db.schema
    .createTable('coach_notes')
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('author_name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('application_id', 'text')
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('coach_notes_pk', ['workspace_id', 'id'])
    .execute();
}

/**
 * Drafts a coach wrote for a seeker to review: the message is the seeker's own draft, this
 * only says who wrote it, and goes when the draft is deleted.
 */
async function createCoachDrafts(db: AnyDb, t: ColumnKinds) {
  await db.schema
    .createTable('coach_drafts')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('message_id', 'text', (c) => c.notNull())
    .addColumn('coach_id', 'text', (c) => c.notNull().references('accounts.id'))
    .addColumn('coach_name', 'text', (c) => c.notNull())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('coach_drafts_pk', ['workspace_id', 'message_id'])
    .addForeignKeyConstraint(
      'coach_drafts_message_fk',
      ['workspace_id', 'message_id'],
      'messages',
      ['workspace_id', 'id'],
      (c) => c.onDelete('cascade'),
    )
    .execute();
}

export const team: ReboundMigration = {
  name: '20261209010000_team',
  async up(db, kinds) {
    await createAccounts(db, kinds);
    await createPasswordResets(db, kinds);
    await createRateLimits(db, kinds);
    await createCaseloads(db, kinds);
    await createAccessLog(db, kinds);
    await createCoachNotes(db, kinds);
    await createCoachDrafts(db, kinds);
  },
};
