import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/databases';
import { openDatabase, type DatabaseHandle } from './connect';
import { PREPARED_PER_CONNECTION, statementName } from './prepared-statements';

/** The names of the statements the connection running this has prepared. */
async function preparedNames(handle: DatabaseHandle): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`select name from pg_prepared_statements`.execute(
    handle.db,
  );
  return rows.map((row) => row.name);
}

describe('prepared statements on PostgreSQL', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  const opened: DatabaseHandle[] = [];
  const open = (preparedStatements?: boolean) => {
    const handle = openDatabase({
      dialect: 'postgres',
      url: database.location,
      poolSize: 1,
      ...(preparedStatements !== undefined && { preparedStatements }),
    });
    opened.push(handle);
    return handle;
  };

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
  });
  afterAll(async () => {
    for (const handle of opened) await handle.close();
    await database.close();
  });

  it('prepares a repeated read once per connection and answers it the same each time', async () => {
    const handle = open();
    const read = (n: number) =>
      sql<{ doubled: number }>`select ${n}::int * 2 as doubled`.execute(handle.db);
    expect((await read(2)).rows).toEqual([{ doubled: 4 }]);
    expect((await read(5)).rows).toEqual([{ doubled: 10 }]);
    const text = 'select $1::int * 2 as doubled';
    const names = await preparedNames(handle);
    expect(names.filter((name) => name === statementName(text))).toHaveLength(1);
  });

  it('leaves BEGIN, SET and the like unnamed', async () => {
    const handle = open();
    await handle.db.transaction().execute(async (trx) => {
      await sql`select set_config('application_name', ${'rebound-test'}, true)`.execute(trx);
    });
    const { rows } = await sql<{ statement: string }>`
      select statement from pg_prepared_statements`.execute(handle.db);
    expect(rows.map((row) => row.statement.toLowerCase())).not.toContainEqual(
      expect.stringMatching(/^\s*(begin|commit)/),
    );
  });

  it('stops naming new statements once a connection holds its share', async () => {
    const handle = open();
    for (let i = 0; i <= PREPARED_PER_CONNECTION + 5; i += 1) {
      await sql`select ${i}::int as n, ${sql.raw(String(i))} as shape`.execute(handle.db);
    }
    const names = await preparedNames(handle);
    expect(names.filter((name) => name.startsWith('rb_'))).toHaveLength(PREPARED_PER_CONNECTION);
    // Past the share, statements still run, unnamed.
    const last = PREPARED_PER_CONNECTION + 5;
    const { rows } = await sql<{
      n: number;
    }>`select ${last}::int as n, ${sql.raw(String(last))} as shape`.execute(handle.db);
    expect(rows[0]?.n).toBe(last);
  });

  it('prepares nothing when turned off, for a pooler that cannot keep them', async () => {
    const handle = open(false);
    await sql`select ${1}::int as one`.execute(handle.db);
    await sql`select ${1}::int as one`.execute(handle.db);
    expect(await preparedNames(handle)).toEqual([]);
  });
});
