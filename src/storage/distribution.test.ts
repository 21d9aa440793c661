import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/databases';
import { ORGANISATION_TABLES, type Database } from './database';

/**
 * Whether the schema could be spread over a distributed PostgreSQL (Citus) by workspace, read
 * from the real schema: every workspace table distributed by `workspace_id` (`workspaces` by
 * `id`), the organisation's tables kept whole on every node as reference tables. Citus refuses a
 * primary key or unique index that leaves out the distribution column, a foreign key between
 * distributed tables that does not join on it, and a foreign key from a reference table to a
 * distributed one (Citus documentation, "Table Management" and "Distributed Data Modeling").
 * `docs/scaling.md` explains the plan this holds the schema to.
 */
let database: TestDatabase & { close(): Promise<void> };
beforeAll(async () => {
  database = await createTestDatabase('postgres');
});
afterAll(() => database.close());

interface UniqueIndex {
  table: string;
  name: string;
  columns: string[];
}
interface ForeignKey {
  table: string;
  name: string;
  columns: string[];
  target: string;
  targetColumns: string[];
}

async function uniqueIndexes(db: Kysely<Database>): Promise<UniqueIndex[]> {
  const { rows } = await sql<UniqueIndex>`
    select c.relname as "table", i.relname as name,
      array(select a.attname::text from unnest(x.indkey) with ordinality k(attnum, n)
        join pg_attribute a on a.attrelid = c.oid and a.attnum = k.attnum order by k.n) as columns
    from pg_index x
    join pg_class c on c.oid = x.indrelid
    join pg_class i on i.oid = x.indexrelid
    join pg_namespace s on s.oid = c.relnamespace
    where s.nspname = current_schema() and x.indisunique`.execute(db);
  return rows;
}

async function foreignKeys(db: Kysely<Database>): Promise<ForeignKey[]> {
  const { rows } = await sql<ForeignKey>`
    select c.relname as "table", k.conname as name, t.relname as target,
      array(select a.attname::text from unnest(k.conkey) with ordinality u(attnum, n)
        join pg_attribute a on a.attrelid = k.conrelid and a.attnum = u.attnum order by u.n) as columns,
      array(select a.attname::text from unnest(k.confkey) with ordinality u(attnum, n)
        join pg_attribute a on a.attrelid = k.confrelid and a.attnum = u.attnum order by u.n) as "targetColumns"
    from pg_constraint k
    join pg_class c on c.oid = k.conrelid
    join pg_class t on t.oid = k.confrelid
    join pg_namespace s on s.oid = c.relnamespace
    where s.nspname = current_schema() and k.contype = 'f'`.execute(db);
  return rows;
}

describe('distributing by workspace', () => {
  const reference = new Set<string>(ORGANISATION_TABLES);
  const isMigrations = (table: string) => table.startsWith('rebound_migration');
  const distributionColumn = (table: string) => (table === 'workspaces' ? 'id' : 'workspace_id');

  it('finds the workspace in every primary key and unique index of a workspace table', async () => {
    const blocking = (await uniqueIndexes(database.handle.db))
      .filter(({ table }) => !reference.has(table) && !isMigrations(table))
      .filter(({ table, columns }) => !columns.includes(distributionColumn(table)))
      .map(({ table, name, columns }) => `${table}.${name} (${columns.join(', ')})`);
    expect(blocking).toEqual([]);
  });

  it('joins workspace tables on the workspace, and points no organisation table at one', async () => {
    const blocking: string[] = [];
    for (const key of await foreignKeys(database.handle.db)) {
      const described = `${key.table}.${key.name} → ${key.target}`;
      const fromReference = reference.has(key.table);
      const toReference = reference.has(key.target);
      if (toReference) continue;
      if (fromReference) {
        blocking.push(`${described}: an organisation table may not point at a workspace table`);
        continue;
      }
      const at = key.columns.indexOf(distributionColumn(key.table));
      if (at < 0 || key.targetColumns[at] !== distributionColumn(key.target)) {
        blocking.push(`${described}: (${key.columns.join(', ')}) does not join on the workspace`);
      }
    }
    expect(blocking).toEqual([]);
  });
});
