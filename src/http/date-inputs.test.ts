import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/databases';
import { createTestClient } from '../../test/http';

type Client = Awaited<ReturnType<typeof createTestClient>>;

const IMPOSSIBLE = ['2026-02-30', '2025-02-29', '2026-04-31T10:00', '2026-02-30T10:00:00Z'];

/**
 * The server runs in New York, the user lives in Tokyo (UTC+9, no daylight saving): a time
 * written without an offset must land at Tokyo's wall-clock time, whatever the server's zone.
 */
describeEachDialect('dates and times the user writes', (db) => {
  let api: Client;
  let appId: string;
  let contactId: string;
  const serverZone = process.env.TZ;

  beforeAll(async () => {
    process.env.TZ = 'America/New_York';
    api = await createTestClient(db(), 'ws_dates');
    expect((await api.patch('/api/settings', { timeZone: 'Asia/Tokyo' })).status).toBe(200);
    appId = (await api.post('/api/applications', { company: 'Acme', role: 'Analyst' })).body.id;
    contactId = (await api.post('/api/contacts', { name: 'Helen Cho' })).body.id;
  });
  afterAll(() => {
    if (serverZone === undefined) delete process.env.TZ;
    else process.env.TZ = serverZone;
  });

  it('reads stageAt without an offset in the user time zone, and a bare date as noon there', async () => {
    const local = await api.post('/api/applications', {
      company: 'Local Ltd',
      role: 'Analyst',
      stageAt: '2026-06-15T10:00',
    });
    expect(local.body.stageChangedAt).toBe('2026-06-15T01:00:00.000Z');
    const day = await api.post('/api/applications', {
      company: 'Day Ltd',
      role: 'Analyst',
      stageAt: '2026-06-15',
    });
    expect(day.body.stageChangedAt).toBe('2026-06-15T03:00:00.000Z');
    const exact = await api.post('/api/applications', {
      company: 'Exact Ltd',
      role: 'Analyst',
      stageAt: '2026-06-15T10:00+02:00',
    });
    expect(exact.body.stageChangedAt).toBe('2026-06-15T08:00:00.000Z');
  });

  it('reads a stage change, an interview, an interaction and a sent message the same way', async () => {
    const moved = await api.post(`/api/applications/${appId}/stage`, {
      stage: 'screen',
      at: '2026-06-16T09:30',
    });
    expect(moved.body.event.at).toBe('2026-06-16T00:30:00.000Z');

    const interview = await api.post(`/api/applications/${appId}/interviews`, {
      scheduledAt: '2026-06-20T14:00',
    });
    expect(interview.body.scheduledAt).toBe('2026-06-20T05:00:00.000Z');
    const patched = await api.patch(`/api/interviews/${interview.body.id}`, {
      scheduledAt: '2026-06-21T08:15',
    });
    expect(patched.body.scheduledAt).toBe('2026-06-20T23:15:00.000Z');

    const touch = await api.post('/api/interactions', {
      contactId,
      channel: 'email',
      occurredAt: '2026-06-22T07:00',
    });
    expect(touch.body.occurredAt).toBe('2026-06-21T22:00:00.000Z');

    const message = await api.post('/api/messages', { kind: 'other', contactId, body: 'Hi' });
    const sent = await api.post(`/api/messages/${message.body.id}/sent`, {
      sentAt: '2026-06-23T18:45',
    });
    expect(sent.body.message.sentAt).toBe('2026-06-23T09:45:00.000Z');
  });

  it.each(IMPOSSIBLE)('refuses the impossible date %s in every field, naming it', async (bad) => {
    const answers = [
      ['stageAt', await api.post('/api/applications', { company: 'A', role: 'B', stageAt: bad })],
      ['at', await api.post(`/api/applications/${appId}/stage`, { stage: 'screen', at: bad })],
      [
        'scheduledAt',
        await api.post(`/api/applications/${appId}/interviews`, { scheduledAt: bad }),
      ],
      [
        'occurredAt',
        await api.post('/api/interactions', { contactId, channel: 'email', occurredAt: bad }),
      ],
      ['date', await api.post(`/api/applications/${appId}/rejection`, { date: bad })],
      [
        'context.rejectedAt',
        await api.post('/api/coach', {
          kind: 'thank_you',
          text: 'Thanks',
          context: { rejectedAt: bad },
        }),
      ],
    ] as const;
    for (const [field, answer] of answers) {
      expect(answer.status, field).toBe(400);
      expect(answer.body.error.field).toBe(field);
    }
    expect(api.errors).toEqual([]);
  });

  it('refuses a coach time without an offset rather than guess the zone', async () => {
    const answer = await api.post('/api/coach', {
      kind: 'thank_you',
      text: 'Thanks',
      context: { rejectedAt: '2026-06-15T10:00' },
    });
    expect(answer.status).toBe(400);
    expect(answer.body.error.message).toMatch(/time zone offset/);
  });

  it('reads times in an imported applications CSV in the user time zone, and refuses impossible ones', async () => {
    const content =
      'Company,Role,Stage,Date applied\nWall Clock Inc,Analyst,applied,2026-06-15 10:00\n';
    const imported = await api.post('/api/import/csv', { content });
    expect(imported.status).toBe(200);
    const list = await api.get('/api/applications?search=Wall%20Clock');
    expect(list.body.items[0].stageChangedAt).toBe('2026-06-15T01:00:00.000Z');

    const bad = 'Company,Role,Stage,Date applied\nFeb Inc,Analyst,applied,2026-02-30\n';
    const refused = await api.post('/api/import/csv', { content: bad });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(/line 2.*2026-02-30/);
  });

  it('refuses a workspace document with an impossible or zone-less timestamp, naming it', async () => {
    const document = (await api.get('/api/export')).body;
    for (const bad of ['2026-02-30T10:00:00.000Z', '2026-06-15T10:00:00']) {
      const broken = JSON.parse(JSON.stringify(document));
      broken.applications[0].createdAt = bad;
      const answer = await api.post('/api/import?mode=merge', broken);
      expect(answer.status).toBe(400);
      expect(answer.body.error.field).toBe('applications[0].createdAt');
    }
  });
});
