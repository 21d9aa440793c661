import type { Kysely } from 'kysely';
import type { ColumnKinds, ReboundMigration } from './column-kinds';

// Migrations must not depend on the current Database type, which moves on after they are written.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * Letters the user will not send. No foreign key to the application: deleting an application
 * keeps the letter (unlinked), which the use case does, since a private page is not the
 * application's to throw away.
 */
async function createLetters(db: AnyDb, t: ColumnKinds) {
  await db.schema
    .createTable('letters')
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('application_id', 'text')
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('visibility', 'text', (c) => c.notNull().defaultTo('private'))
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('letters_pk', ['workspace_id', 'id'])
    .execute();
  await db.schema
    .createIndex('letters_application_idx')
    .on('letters')
    .columns(['workspace_id', 'application_id', 'created_at'])
    .execute();
}

/** What went right, per application or on its own. */
async function createWins(db: AnyDb, t: ColumnKinds) {
  await db.schema
    .createTable('wins')
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('application_id', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('happened_on', t.day, (c) => c.notNull())
    .addColumn('card_id', 'text')
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('wins_pk', ['workspace_id', 'id'])
    .execute();
  await db.schema
    .createIndex('wins_day_idx')
    .on('wins')
    .columns(['workspace_id', 'happened_on', 'id'])
    .execute();
}

/**
 * The private letter and the wins of issue 17. Pacing needs no table: its rhythm lives in the
 * workspace settings, and its progress is counted from what is already stored.
 */
export const lettersAndWins: ReboundMigration = {
  name: '20261208040000_letters_and_wins',
  async up(db, t) {
    await createLetters(db, t);
    await createWins(db, t);
  },
};
