import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/databases';
import { createTestClient } from '../../../test/http';
import { createTeamApp, TEAM_PASSWORD } from '../../../test/team';

let database: TestDatabase & { close(): Promise<void> };
let team: ReturnType<typeof createTeamApp>;
beforeAll(async () => {
  database = await createTestDatabase('postgres');
  database.clock.set('2026-12-09T10:00:00.000Z');
  team = createTeamApp(database);
});
afterAll(() => database.close());

describe('who the web app is talking to', () => {
  it('answers the mode and the signed-in account, without needing a session', async () => {
    const stranger = await team.call('GET', '/api/team/me');
    expect(stranger).toMatchObject({ status: 200, body: { mode: 'team', account: null } });
    const ana = await team.member('seeker', 'Ana Me');
    const me = await team.call('GET', '/api/team/me', { cookie: ana.cookie });
    expect(me.body).toEqual({ mode: 'team', account: ana.account });
    await team.call('DELETE', '/api/session', { cookie: ana.cookie });
    const after = await team.call('GET', '/api/team/me', { cookie: ana.cookie });
    expect(after.body).toEqual({ mode: 'team', account: null });
    expect(team.errors).toEqual([]);
  });

  it('says local mode on a local installation', async () => {
    const local = await createTestClient(database, 'ws_local_me');
    const me = await local.get('/api/team/me');
    expect(me).toMatchObject({ status: 200, body: { mode: 'local', account: null } });
  });
});

describe('members, for an admin', () => {
  it('lists who coaches whom', async () => {
    const admin = await team.member('admin', 'Ada List');
    const coach = await team.member('coach', 'Cy List');
    const seeker = await team.member('seeker', 'Sam List');
    await team.call('POST', '/api/team/assignments', {
      cookie: admin.cookie,
      body: { coachId: coach.account.id, seekerId: seeker.account.id },
    });
    const members = await team.call('GET', '/api/team/members', { cookie: admin.cookie });
    expect(members.status).toBe(200);
    expect(members.body.assignments).toContainEqual({
      coachId: coach.account.id,
      seekerId: seeker.account.id,
    });
  });

  it('removes a member: signed out everywhere, out of every caseload', async () => {
    const admin = await team.member('admin', 'Ada Remove');
    const coach = await team.member('coach', 'Cy Remove');
    const seeker = await team.member('seeker', 'Sam Remove');
    await team.call('POST', '/api/team/assignments', {
      cookie: admin.cookie,
      body: { coachId: coach.account.id, seekerId: seeker.account.id },
    });
    const removed = await team.call('DELETE', `/api/team/members/${seeker.account.id}`, {
      cookie: admin.cookie,
    });
    expect(removed.status).toBe(204);
    expect((await team.call('GET', '/api/applications', { cookie: seeker.cookie })).status).toBe(
      401,
    );
    // A removed seeker signs in again only to a limited account (leaving.test.ts).
    const again = await team.call('POST', '/api/session', {
      body: { email: seeker.email, password: TEAM_PASSWORD },
    });
    expect(again.body.account).toMatchObject({ id: seeker.account.id, removed: true });
    const caseload = await team.call('GET', '/api/team/caseload', { cookie: coach.cookie });
    expect(caseload.body.items).toEqual([]);
    const members = await team.call('GET', '/api/team/members', { cookie: admin.cookie });
    const ids = members.body.items.map((m: { id: string }) => m.id);
    expect(ids).not.toContain(seeker.account.id);
    expect(members.body.assignments).not.toContainEqual(
      expect.objectContaining({ seekerId: seeker.account.id }),
    );
    // Removing the coach takes them out of the assignments the other way round.
    const other = await team.member('seeker', 'Sol Remove');
    await team.call('POST', '/api/team/assignments', {
      cookie: admin.cookie,
      body: { coachId: coach.account.id, seekerId: other.account.id },
    });
    await team.call('DELETE', `/api/team/members/${coach.account.id}`, { cookie: admin.cookie });
    const left = await team.call('GET', '/api/team/members', { cookie: admin.cookie });
    expect(left.body.assignments).not.toContainEqual(
      expect.objectContaining({ coachId: coach.account.id }),
    );
  });

  it('refuses to remove oneself, someone unknown or twice, and refuses non-admins', async () => {
    const admin = await team.member('admin', 'Ada Self');
    const coach = await team.member('coach', 'Cy Self');
    const self = await team.call('DELETE', `/api/team/members/${admin.account.id}`, {
      cookie: admin.cookie,
    });
    expect(self.status).toBe(409);
    expect(self.body.error.field).toBe('id');
    const unknown = await team.call('DELETE', '/api/team/members/acc_000000000000', {
      cookie: admin.cookie,
    });
    expect(unknown.status).toBe(404);
    const byCoach = await team.call('DELETE', `/api/team/members/${admin.account.id}`, {
      cookie: coach.cookie,
    });
    expect(byCoach.status).toBe(403);
    await team.call('DELETE', `/api/team/members/${coach.account.id}`, { cookie: admin.cookie });
    const twice = await team.call('DELETE', `/api/team/members/${coach.account.id}`, {
      cookie: admin.cookie,
    });
    expect(twice.status).toBe(404);
    expect(team.errors).toEqual([]);
  });
});
