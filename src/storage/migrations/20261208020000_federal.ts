import type { Kysely } from 'kysely';
import type { ColumnKinds, ReboundMigration } from './column-kinds';

// Migrations must not depend on the current Database type, which moves on after they are written.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/** An application's federal side: one row per federal application. */
async function createFederalApplications(db: AnyDb, t: ColumnKinds) {
  await db.schema
    .createTable('federal_applications')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('application_id', 'text', (c) => c.notNull())
    .addColumn('agency', 'text')
    .addColumn('department', 'text')
    .addColumn('announcement_number', 'text')
    .addColumn('control_number', 'text')
    .addColumn('position_title', 'text', (c) => c.notNull())
    .addColumn('pay_plan', 'text')
    .addColumn('series', 'text')
    .addColumn('grade', 'text')
    .addColumn('open_date', t.day)
    .addColumn('close_date', t.day)
    .addColumn('who_may_apply', 'text')
    .addColumn('status', 'text')
    .addColumn('announcement', t.json)
    .addColumn('attached_documents', t.json, (c) => c.notNull())
    .addColumn('essays', t.json, (c) => c.notNull())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('federal_applications_pk', ['workspace_id', 'application_id'])
    .addForeignKeyConstraint(
      'federal_applications_application_fk',
      ['workspace_id', 'application_id'],
      'applications',
      ['workspace_id', 'id'],
      (c) => c.onDelete('cascade'),
    )
    .execute();
  // Similar announcements to watch are found by series and grade.
  await db.schema
    .createIndex('federal_applications_series_idx')
    .on('federal_applications')
    .columns(['workspace_id', 'series', 'grade'])
    .execute();
}

/** The user's experience for the résumé builder: kept once per workspace, reused for every announcement. */
async function createFederalProfiles(db: AnyDb, t: ColumnKinds) {
  await db.schema
    .createTable('federal_profiles')
    .addColumn('workspace_id', 'text', (c) => c.notNull().primaryKey().references('workspaces.id'))
    .addColumn('profile', t.json, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .execute();
}

/** Federal applications and the résumé builder's profile. */
export const federal: ReboundMigration = {
  name: '20261208020000_federal',
  async up(db, t) {
    await createFederalApplications(db, t);
    await createFederalProfiles(db, t);
  },
};
