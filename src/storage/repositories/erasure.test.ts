import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDialect, type TestDatabase } from '../../../test/databases';
import { fillWorkspace } from '../../../test/full-workspace';
import { insertAccount, insertAssignment } from './accounts';
import { saveDigestPreferences } from './digest-preferences';
import { eraseAccount, eraseWorkspace, ERASE_ORDER } from './erasure';

const coach = {
  id: 'acc_erase_coach',
  name: 'Cy Coach',
  email: 'cy.erase@example.org',
  role: 'coach' as const,
  emailVerified: true,
};

/** The tables with a `workspace_id` column, read from the schema itself. */
async function workspaceTables(database: TestDatabase): Promise<string[]> {
  const db = database.handle.db;
  const { rows } =
    database.dialect === 'postgres'
      ? await sql<{ name: string }>`
          select table_name as name from information_schema.columns
          where table_schema = current_schema() and column_name = 'workspace_id'`.execute(db)
      : await sql<{ name: string }>`
          select m.name as name from sqlite_master m
          where m.type = 'table' and m.name not like 'sqlite_%' and m.name not like '%!_fts%' escape '!'
            and exists (select 1 from pragma_table_info(m.name) p where p.name = 'workspace_id')`.execute(
          db,
        );
  return rows.map((row) => row.name).filter((name) => name !== 'accounts');
}

async function rowsOf(database: TestDatabase, workspaceId: string): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const table of [...ERASE_ORDER, 'workspaces']) {
    const column = table === 'workspaces' ? 'id' : 'workspace_id';
    const { rows } = await sql<{ n: number | string }>`
      select count(*) as n from ${sql.table(table)} where ${sql.ref(column)} = ${workspaceId}`.execute(
      database.handle.db,
    );
    counts.set(table, Number(rows[0]?.n));
  }
  return counts;
}

describeEachDialect('erasing a workspace', (db) => {
  it('knows every table that holds a workspace’s rows', async () => {
    expect([...ERASE_ORDER].sort()).toEqual((await workspaceTables(db())).sort());
  });

  it('deletes every row of one workspace and no other’s, with the account', async () => {
    const database = db();
    const now = database.clock.now().toISOString();
    for (const [id, email, role] of [
      [coach.id, coach.email, 'coach'],
      ['acc_erase_seeker', 'sam.erase@example.org', 'seeker'],
    ] as const) {
      await insertAccount(database.handle.db, {
        id,
        email,
        name: id,
        role,
        workspace_id: role === 'seeker' ? 'ws_erase_a' : null,
        created_at: now,
        updated_at: now,
      });
    }
    for (const workspaceId of ['ws_erase_a', 'ws_erase_b']) {
      await fillWorkspace(database, workspaceId, coach);
      await insertAssignment(database.handle.db, { coachId: coach.id, workspaceId, now });
    }
    // The seeker chose a digest hour: the account's own settings go with it.
    await saveDigestPreferences(database.handle.db, 'acc_erase_seeker', {
      hour: 7,
      stoppedAt: null,
      now,
    });
    const before = await rowsOf(database, 'ws_erase_a');
    const other = await rowsOf(database, 'ws_erase_b');
    // Every table had something to lose, so a table the order forgot would show here.
    expect([...before].filter(([, n]) => n === 0)).toEqual([]);
    await database.handle.db.transaction().execute(async (trx) => {
      await eraseWorkspace(trx, 'ws_erase_a');
      await eraseAccount(trx, { id: 'acc_erase_seeker', email: 'sam.erase@example.org' });
    });
    expect([...(await rowsOf(database, 'ws_erase_a'))].filter(([, n]) => n > 0)).toEqual([]);
    expect(await rowsOf(database, 'ws_erase_b')).toEqual(other);
    const accounts = await database.handle.db.selectFrom('accounts').select('id').execute();
    expect(accounts.map((a) => a.id)).toEqual([coach.id]);
    const preferences = await database.handle.db
      .selectFrom('digest_preferences')
      .select('account_id')
      .execute();
    expect(preferences).toEqual([]);
  });
});
