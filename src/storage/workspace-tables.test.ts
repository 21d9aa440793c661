import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDialect } from '../../test/databases';
import { ORGANISATION_TABLES } from './database';

/**
 * Every table holds one workspace's data and says whose (`workspace_id`), except the
 * organisation's own tables (people, sessions, caseloads) and the workspaces themselves. A new
 * table that forgot its workspace, or an organisation table not declared as one, fails here.
 */
describeEachDialect('workspace keys', (db) => {
  it('are on every table but the organisation’s', async () => {
    const postgres = db().dialect === 'postgres';
    const { rows } = postgres
      ? await sql<{ table_name: string; has_workspace: boolean }>`
          select t.table_name, exists (
            select 1 from information_schema.columns c
            where c.table_schema = t.table_schema and c.table_name = t.table_name
              and c.column_name = 'workspace_id') as has_workspace
          from information_schema.tables t
          where t.table_schema = current_schema() and t.table_type = 'BASE TABLE'`.execute(
          db().handle.db,
        )
      : await sql<{ table_name: string; has_workspace: number }>`
          select m.name as table_name,
            exists (select 1 from pragma_table_info(m.name) p where p.name = 'workspace_id') as has_workspace
          from sqlite_master m
          where m.type = 'table' and m.name not like 'sqlite_%' and m.name not like '%!_fts%' escape '!'`.execute(
          db().handle.db,
        );
    const tables = rows.filter((row) => !/^rebound_migration/.test(row.table_name));
    const withoutWorkspace = tables
      .filter((row) => !row.has_workspace && row.table_name !== 'workspaces')
      .map((row) => row.table_name)
      .sort();
    expect(withoutWorkspace).toEqual(
      ORGANISATION_TABLES.filter((table) => table !== 'accounts').sort(),
    );
    expect(tables.length).toBeGreaterThan(20);
  });
});
