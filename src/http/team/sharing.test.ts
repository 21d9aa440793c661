import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/databases';
import { createTeamApp } from '../../../test/team';
import { WORKSPACE_HEADER } from './access-policy';

let database: TestDatabase & { close(): Promise<void> };
let team: ReturnType<typeof createTeamApp>;
beforeAll(async () => {
  database = await createTestDatabase('postgres');
  database.clock.set('2026-12-10T10:00:00.000Z');
  team = createTeamApp(database);
});
afterAll(() => database.close());

interface Cast {
  seeker: string;
  coach: string;
  other: string;
  headers: Record<string, string>;
  applicationId: string;
  rejectionId: string;
}

/** A seeker with a rejection and a reflection, their coach, and a coach of someone else. */
async function cast(): Promise<Cast> {
  const seeker = await team.member('seeker', 'Lin Share');
  const coach = await team.member('coach', 'Cy Share');
  const other = await team.member('coach', 'Di Elsewhere');
  const admin = await team.member('admin', 'Ada Share');
  await team.call('POST', '/api/team/assignments', {
    cookie: admin.cookie,
    body: { coachId: coach.account.id, seekerId: seeker.account.id },
  });
  const app = await team.call('POST', '/api/applications', {
    cookie: seeker.cookie,
    body: { company: 'Lumen Labs', role: 'Data Analyst', stage: 'final' },
  });
  const rejected = await team.call('POST', `/api/applications/${app.body.id}/rejection`, {
    cookie: seeker.cookie,
    body: {},
  });
  expect(rejected.status).toBe(201);
  const reflected = await team.call('PATCH', `/api/applications/${app.body.id}/reflection`, {
    cookie: seeker.cookie,
    body: { wentWell: 'The case study', feeling: 'upset', feelingNote: 'It stung' },
  });
  expect(reflected.status).toBe(200);
  return {
    seeker: seeker.cookie,
    coach: coach.cookie,
    other: other.cookie,
    headers: { [WORKSPACE_HEADER]: seeker.account.workspaceId as string },
    applicationId: app.body.id,
    rejectionId: rejected.body.rejection.id,
  };
}

let c: Cast;
beforeEach(async () => {
  c = await cast();
});

const log = async () =>
  (await team.call('GET', '/api/access-log', { cookie: c.seeker })).body.items as {
    operation: string;
    path: string;
  }[];
const asCoach = (path: string, cookie = c.coach) =>
  team.call('GET', `/api${path}`, { cookie, headers: c.headers });

describe('a reflection shared with the coach', () => {
  it('is refused while private, served and logged once shared, refused again once taken back', async () => {
    const path = `/applications/${c.applicationId}/reflection`;
    const own = await team.call('GET', `/api${path}`, { cookie: c.seeker });
    expect(own.body.reflection).toMatchObject({ wentWell: 'The case study', feeling: 'upset' });

    const refused = await asCoach(path);
    expect(refused.status).toBe(403);
    expect(refused.body.error).toMatchObject({ code: 'forbidden', field: 'reflection' });
    expect(JSON.stringify(refused.body)).not.toContain('case study');
    expect(await log()).toEqual([]);

    const shared = await team.call('PUT', `/api/team/sharing/reflections/${c.rejectionId}`, {
      cookie: c.seeker,
    });
    expect(shared.status).toBe(200);
    expect(shared.body.items).toMatchObject([
      { kind: 'reflection', id: c.rejectionId, label: 'Lumen Labs — Data Analyst' },
    ]);
    const served = await asCoach(path);
    expect(served.status).toBe(200);
    // Feelings stay private until they are shared too.
    expect(served.body.reflection).toMatchObject({
      wentWell: 'The case study',
      feeling: null,
      feelingNote: null,
    });
    expect(await log()).toMatchObject([{ operation: 'GET /applications/{id}/reflection', path }]);
    const plan = await asCoach(`/applications/${c.applicationId}/plan`);
    expect(plan.body.rejection.reflection).toMatchObject({ wentWell: 'The case study' });
    expect(plan.body.coolOffUntil).toBeNull();

    expect((await asCoach(path, c.other)).status).toBe(403);

    const unshared = await team.call('DELETE', `/api/team/sharing/reflections/${c.rejectionId}`, {
      cookie: c.seeker,
    });
    expect(unshared.body.items).toEqual([]);
    expect((await asCoach(path)).status).toBe(403);
    const planAfter = await asCoach(`/applications/${c.applicationId}/plan`);
    expect(planAfter.body.rejection.reflection).toBeNull();
    // One clock for the whole test: the reads share a time, so compare them as a set.
    expect((await log()).map((entry) => entry.operation).sort()).toEqual([
      'GET /applications/{id}/plan',
      'GET /applications/{id}/plan',
      'GET /applications/{id}/reflection',
    ]);
  });

  it('follows the setting for every reflection, and shows feelings only when they are shared', async () => {
    const path = `/applications/${c.applicationId}/reflection`;
    const settings = await team.call('PATCH', '/api/team/sharing', {
      cookie: c.seeker,
      body: { reflections: true },
    });
    expect(settings.body.settings).toEqual({ reflections: true, drafts: false, feelings: false });
    expect((await asCoach(path)).body.reflection.feeling).toBeNull();
    await team.call('PATCH', '/api/team/sharing', { cookie: c.seeker, body: { feelings: true } });
    expect((await asCoach(path)).body.reflection).toMatchObject({
      feeling: 'upset',
      feelingNote: 'It stung',
    });
    const plan = await asCoach(`/applications/${c.applicationId}/plan`);
    expect(plan.body.coolOffUntil).toEqual(expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/));
    await team.call('PATCH', '/api/team/sharing', {
      cookie: c.seeker,
      body: { reflections: false, feelings: false },
    });
    expect((await asCoach(path)).status).toBe(403);
    expect((await asCoach(`/applications/${c.applicationId}/plan`)).body.coolOffUntil).toBeNull();
  });
});

describe('a draft shared with the coach', () => {
  it('is served only while shared and still a draft; sent messages stay private', async () => {
    const draft = await team.call('POST', '/api/messages', {
      cookie: c.seeker,
      body: { kind: 'thank_you', applicationId: c.applicationId, subject: 'Thank you, Lumen' },
    });
    const path = `/messages/${draft.body.id}`;
    expect((await asCoach(path)).status).toBe(403);
    expect((await asCoach(`/applications/${c.applicationId}`)).body.messages).toEqual([]);
    const before = (await log()).length;

    await team.call('PUT', `/api/team/sharing/drafts/${draft.body.id}`, { cookie: c.seeker });
    const served = await asCoach(path);
    expect(served.status).toBe(200);
    expect(served.body.subject).toBe('Thank you, Lumen');
    const detail = await asCoach(`/applications/${c.applicationId}`);
    expect(detail.body.messages.map((m: { id: string }) => m.id)).toEqual([draft.body.id]);
    expect((await log()).length).toBe(before + 2);

    const sent = await team.call('POST', `/api/messages/${draft.body.id}/sent`, {
      cookie: c.seeker,
      body: {},
    });
    expect(sent.status).toBe(200);
    expect((await asCoach(path)).status).toBe(403);
    expect((await log()).length).toBe(before + 2);
    const again = await team.call('PUT', `/api/team/sharing/drafts/${draft.body.id}`, {
      cookie: c.seeker,
    });
    expect(again.status).toBe(409);
    expect(again.body.error.field).toBe('id');
  });

  it('opens every draft with the setting, and closes them all when it is turned off', async () => {
    const draft = await team.call('POST', '/api/messages', {
      cookie: c.seeker,
      body: { kind: 'follow_up', applicationId: c.applicationId },
    });
    await team.call('PATCH', '/api/team/sharing', { cookie: c.seeker, body: { drafts: true } });
    expect((await asCoach(`/messages/${draft.body.id}`)).status).toBe(200);
    expect((await asCoach(`/messages/${draft.body.id}`, c.other)).status).toBe(403);
    await team.call('PATCH', '/api/team/sharing', { cookie: c.seeker, body: { drafts: false } });
    expect((await asCoach(`/messages/${draft.body.id}`)).status).toBe(403);
  });
});

describe('the sharing settings', () => {
  it('are the seeker’s alone to read and change', async () => {
    for (const cookie of [c.coach, c.other]) {
      const read = await team.call('GET', '/api/team/sharing', { cookie, headers: c.headers });
      expect(read.status).toBe(403);
      const change = await team.call('PATCH', '/api/team/sharing', {
        cookie,
        headers: c.headers,
        body: { reflections: true },
      });
      expect(change.status).toBe(403);
      const share = await team.call('PUT', `/api/team/sharing/reflections/${c.rejectionId}`, {
        cookie,
        headers: c.headers,
      });
      expect(share.status).toBe(403);
    }
    const view = await team.call('GET', '/api/team/sharing', { cookie: c.seeker });
    expect(view.body).toEqual({
      settings: { reflections: false, drafts: false, feelings: false },
      items: [],
    });
  });

  it('refuse a wrong value or an unknown kind, naming it, and an unknown item', async () => {
    const wrong = await team.call('PATCH', '/api/team/sharing', {
      cookie: c.seeker,
      body: { reflections: 'yes' },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.field).toBe('reflections');
    const unknown = await team.call('PATCH', '/api/team/sharing', {
      cookie: c.seeker,
      body: { letters: true },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toContain('letters');
    const missing = await team.call('PUT', '/api/team/sharing/drafts/msg_000000000000', {
      cookie: c.seeker,
    });
    expect(missing.status).toBe(404);
    expect((await team.call('GET', '/api/team/sharing', { cookie: c.seeker })).body.items).toEqual(
      [],
    );
  });
});
