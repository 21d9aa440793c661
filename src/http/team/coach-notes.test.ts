import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/databases';
import { createTeamApp } from '../../../test/team';
import { WORKSPACE_HEADER } from './access-policy';

let database: TestDatabase & { close(): Promise<void> };
let team: ReturnType<typeof createTeamApp>;
beforeAll(async () => {
  database = await createTestDatabase('postgres');
  database.clock.set('2026-12-09T10:00:00.000Z');
  team = createTeamApp(database);
});
afterAll(() => database.close());

describe('notes and suggestions from a coach', () => {
  it('are left by the seeker’s own coach and read by the seeker', async () => {
    const ana = await team.member('seeker', 'Ana Notes');
    const coach = await team.member('coach', 'Cy Notes');
    const other = await team.member('coach', 'Di Other');
    const admin = await team.member('admin', 'Ada Notes');
    await team.call('POST', '/api/team/assignments', {
      cookie: admin.cookie,
      body: { coachId: coach.account.id, seekerId: ana.account.id },
    });
    const app = await team.call('POST', '/api/applications', {
      cookie: ana.cookie,
      body: { company: 'Acme', role: 'Analyst' },
    });
    const headers = { [WORKSPACE_HEADER]: ana.account.workspaceId as string };
    const note = await team.call('POST', '/api/coach-notes', {
      cookie: coach.cookie,
      headers,
      body: { kind: 'suggestion', body: 'Ask for feedback this week', applicationId: app.body.id },
    });
    expect(note.status).toBe(201);
    expect(note.body).toMatchObject({
      kind: 'suggestion',
      authorId: coach.account.id,
      authorName: 'Cy Notes',
      applicationId: app.body.id,
    });
    const seen = await team.call('GET', '/api/coach-notes', { cookie: ana.cookie });
    expect(seen.body.items).toEqual([note.body]);

    const missing = await team.call('POST', '/api/coach-notes', {
      cookie: coach.cookie,
      headers,
      body: { kind: 'note', body: 'About that one', applicationId: 'app_000000000000' },
    });
    expect(missing.status).toBe(404);
    expect(missing.body.error.field).toBe('applicationId');
    const refusals = [
      [other.cookie, headers],
      [ana.cookie, {}],
      [admin.cookie, headers],
    ] as const;
    for (const [cookie, with_] of refusals) {
      const response = await team.call('POST', '/api/coach-notes', {
        cookie,
        headers: with_,
        body: { kind: 'note', body: 'Not mine to leave' },
      });
      expect(response.status).toBe(403);
    }
    expect(
      (await team.call('GET', '/api/coach-notes', { cookie: ana.cookie })).body.items,
    ).toHaveLength(1);
  });

  it('include drafts a coach writes for the seeker to review, which only the seeker can send', async () => {
    const ana = await team.member('seeker', 'Ana Drafts');
    const coach = await team.member('coach', 'Cy Drafts');
    const admin = await team.member('admin', 'Ada Drafts');
    await team.call('POST', '/api/team/assignments', {
      cookie: admin.cookie,
      body: { coachId: coach.account.id, seekerId: ana.account.id },
    });
    const headers = { [WORKSPACE_HEADER]: ana.account.workspaceId as string };
    const draft = await team.call('POST', '/api/coach-drafts', {
      cookie: coach.cookie,
      headers,
      body: {
        kind: 'keep_in_touch',
        recipient: 'lee@acme.example',
        subject: 'Catching up',
        body: 'Hi Lee,\n\nI would love to hear how the team is doing.\n\nAna',
      },
    });
    expect(draft.status).toBe(201);
    expect(draft.body).toMatchObject({ status: 'draft', subject: 'Catching up' });
    const mine = await team.call('GET', '/api/messages', { cookie: ana.cookie });
    expect(mine.body.items.map((m: { id: string }) => m.id)).toEqual([draft.body.id]);
    const marked = await team.call('GET', '/api/coach-drafts', { cookie: ana.cookie });
    expect(marked.body.items).toEqual([
      {
        messageId: draft.body.id,
        coachId: coach.account.id,
        coachName: 'Cy Drafts',
        createdAt: '2026-12-09T10:00:00.000Z',
      },
    ]);
    for (const [method, path] of [
      ['POST', `/api/messages/${draft.body.id}/send`],
      ['POST', `/api/messages/${draft.body.id}/sent`],
      ['PATCH', `/api/messages/${draft.body.id}`],
      ['GET', `/api/messages/${draft.body.id}`],
      ['GET', '/api/coach-drafts'],
    ] as const) {
      const response = await team.call(method, path, {
        cookie: coach.cookie,
        headers,
        ...(method !== 'GET' && { body: {} }),
      });
      expect(response.status, `${method} ${path}`).toBe(403);
    }
    expect(
      (await team.call('DELETE', `/api/messages/${draft.body.id}`, { cookie: ana.cookie })).status,
    ).toBe(204);
    expect(
      (await team.call('GET', '/api/coach-drafts', { cookie: ana.cookie })).body.items,
    ).toEqual([]);
  });
});
