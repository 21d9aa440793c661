import type { Kysely } from 'kysely';
import type { ColumnKinds, ReboundMigration } from './column-kinds';

/**
 * Marks the applications and contacts of the invented sample search, so it can be told apart
 * from the user's own and removed in one go (docs/decisions/0017-sample-data.md). Everything
 * else the sample holds hangs off these two. Workspaces loaded before this migration carry no
 * mark: nothing in them is taken for sample.
 */
export const sampleMarks: ReboundMigration = {
  name: '20261207040000_sample_marks',
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async up(db: Kysely<any>, t: ColumnKinds) {
    for (const table of ['applications', 'contacts']) {
      await db.schema
        .alterTable(table)
        .addColumn('sample', t.bool, (c) => c.notNull().defaultTo(t.boolValue(false)))
        .execute();
    }
  },
};
