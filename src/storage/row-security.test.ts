import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/databases';
import { seedDemoWorkspace } from '../use-cases/demo';
import { draftForSeeker, leaveCoachNote } from '../use-cases/team/coach-notes';
import { changeSharing, shareDraft, shareReflection } from '../use-cases/team/sharing';
import { addWin } from '../use-cases/wellbeing/wins';
import { saveFederalProfile } from './repositories/federal';
import { saveSyncState } from './repositories/inbox';
import { saveMailAccount } from './repositories/mail-accounts';
import { recordCoachRead } from '../use-cases/team/access-log';
import { writeLetter } from '../use-cases/wellbeing/letters';
import { ORGANISATION_TABLES, type Database, type Db } from './database';
import { insertAssignment } from './repositories/accounts';
import { scopeRows, type RowScope } from './row-scope';

/**
 * PostgreSQL's row-level security, the second wall behind every query's own `workspace_id`,
 * read from the real schema and tried as the role a team installation serves as
 * (`rebound_app`: no superuser, no BYPASSRLS, owns nothing). Two workspaces hold the same
 * sample search; the SQL below leaves out or names the wrong workspace on purpose, as a bug in
 * application code would.
 */
let database: TestDatabase & { close(): Promise<void> };
let app: Kysely<Database>;
let tables: { table: string; column: string }[];
const [A, B] = ['ws_rls_a', 'ws_rls_b'] as const;
const coach = {
  id: 'acc_coach',
  name: 'Cy Coach',
  email: 'cy@example.org',
  role: 'coach' as const,
  emailVerified: true,
};

async function fill(workspaceId: string) {
  const deps = await database.deps(workspaceId);
  await seedDemoWorkspace(deps);
  await writeLetter(deps, { input: { body: 'Not for anyone.' } });
  await leaveCoachNote(deps, {
    author: { ...coach, workspaceId: null, createdAt: deps.clock.now().toISOString() },
    input: { kind: 'note', body: 'Well done this week' },
  });
  const author = { ...coach, workspaceId: null, createdAt: deps.clock.now().toISOString() };
  await draftForSeeker(deps, {
    author,
    input: {
      kind: 'thank_you',
      channel: 'email',
      applicationId: null,
      contactId: null,
      recipient: null,
      subject: null,
      body: 'Thank you',
    },
  });
  await addWin(deps, { input: { text: 'Reached the final round' } });
  const now = deps.clock.now().toISOString();
  await saveFederalProfile(deps.db, workspaceId, { name: 'Sample' }, now);
  await saveSyncState(deps.db, workspaceId, {
    account: 'inbox@example.org',
    folder: 'INBOX',
    state: { uidValidity: '1', lastUid: 1 },
    now,
  });
  await recordCoachRead(deps, {
    reader: { ...coach, workspaceId: null, createdAt: deps.clock.now().toISOString() },
    operation: 'GET /applications',
    path: '/applications',
  });
  await changeSharing(deps, { patch: { feelings: true } });
  await saveMailAccount(deps.db, workspaceId, 'smtp', {
    account: { settings: '{}', password: { sealed: 'sealed', keyId: 'k' }, nextSyncAt: null },
    now,
  });
  const rejection = await deps.db
    .selectFrom('rejections')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirstOrThrow();
  await shareReflection(deps, { id: rejection.id });
  const draft = await deps.db
    .selectFrom('messages')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('status', '=', 'draft')
    .executeTakeFirstOrThrow();
  await shareDraft(deps, { id: draft.id });
}

beforeAll(async () => {
  database = await createTestDatabase('postgres');
  const owner = database.handle.db;
  await sql`insert into accounts (id, email, name, role, created_at, updated_at)
    values (${coach.id}, ${coach.email}, ${coach.name}, 'coach', now(), now())`.execute(owner);
  await fill(A);
  await fill(B);
  await insertAssignment(owner, { coachId: coach.id, workspaceId: B, now: '2026-11-26T09:00:00Z' });
  app = database.appHandle().db;
  const { rows } = await sql<{ table: string; column: string }>`
    select c.relname as "table", case when c.relname = 'workspaces' then 'id' else 'workspace_id' end as "column"
    from pg_class c
    where c.relnamespace = current_schema()::regnamespace and c.relkind = 'r'
      and c.relname not like 'rebound_migration%'
      and c.relname <> all (${[...ORGANISATION_TABLES]})
    order by 1`.execute(owner);
  tables = rows;
}, 120_000);
afterAll(() => database.close());

/** One transaction as the application's role, scoped as given (or not at all). */
function asApp<T>(scope: RowScope | null, work: (trx: Db) => Promise<T>): Promise<T> {
  return app.transaction().execute(async (trx) => {
    if (scope !== null) await scopeRows(trx, scope);
    return work(trx);
  });
}

async function count(db: Db, table: string, column: string, workspace?: string): Promise<number> {
  const where = workspace === undefined ? sql`true` : sql`${sql.ref(column)} = ${workspace}`;
  const { rows } = await sql<{ n: string }>`
    select count(*) as n from ${sql.table(table)} where ${where}`.execute(db);
  return Number(rows[0]?.n);
}

describe('row-level security', () => {
  it('holds every workspace table to a forced policy on the transaction’s workspaces', async () => {
    const { rows } = await sql<{
      table: string;
      enabled: boolean;
      forced: boolean;
      policies: string;
    }>`
      select c.relname as "table", c.relrowsecurity as enabled, c.relforcerowsecurity as forced,
        coalesce((select json_agg(json_build_object('name', p.policyname, 'command', p.cmd,
          'using', p.qual, 'check', p.with_check)) from pg_policies p
          where p.schemaname = current_schema() and p.tablename = c.relname), '[]')::text as policies
      from pg_class c
      where c.relnamespace = current_schema()::regnamespace and c.relkind in ('r', 'p')
        and c.relname not like 'rebound_migration%'`.execute(database.handle.db);
    type Policy = { name: string; command: string; using: string | null; check: string | null };
    const tablesRead = rows.map((row) => ({
      ...row,
      policies: JSON.parse(row.policies) as Policy[],
    }));
    const organisation = new Set<string>(ORGANISATION_TABLES);
    const unwalled = tablesRead
      .filter((row) => !organisation.has(row.table))
      .filter((row) => {
        const column = row.table === 'workspaces' ? 'id' : 'workspace_id';
        const walls = row.policies.filter(
          (p) =>
            p.name === 'workspace_rows' &&
            p.command === 'ALL' &&
            [p.using, p.check].every(
              (text) =>
                text?.startsWith(`(${column} = ANY (string_to_array(`) === true &&
                text.includes("current_setting('rebound.workspace'::text, true)"),
            ),
        );
        return !(row.enabled && row.forced && walls.length === 1);
      })
      .map((row) => row.table);
    expect(unwalled).toEqual([]);
    expect(rows.length - organisation.size).toBeGreaterThan(25);
    // Every other policy only reads, through one narrow lookup each.
    const lookups = tablesRead.flatMap((row) =>
      row.policies
        .filter((p) => p.name !== 'workspace_rows')
        .map((p) => `${row.table}.${p.name} ${p.command}`),
    );
    expect(lookups.sort()).toEqual([
      'coach_assignments.coach_own_assignments SELECT',
      'workspaces.calendar_feed_lookup SELECT',
    ]);
  });

  it('was tried on rows in every workspace table', async () => {
    const empty: string[] = [];
    for (const { table, column } of tables) {
      if ((await count(database.handle.db, table, column, B)) === 0) empty.push(table);
    }
    // Filled only by reading mail, marking a message sent with an article, and a federal
    // announcement; their policies are the same, checked in the catalog above.
    expect(empty.sort()).toEqual(['article_shares', 'federal_applications', 'inbox_messages']);
  });

  it('shows nothing and accepts nothing without a workspace', async () => {
    for (const { table, column } of tables) {
      expect(await count(app, table, column), `${table} outside a transaction`).toBe(0);
      expect(await asApp(null, (trx) => count(trx, table, column)), table).toBe(0);
    }
    await expect(
      asApp(null, (trx) =>
        sql`insert into workspaces (id, name, settings, created_at, updated_at)
          values ('ws_rls_c', 'C', '{}', now(), now())`.execute(trx),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it('keeps the other workspace out of reach even when the SQL names it', async () => {
    const owner = database.handle.db;
    const before = new Map<string, number>();
    for (const { table, column } of tables) before.set(table, await count(owner, table, column, B));
    await asApp({ workspaces: [A] }, async (trx) => {
      for (const { table, column } of tables) {
        expect(await count(trx, table, column), table).toBe(await count(owner, table, column, A));
        expect(await count(trx, table, column, B), table).toBe(0);
        const bRows = sql`${sql.ref(column)} = ${B}`;
        const updated =
          await sql`update ${sql.table(table)} set ${sql.ref(column)} = ${sql.ref(column)} where ${bRows}`.execute(
            trx,
          );
        expect(Number(updated.numAffectedRows), `update ${table}`).toBe(0);
        const deleted = await sql`delete from ${sql.table(table)} where ${bRows}`.execute(trx);
        expect(Number(deleted.numAffectedRows), `delete ${table}`).toBe(0);
      }
      // A lookup by B's own ids, with no workspace in it at all.
      const ids = await owner
        .selectFrom('applications')
        .select('id')
        .where('workspace_id', '=', B)
        .execute();
      const found = await trx
        .selectFrom('applications')
        .select('id')
        .where(
          'id',
          'in',
          ids.map((r) => r.id),
        )
        .execute();
      expect(found).toEqual([]);
    });
    for (const { table, column } of tables) {
      expect(await count(owner, table, column, B), table).toBe(before.get(table));
    }
  });

  it('refuses to write a row into the other workspace, or move one there', async () => {
    const application = (workspace: string) => sql`insert into applications
      (workspace_id, id, company, role, stage, stage_changed_at, created_at, updated_at)
      values (${workspace}, 'app_rls_x', 'Acme', 'Analyst', 'applied', now(), now(), now())`;
    await expect(asApp({ workspaces: [A] }, (trx) => application(B).execute(trx))).rejects.toThrow(
      /row-level security/,
    );
    await expect(
      asApp({ workspaces: [A] }, (trx) =>
        sql`update tasks set workspace_id = ${B} where workspace_id = ${A}`.execute(trx),
      ),
    ).rejects.toThrow(/row-level security/);
    const written = await asApp({ workspaces: [A] }, async (trx) => {
      await application(A).execute(trx);
      return count(trx, 'applications', 'workspace_id', A);
    });
    expect(written).toBe(await count(database.handle.db, 'applications', 'workspace_id', A));
  });

  it('lets a coach find their own assignments, and a list of workspaces see each of them', async () => {
    const assigned = (scope: RowScope) =>
      asApp(scope, (trx) => trx.selectFrom('coach_assignments').select('workspace_id').execute());
    expect(await assigned({ account: coach.id })).toEqual([{ workspace_id: B }]);
    expect(await assigned({ account: 'acc_someone_else' })).toEqual([]);
    // The account opens the assignments only: nothing else of the workspace.
    expect(
      await asApp({ account: coach.id }, (trx) => count(trx, 'applications', 'workspace_id')),
    ).toBe(0);
    const both = await asApp({ workspaces: [A, B] }, (trx) =>
      count(trx, 'applications', 'workspace_id'),
    );
    const owner = database.handle.db;
    expect(both).toBe(
      (await count(owner, 'applications', 'workspace_id', A)) +
        (await count(owner, 'applications', 'workspace_id', B)),
    );
  });

  it('ends the scope with its transaction', async () => {
    const client = await database
      .appHandle()
      .db.connection()
      .execute(async (connection) => {
        await connection.transaction().execute((trx) => scopeRows(trx, { workspaces: [A] }));
        return count(connection, 'applications', 'workspace_id');
      });
    expect(client).toBe(0);
  });
});
