import { sql, type Kysely } from 'kysely';
import type { ReboundMigration } from './column-kinds';

// Migrations must not depend on the current Database type, which moves on after they are written.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/** The workspaces a transaction set for itself (`storage/row-scope.ts`); none when unset. */
const IN_SCOPE = "string_to_array(current_setting('rebound.workspace', true), ',')";

/**
 * Holds a workspace table to the workspaces its transaction is scoped to, for every role the
 * table's owner included (FORCE): reading, changing and deleting see only those rows, and a row
 * written must belong to one of them. A later migration that adds a workspace table calls this
 * for it; `row-security.test.ts` fails until it does.
 */
export async function enableWorkspaceRowSecurity(
  db: AnyDb,
  table: string,
  column = 'workspace_id',
): Promise<void> {
  const name = sql.table(table);
  if (!/^[a-z_]+$/.test(column)) throw new Error(`Not a column name: ${column}`);
  const rule = sql.raw(`${column} = any (${IN_SCOPE})`);
  await sql`alter table ${name} enable row level security`.execute(db);
  await sql`alter table ${name} force row level security`.execute(db);
  await sql`create policy workspace_rows on ${name} using (${rule}) with check (${rule})`.execute(
    db,
  );
}

/** Every table of the schema that holds one workspace's rows, read from the catalog. */
async function workspaceTables(db: AnyDb): Promise<string[]> {
  const { rows } = await sql<{ table_name: string }>`
    select c.table_name from information_schema.columns c
    join information_schema.tables t
      on t.table_schema = c.table_schema and t.table_name = c.table_name
    where c.table_schema = current_schema() and c.column_name = 'workspace_id'
      and t.table_type = 'BASE TABLE'
    order by c.table_name`.execute(db);
  // An account names the seeker's workspace, but accounts are the organisation's, read at
  // sign-in before anyone is known (decision 0028).
  return rows.map((row) => row.table_name).filter((table) => table !== 'accounts');
}

/**
 * PostgreSQL's row-level security as a second wall behind the application's own `where
 * workspace_id = …`: a query that forgot it still sees only the workspaces its transaction was
 * scoped to. Two narrow lookups are allowed before a workspace is known: a coach reads the
 * assignments that name them (to find their caseload), and a calendar feed's address finds its
 * workspace. SQLite has one user and nothing to wall off: a no-op there. Decision 0028.
 */
export const rowLevelSecurity: ReboundMigration = {
  name: '20261210020000_row_level_security',
  async up(db, kinds) {
    if (kinds.dialect !== 'postgres') return;
    await enableWorkspaceRowSecurity(db, 'workspaces', 'id');
    for (const table of await workspaceTables(db)) await enableWorkspaceRowSecurity(db, table);
    await sql`create policy coach_own_assignments on coach_assignments for select
      using (coach_id = current_setting('rebound.account', true))`.execute(db);
    await sql`create policy calendar_feed_lookup on workspaces for select
      using (calendar_feed_id = current_setting('rebound.calendar_feed', true))`.execute(db);
  },
};
