import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/databases';
import { createTeamApp, TEAM_PASSWORD } from '../../../test/team';
import { SIGN_IN_LIMITS } from '../../use-cases/team/sessions';

let database: TestDatabase & { close(): Promise<void> };
let team: ReturnType<typeof createTeamApp>;
beforeAll(async () => {
  database = await createTestDatabase('postgres');
  team = createTeamApp(database);
});
afterAll(() => database.close());
beforeEach(() => database.clock.set('2026-12-09T09:00:00.000Z'));

describe('a team installation on PostgreSQL', () => {
  it('asks for a session everywhere but health, sign-in, joining and the pages', async () => {
    for (const [method, path] of [
      ['GET', '/api/applications'],
      ['POST', '/api/applications'],
      ['GET', '/api/openapi.json'],
      ['GET', '/api/session'],
      ['GET', '/api/no-such-route'],
      ['POST', '/api/team/invitations'],
    ] as const) {
      const response = await team.call(method, path, { body: method === 'GET' ? undefined : {} });
      expect(response.status, `${method} ${path}`).toBe(401);
      expect(response.body.error).toMatchObject({ code: 'unauthorized', field: 'session' });
    }
    expect((await team.call('GET', '/api/health')).status).toBe(200);
    expect((await team.call('GET', '/')).status).toBe(200);
    const join = await team.call('POST', '/api/team/invitations/accept', {
      body: { token: 'x'.repeat(43), name: 'Noor', password: TEAM_PASSWORD },
    });
    expect(join.body.error).toMatchObject({ field: 'token' });
  });

  it('signs in with a Secure, HttpOnly, SameSite=Lax host cookie and works in the seeker’s own workspace', async () => {
    const ana = await team.member('seeker', 'Ana Díaz');
    const response = await team.call('POST', '/api/session', {
      body: { email: ana.email, password: TEAM_PASSWORD },
    });
    expect(response.status).toBe(200);
    expect(response.body.account).toEqual(ana.account);
    expect(response.headers.get('set-cookie')).toMatch(
      /^__Host-rebound-session=[\w-]{43}; Max-Age=43200; Path=\/; HttpOnly; Secure; SameSite=Lax$/,
    );
    const created = await team.call('POST', '/api/applications', {
      cookie: ana.cookie,
      body: { company: 'Acme', role: 'Analyst' },
    });
    expect(created.status).toBe(201);
    const list = await team.call('GET', '/api/applications', { cookie: ana.cookie });
    expect(list.body.items.map((a: { id: string }) => a.id)).toEqual([created.body.id]);
    const stored = await database.handle.db
      .selectFrom('applications')
      .select('workspace_id')
      .where('id', '=', created.body.id)
      .executeTakeFirstOrThrow();
    expect(stored.workspace_id).toBe(ana.account.workspaceId);
    expect((await team.call('GET', '/api/session', { cookie: ana.cookie })).body.account.id).toBe(
      ana.account.id,
    );
  });

  it('refuses a change without the request marker, even as JSON, and one from another site', async () => {
    const ana = await team.member('seeker', 'Ana Marker');
    const unmarked = await team.app.request('https://rebound.test/api/applications', {
      method: 'POST',
      headers: { cookie: ana.cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ company: 'Acme', role: 'Analyst' }),
    });
    expect(unmarked.status).toBe(403);
    expect(await unmarked.json()).toMatchObject({ error: { field: 'X-Rebound-Request' } });
    const crossSite = await team.call('POST', '/api/applications', {
      cookie: ana.cookie,
      body: { company: 'Acme', role: 'Analyst' },
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect(crossSite.status).toBe(403);
    const list = await team.call('GET', '/api/applications', { cookie: ana.cookie });
    expect(list.body.items).toEqual([]);
  });

  it('rotates the session at sign-in and ends it at sign-out', async () => {
    const bo = await team.member('seeker', 'Bo Lind');
    const again = await team.signIn(bo.email, TEAM_PASSWORD, bo.cookie);
    expect(again).not.toBe(bo.cookie);
    expect((await team.call('GET', '/api/applications', { cookie: bo.cookie })).status).toBe(401);
    expect((await team.call('GET', '/api/applications', { cookie: again })).status).toBe(200);
    const out = await team.call('DELETE', '/api/session', { cookie: again });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/^__Host-rebound-session=; Max-Age=0; Path=\/;/);
    const after = await team.call('GET', '/api/applications', { cookie: again });
    expect(after.status).toBe(401);
    expect(after.body.error.message).toBe('session: you signed out; sign in');
  });

  it('ends an idle session', async () => {
    const cy = await team.member('seeker', 'Cy Idle');
    database.clock.advance(31 * 60_000);
    const response = await team.call('GET', '/api/applications', { cookie: cy.cookie });
    expect(response.status).toBe(401);
    expect(response.body.error.message).toMatch(/away for a while/);
  });

  it('answers a wrong password with 401 and too many attempts with 429', async () => {
    const di = await team.member('seeker', 'Di Limit');
    const wrong = () =>
      team.call('POST', '/api/session', { body: { email: di.email, password: 'not it at all' } });
    expect((await wrong()).body.error).toMatchObject({ code: 'unauthorized', field: 'password' });
    for (let i = 1; i < SIGN_IN_LIMITS.perEmail; i += 1) await wrong();
    const limited = await team.call('POST', '/api/session', {
      body: { email: di.email, password: TEAM_PASSWORD },
    });
    expect(limited.status).toBe(429);
    expect(limited.body.error).toMatchObject({ code: 'too_many_requests', field: 'email' });
    const counted = await database.handle.db
      .selectFrom('rate_limits')
      .select('hits')
      .where('key', '=', `sign-in:email:${di.email}`)
      .executeTakeFirstOrThrow();
    expect(counted.hits).toBe(SIGN_IN_LIMITS.perEmail + 1);
  });
});
