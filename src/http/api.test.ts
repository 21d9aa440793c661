import SwaggerParser from '@apidevtools/swagger-parser';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, describeEachDialect, type TestDatabase } from '../../test/databases';
import { createTestClient } from '../../test/http';

type Client = Awaited<ReturnType<typeof createTestClient>>;

describeEachDialect('HTTP API', (db) => {
  let api: Client;
  beforeAll(async () => {
    api = await createTestClient(db());
  });

  it('answers the health check', async () => {
    expect(await api.get('/api/health')).toMatchObject({ status: 200, body: { ok: true } });
  });

  it('creates, reads, updates and deletes an application', async () => {
    const created = await api.post('/api/applications', {
      company: '  Acme Robotics ',
      role: 'Firmware Engineer',
      link: 'https://acme.example/jobs/7',
      salaryMin: 90000,
      salaryMax: 120000,
      salaryCurrency: 'eur',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      company: 'Acme Robotics',
      stage: 'applied',
      salaryCurrency: 'EUR',
    });
    const id = created.body.id as string;

    const read = await api.get(`/api/applications/${id}`);
    expect(read.status).toBe(200);
    expect(read.body.application).toEqual(created.body);
    expect(read.body.stageHistory).toHaveLength(1);

    const patched = await api.patch(`/api/applications/${id}`, {
      notes: 'Ask about the team',
      link: null,
    });
    expect(patched.body).toMatchObject({
      notes: 'Ask about the team',
      link: null,
      company: 'Acme Robotics',
    });

    const moved = await api.post(`/api/applications/${id}/stage`, {
      stage: 'screen',
      note: 'Recruiter call booked',
    });
    expect(moved.status).toBe(200);
    expect(moved.body.application.stage).toBe('screen');

    const list = await api.get('/api/applications?stage=screen');
    expect(list.body.items.map((a: { id: string }) => a.id)).toContain(id);

    expect((await api.delete(`/api/applications/${id}`)).status).toBe(204);
    expect((await api.get(`/api/applications/${id}`)).status).toBe(404);
  });

  it('logs an interview with the people met and shows them on the application', async () => {
    const app = (await api.post('/api/applications', { company: 'Bluefin', role: 'PM' })).body;
    const helen = (
      await api.post('/api/contacts', { name: 'Helen Cho', relationship: 'hiring_manager' })
    ).body;
    const interview = await api.post(`/api/applications/${app.id}/interviews`, {
      scheduledAt: '2026-11-20T15:00:00+01:00',
      round: 2,
      format: 'onsite',
      contactIds: [helen.id],
      topics: ['the oat-milk relaunch'],
      questions: ['Tell me about a campaign that failed'],
    });
    expect(interview.status).toBe(201);
    expect(interview.body.scheduledAt).toBe('2026-11-20T14:00:00.000Z');
    const detail = (await api.get(`/api/applications/${app.id}`)).body;
    expect(detail.contacts.map((c: { name: string }) => c.name)).toEqual(['Helen Cho']);
    expect(detail.interviews[0].topics).toEqual(['the oat-milk relaunch']);
    expect(detail.timeline.map((t: { kind: string }) => t.kind)).toContain('interview');

    const contact = (await api.get(`/api/contacts/${helen.id}`)).body;
    expect(contact.applicationIds).toEqual([app.id]);
    expect(contact.interviews).toHaveLength(1);
  });

  it('logs interactions and sorts contacts by the latest one', async () => {
    const a = (await api.post('/api/contacts', { name: 'Ana Quiet' })).body;
    const b = (await api.post('/api/contacts', { name: 'Ben Recent' })).body;
    await api.post('/api/interactions', {
      contactId: a.id,
      channel: 'email',
      occurredAt: '2026-01-02',
    });
    const logged = await api.post('/api/interactions', {
      contactId: b.id,
      channel: 'call',
      occurredAt: '2026-11-01T10:00:00Z',
    });
    expect(logged.status).toBe(201);
    const contacts = (await api.get('/api/contacts?search=e&limit=1000')).body.items as {
      name: string;
      lastInteractionAt: string | null;
    }[];
    const names = contacts.map((c) => c.name);
    expect(names.indexOf('Ben Recent')).toBeLessThan(names.indexOf('Ana Quiet'));
    expect(contacts.find((c) => c.name === 'Ben Recent')?.lastInteractionAt).toBe(
      '2026-11-01T10:00:00.000Z',
    );

    expect((await api.delete(`/api/interactions/${logged.body.id}`)).status).toBe(204);
    const after = (await api.get(`/api/contacts/${b.id}`)).body;
    expect(after.contact.lastInteractionAt).toBeNull();
  });

  it('marks a draft sent: the message, an interaction and the matching plan step, together', async () => {
    const app = (await api.post('/api/applications', { company: 'Orchard', role: 'Buyer' })).body;
    const owen = (
      await api.post('/api/contacts', {
        name: 'Owen Price',
        email: 'owen@orchard.example',
        applicationIds: [app.id],
      })
    ).body;
    const deps = api.deps;
    await deps.db
      .insertInto('tasks')
      .values({
        workspace_id: deps.workspaceId,
        id: 'tsk_thanks000001',
        application_id: app.id,
        contact_id: owen.id,
        kind: 'thank_you',
        status: 'open',
        due_at: '2026-11-27T09:00:00.000Z',
        snoozed_until: null,
        reason: 'Within two days of the news',
        done_at: null,
        message_id: null,
        interaction_id: null,
        created_at: '2026-11-26T09:00:00.000Z',
        updated_at: '2026-11-26T09:00:00.000Z',
      })
      .execute();
    const draft = await api.post('/api/messages', {
      kind: 'thank_you',
      applicationId: app.id,
      contactId: owen.id,
      subject: 'Thank you',
      body: 'Hi Owen',
    });
    expect(draft.body).toMatchObject({ status: 'draft', recipient: 'owen@orchard.example' });
    const sent = await api.post(`/api/messages/${draft.body.id}/sent`, {});
    expect(sent.status).toBe(200);
    expect(sent.body.message.status).toBe('sent');
    expect(sent.body.interaction).toMatchObject({
      contactId: owen.id,
      channel: 'email',
      messageId: draft.body.id,
    });
    expect(sent.body.task).toMatchObject({
      id: 'tsk_thanks000001',
      status: 'done',
      messageId: draft.body.id,
    });
    expect((await api.patch(`/api/messages/${draft.body.id}`, { body: 'changed' })).status).toBe(
      409,
    );
    expect((await api.post(`/api/messages/${draft.body.id}/sent`, {})).status).toBe(409);
  });

  it.each([
    ['POST', '/api/applications', { role: 'x' }, 400, 'company'],
    ['POST', '/api/applications', { company: '', role: 'x' }, 400, 'company'],
    ['POST', '/api/applications', { company: 7, role: 'x' }, 400, 'company'],
    ['POST', '/api/applications', { company: 'a', role: 'b', stage: 'hired' }, 400, 'stage'],
    ['POST', '/api/applications', { company: 'a', role: 'b', salaryMin: -1 }, 400, 'salaryMin'],
    [
      'POST',
      '/api/applications',
      { company: 'a', role: 'b', salaryMin: 5, salaryMax: 4 },
      400,
      'salaryMax',
    ],
    [
      'POST',
      '/api/applications',
      { company: 'a', role: 'b', link: 'javascript:alert(1)' },
      400,
      'link',
    ],
    [
      'POST',
      '/api/applications',
      { company: 'a', role: 'b', stageAt: 'yesterday' },
      400,
      'stageAt',
    ],
    ['POST', '/api/applications', { company: 'a', role: 'b', compnay: 'typo' }, 400, 'compnay'],
    ['POST', '/api/applications', '{"company":', 400, 'body'],
    ['POST', '/api/applications', [1, 2], 400, 'body'],
    ['POST', '/api/contacts', { name: 'x', email: 'not-an-email' }, 400, 'email'],
    ['POST', '/api/contacts', { name: 'x', relationship: 'friend' }, 400, 'relationship'],
    ['POST', '/api/contacts', { name: 'x', tags: 'a,b' }, 400, 'tags'],
    [
      'POST',
      '/api/contacts',
      { name: 'x', applicationIds: ['app_nope'] },
      404,
      'applicationIds[0]',
    ],
    ['POST', '/api/interactions', { contactId: 'con_nope', channel: 'email' }, 404, 'contactId'],
    ['POST', '/api/interactions', { contactId: 'con_x', channel: 'pigeon' }, 400, 'channel'],
    ['POST', '/api/applications/app_nope/stage', { stage: 'screen' }, 404, 'id'],
    ['PATCH', '/api/contacts/con_nope', { name: 'x' }, 404, 'id'],
    ['GET', '/api/applications?limit=0', undefined, 400, 'limit'],
    ['GET', '/api/applications?limit=ten', undefined, 400, 'limit'],
    ['GET', '/api/applications?stage=applied,hired', undefined, 400, 'stage'],
    ['GET', '/api/contacts?sort=age', undefined, 400, 'sort'],
    ['GET', '/api/messages/msg_nope', undefined, 404, 'id'],
    ['POST', '/api/import?mode=everything', {}, 400, 'mode'],
  ] as const)('%s %s %j → %i naming %s', async (method, path, body, status, field) => {
    const response = await api.call(method, path, body);
    expect(response.status).toBe(status);
    expect(response.body.error).toMatchObject({ field });
    expect(response.body.error.message).toContain(field);
    expect(typeof response.body.error.code).toBe('string');
  });

  it('refuses a body that is not JSON, or too large, in the same error shape', async () => {
    const plain = await api.post('/api/applications', 'company=Acme', {
      'content-type': 'text/plain',
    });
    expect(plain.status).toBe(415);
    expect(plain.body.error).toMatchObject({ code: 'unsupported_media_type', field: 'body' });
    const huge = await api.post('/api/applications', {
      company: 'a',
      role: 'b',
      notes: 'x'.repeat(1_100_000),
    });
    expect(huge.status).toBe(413);
    expect(huge.body.error.code).toBe('payload_too_large');
    expect((await api.get('/api/nowhere')).body.error.code).toBe('not_found');
  });

  it('writes nothing when a request fails halfway', async () => {
    const before = (await api.get('/api/contacts?limit=1000')).body.items.length;
    const app = (await api.post('/api/applications', { company: 'Half', role: 'Way' })).body;
    const refused = await api.post('/api/contacts', {
      name: 'Ghost',
      applicationIds: [app.id, 'app_missing'],
    });
    expect(refused.status).toBe(404);
    expect((await api.get('/api/contacts?limit=1000')).body.items.length).toBe(before);
    const interview = await api.post(`/api/applications/${app.id}/interviews`, {
      scheduledAt: '2026-11-20',
      contactIds: ['con_missing'],
    });
    expect(interview.status).toBe(404);
    expect(interview.body.error.field).toBe('contactIds[0]');
    expect((await api.get(`/api/applications/${app.id}`)).body.interviews).toEqual([]);
  });

  it('never answers 500, whatever JSON a client sends', async () => {
    const paths = [
      '/api/applications',
      '/api/contacts',
      '/api/interactions',
      '/api/messages',
      '/api/import',
    ];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...paths), fc.jsonValue(), async (path, body) => {
        const response = await api.post(path, JSON.stringify(body));
        expect(response.status).toBeLessThan(500);
      }),
      { numRuns: 60 },
    );
    expect(api.errors).toEqual([]);
  });
});

describe('the OpenAPI document', () => {
  let database: TestDatabase & { close(): Promise<void> };
  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    return () => database.close();
  });

  it('is a valid OpenAPI 3.1 document describing every route', async () => {
    const api = await createTestClient(database);
    const { status, body } = await api.get('/api/openapi.json');
    expect(status).toBe(200);
    await SwaggerParser.validate(structuredClone(body));
    expect(body.openapi).toMatch(/^3\./);
    const routes = Object.entries(body.paths as Record<string, object>).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
    );
    for (const route of [
      'GET /health',
      'POST /applications',
      'GET /applications',
      'GET /applications/{id}',
      'PATCH /applications/{id}',
      'DELETE /applications/{id}',
      'POST /applications/{id}/stage',
      'POST /applications/{id}/interviews',
      'POST /contacts',
      'GET /contacts',
      'GET /contacts/{id}',
      'PATCH /contacts/{id}',
      'DELETE /contacts/{id}',
      'POST /interactions',
      'GET /export',
      'POST /import',
    ]) {
      expect(routes).toContain(route);
    }
  });
});
