import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/databases';
import { createTeamApp, TEAM_PASSWORD } from '../../../test/team';
import { ERASE_ORDER } from '../../storage/repositories/erasure';
import { WORKSPACE_HEADER } from './access-policy';

/**
 * A seeker an admin removed keeps their data: they sign in to a limited account that exports
 * it or deletes it, and nothing else, while their coach and the admin lose all access at once.
 */
let database: TestDatabase & { close(): Promise<void> };
let team: ReturnType<typeof createTeamApp>;
beforeAll(async () => {
  database = await createTestDatabase('postgres');
  database.clock.set('2026-12-09T10:00:00.000Z');
  team = createTeamApp(database);
});
afterAll(() => database.close());

/** A seeker with an application, coached by a coach, and the admin who runs them. */
async function organisation(suffix: string) {
  const admin = await team.member('admin', `Ada ${suffix}`);
  const coach = await team.member('coach', `Cy ${suffix}`);
  const seeker = await team.member('seeker', `Sam ${suffix}`);
  await team.call('POST', '/api/team/assignments', {
    cookie: admin.cookie,
    body: { coachId: coach.account.id, seekerId: seeker.account.id },
  });
  const created = await team.call('POST', '/api/applications', {
    cookie: seeker.cookie,
    body: { company: `Acme ${suffix}`, role: 'Analyst' },
  });
  expect(created.status).toBe(201);
  return { admin, coach, seeker, applicationId: created.body.id as string };
}

async function remove(admin: { cookie: string }, id: string) {
  const removed = await team.call('DELETE', `/api/team/members/${id}`, { cookie: admin.cookie });
  expect(removed.status).toBe(204);
}

/** Rows of a workspace in every table, read as the schema's owner (past row-level security). */
async function rowsLeft(workspaceId: string): Promise<string[]> {
  const left: string[] = [];
  for (const table of [...ERASE_ORDER, 'workspaces']) {
    const column = table === 'workspaces' ? 'id' : 'workspace_id';
    const { rows } = await sql<{ n: string }>`
      select count(*) as n from ${sql.table(table)} where ${sql.ref(column)} = ${workspaceId}`.execute(
      database.handle.db,
    );
    if (Number(rows[0]?.n) > 0) left.push(table);
  }
  return left;
}

describe('a removed seeker', () => {
  it('signs in to export their data, and reaches nothing else', async () => {
    const { admin, coach, seeker, applicationId } = await organisation('Leaves');
    await remove(admin, seeker.account.id);
    // Every session ended with the removal.
    const old = await team.call('GET', '/api/export', { cookie: seeker.cookie });
    expect(old.status).toBe(401);

    const cookie = await team.signIn(seeker.email);
    const me = await team.call('GET', '/api/team/me', { cookie });
    expect(me.body.account).toMatchObject({ id: seeker.account.id, removed: true });
    const exported = await team.call('GET', '/api/export', { cookie });
    expect(exported.status).toBe(200);
    expect(exported.body.applications).toEqual([
      expect.objectContaining({ id: applicationId, company: 'Acme Leaves' }),
    ]);
    expect((await team.call('GET', '/api/export/csv', { cookie })).body).toContain('Acme Leaves');
    expect((await team.call('GET', '/api/export/vcard', { cookie })).status).toBe(200);

    for (const [method, path] of [
      ['GET', '/api/applications'],
      ['GET', `/api/applications/${applicationId}`],
      ['POST', '/api/applications'],
      ['PATCH', '/api/settings'],
      ['POST', '/api/import'],
      ['GET', '/api/coach-notes'],
      ['GET', '/api/team/sharing'],
      ['POST', '/api/team/email/verification'],
      ['GET', '/api/openapi.json'],
    ] as const) {
      const response = await team.call(method, path, {
        cookie,
        ...(method !== 'GET' && { body: { company: 'Left Co', role: 'Anything' } }),
      });
      expect(response.status, `${method} ${path}`).toBe(403);
      expect(response.body.error.message).toMatch(/export your data or delete it/);
    }
    // The workspace is as it was: the refusals changed nothing.
    expect((await team.call('GET', '/api/export', { cookie })).body).toEqual(exported.body);

    // The coach and the admin lost all access at once.
    const headers = { [WORKSPACE_HEADER]: seeker.account.workspaceId as string };
    for (const reader of [coach, admin]) {
      for (const path of ['/api/applications', `/api/applications/${applicationId}`]) {
        const read = await team.call('GET', path, { cookie: reader.cookie, headers });
        expect(read.status, path).toBe(403);
      }
    }
    const caseload = await team.call('GET', '/api/team/caseload', { cookie: coach.cookie });
    expect(caseload.body.items).toEqual([]);
    expect(team.errors).toEqual([]);
  });

  it('deletes their workspace and account, and cannot sign in afterwards', async () => {
    const { admin, seeker } = await organisation('Deletes');
    const workspaceId = seeker.account.workspaceId as string;
    // A member may not delete the organisation's copy while still a member.
    const early = await team.call('DELETE', '/api/team/own-data', { cookie: seeker.cookie });
    expect(early.status).toBe(409);
    expect(early.body.error.field).toBe('account');
    expect(await rowsLeft(workspaceId)).toContain('applications');

    await remove(admin, seeker.account.id);
    const cookie = await team.signIn(seeker.email);
    const deleted = await team.call('DELETE', '/api/team/own-data', { cookie });
    expect(deleted.status).toBe(204);
    expect(deleted.headers.get('set-cookie')).toMatch(/Max-Age=0/i);
    expect(await rowsLeft(workspaceId)).toEqual([]);
    const account = await database.handle.db
      .selectFrom('accounts')
      .select('id')
      .where('email', '=', seeker.email)
      .executeTakeFirst();
    expect(account).toBeUndefined();
    const sessions = await database.handle.db
      .selectFrom('sessions')
      .select('id')
      .where('account_id', '=', seeker.account.id)
      .execute();
    expect(sessions).toEqual([]);
    expect((await team.call('GET', '/api/export', { cookie })).status).toBe(401);
    const again = await team.call('POST', '/api/session', {
      body: { email: seeker.email, password: TEAM_PASSWORD },
    });
    expect(again.status).toBe(401);
    // The admin's list no longer knows them, and nothing failed on the way.
    const members = await team.call('GET', '/api/team/members', { cookie: admin.cookie });
    expect(members.body.items.map((m: { id: string }) => m.id)).not.toContain(seeker.account.id);
    expect(team.errors).toEqual([]);
  });

  it('is the only one removed who signs in: a removed coach or admin does not', async () => {
    const { admin, coach } = await organisation('Coach Leaves');
    const other = await team.member('admin', 'Ada Other');
    await remove(admin, coach.account.id);
    await remove(other, admin.account.id);
    for (const email of [coach.email, admin.email]) {
      const attempt = await team.call('POST', '/api/session', {
        body: { email, password: TEAM_PASSWORD },
      });
      expect(attempt.status, email).toBe(401);
    }
  });
});
