/* eslint-disable @typescript-eslint/no-explicit-any -- responses are read loosely on purpose */
import SwaggerParser from '@apidevtools/swagger-parser';
import { beforeAll, expect, it } from 'vitest';
import { seedCoachWorkspace } from '../../../test/coach-workspace';
import { describeEachDialect } from '../../../test/databases';
import { createTestClient } from '../../../test/http';

type Client = Awaited<ReturnType<typeof createTestClient>>;

const context = {
  company: 'Acme Robotics',
  role: 'Firmware Engineer',
  contactName: 'Helen Cho',
  facts: ['motor controller bring-up'],
  otherCompanies: ['Stark Foods'],
};

describeEachDialect('coach API', (db) => {
  let api: Client;
  let seeded: Awaited<ReturnType<typeof seedCoachWorkspace>>;
  beforeAll(async () => {
    api = await createTestClient(db(), 'ws_coach_api');
    seeded = await seedCoachWorkspace(api.deps);
  });

  it('checks a message and returns findings with spans, scores and counts', async () => {
    const text =
      'Hi Helen,\nI believe I met every requirement. Best to the Stark Foods team!\nRavi';
    const { status, body } = await api.post('/api/coach', {
      kind: 'feedback_request',
      text,
      context,
    });
    expect(status).toBe(200);
    const rules = body.findings.map((f: any) => f.rule);
    expect(rules).toContain('tone/argues-decision');
    expect(rules).toContain('accuracy/other-company');
    const company = body.findings.find((f: any) => f.rule === 'accuracy/other-company');
    expect(text.slice(company.start, company.end)).toBe('Stark Foods');
    expect(body.scores.overall).toBeLessThan(100);
    expect(body.stats.words).toBe(15);
    expect(api.errors).toEqual([]);
  });

  it('accepts earlier messages as text or as objects, and takes "sent" as now', async () => {
    const now = api.deps.clock.now().getTime();
    const { body } = await api.post('/api/coach', {
      kind: 'thank_you',
      text: 'Hi Helen,\nThanks for the talk about the motor controller bring-up.\nRavi',
      context: {
        ...context,
        rejectedAt: new Date(now - 3_600_000).toISOString(),
        previousMessages: [
          'Hi Owen, thanks!',
          { text: 'Hi Sam', to: 'Sam Reed', kind: 'thank_you' },
        ],
      },
    });
    expect(body.findings.map((f: any) => f.rule)).toContain('timing/too-soon');
  });

  it.each([
    [{ kind: 'poem', text: 'Hi' }, 'kind'],
    [{ kind: 'thank_you' }, 'text'],
    [{ kind: 'thank_you', text: 'Hi', context: { facts: ['ok', 42] } }, 'context.facts[1]'],
    [{ kind: 'thank_you', text: 'Hi', context: { linkedinPlan: 'gold' } }, 'context.linkedinPlan'],
    [
      { kind: 'thank_you', text: 'Hi', context: { rejectedAt: 'last Tuesday' } },
      'context.rejectedAt',
    ],
    [
      { kind: 'thank_you', text: 'Hi', context: { previousMessages: [{ to: 'Sam' }] } },
      'context.previousMessages[0]',
    ],
    [{ kind: 'thank_you', text: 'Hi', extra: true }, 'body'],
  ])('refuses %j naming %s', async (input, field) => {
    const { status, body } = await api.post('/api/coach', input);
    expect(status).toBe(400);
    expect(body.error.code).toBe('validation');
    expect(body.error.message).toContain(field === 'body' ? 'extra' : field);
  });

  it('assembles the coach context for an application', async () => {
    const { status, body } = await api.get(
      `/api/applications/${seeded.acme.id}/coach-context?kind=feedback_request&contactId=${seeded.sam.id}`,
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({ applicationId: seeded.acme.id, contactId: seeded.sam.id });
    expect(body.context.contactName).toBe('Sam Reed');
    expect(body.context.otherCompanies).toContain('Stark Foods');
    expect((await api.get(`/api/applications/app_nope/coach-context?kind=thank_you`)).status).toBe(
      404,
    );
    const bad = await api.get(`/api/applications/${seeded.acme.id}/coach-context?kind=sonnet`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('kind');
  });

  it('builds a draft that the coach accepts outside the room it leaves', async () => {
    db().clock.advance(30 * 3_600_000);
    const { status, body } = await api.post('/api/drafts', {
      applicationId: seeded.acme.id,
      kind: 'thank_you',
      userName: 'Ravi',
    });
    expect(status).toBe(200);
    expect(body.draft.text).toContain('Helen');
    expect(body.draft.text).toContain('[[Your words');
    const checked = await api.post('/api/coach', {
      kind: 'thank_you',
      text: body.draft.text,
      context: body.context,
    });
    const outside = checked.body.findings.filter(
      (f: any) =>
        f.severity !== 'info' &&
        !body.draft.rooms.some((r: any) => r.start <= f.start && f.end <= r.end),
    );
    expect(outside).toEqual([]);
    const missing = await api.post('/api/drafts', { applicationId: 'app_nope', kind: 'thank_you' });
    expect(missing.status).toBe(404);
    expect(missing.body.error.field).toBe('applicationId');
  });

  it('describes the coach routes in the OpenAPI document', async () => {
    const { body } = await api.get('/api/openapi.json');
    await SwaggerParser.validate(structuredClone(body));
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining(['/coach', '/drafts', '/applications/{id}/coach-context']),
    );
    expect(body.components.schemas).toHaveProperty('CoachInput');
    expect(body.components.schemas).toHaveProperty('CoachResult');
  });
});
