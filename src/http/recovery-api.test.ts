import fc from 'fast-check';
import { beforeEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/databases';
import { createTestClient } from '../../test/http';

type Client = Awaited<ReturnType<typeof createTestClient>>;

/** An application with a recruiter screen and a final panel, through the API. */
async function interviewed(api: Client, company = 'Acme') {
  const app = (
    await api.post('/api/applications', { company, role: 'Data Analyst', stage: 'final' })
  ).body;
  const person = async (name: string, relationship: string) =>
    (await api.post('/api/contacts', { name, relationship, company, applicationIds: [app.id] }))
      .body.id as string;
  const recruiter = await person('Ben Park', 'recruiter');
  const manager = await person('Ana Okafor', 'hiring_manager');
  await api.post(`/api/applications/${app.id}/interviews`, {
    scheduledAt: '2026-11-10T15:00:00Z',
    round: 3,
    durationMinutes: 90,
    contactIds: [manager],
  });
  return { id: app.id as string, recruiter, manager };
}

describeEachDialect('the recovery API', (db) => {
  let api: Client;
  beforeEach(async () => {
    db().clock.set('2026-11-26T09:00:00.000Z');
    api = await createTestClient(db(), `ws_${Math.random().toString(36).slice(2, 10)}`);
    expect((await api.patch('/api/settings', { timeZone: 'Europe/London' })).status).toBe(200);
  });

  it('records a rejection with 201, corrects it with 200, and returns the dated plan', async () => {
    const { id, manager } = await interviewed(api);
    const created = await api.post(`/api/applications/${id}/rejection`, {
      date: '2026-11-26',
      stage: 'final',
      channel: 'email',
      reason: 'Another candidate had more domain experience',
      humanContact: true,
      contactId: manager,
    });
    expect(created.status).toBe(201);
    expect(created.body.created).toBe(true);
    expect(created.body.application.stage).toBe('rejected');
    const thanks = created.body.steps.find((s: { kind: string }) => s.kind === 'thank_you');
    expect(thanks).toMatchObject({ contactId: manager, dueOn: '2026-11-27', status: 'open' });
    expect(thanks.reason).toContain('The Ladders');
    const corrected = await api.post(`/api/applications/${id}/rejection`, { date: '2026-11-25' });
    expect(corrected.status).toBe(200);
    expect(corrected.body).toMatchObject({
      created: false,
      rejection: { rejectedOn: '2026-11-25', contactId: manager },
    });
    const patched = await api.patch(`/api/applications/${id}/rejection`, { reason: null });
    expect(patched.body.rejection.reason).toBeNull();
    expect((await api.get(`/api/applications/${id}/plan`)).body.steps).toHaveLength(
      created.body.steps.length,
    );
  });

  it.each([
    [{ date: 'last tuesday' }, 'date'],
    [{ date: '2026-02-30' }, 'date'],
    [{ date: '2027-01-01' }, 'date'],
    [{ stage: 'lunch' }, 'stage'],
    [{ channel: 'carrier pigeon' }, 'channel'],
    [{ humanContact: 'maybe' }, 'humanContact'],
    [{ channel: 'automated', humanContact: true }, 'humanContact'],
    [{ contactID: 'x' }, 'contactID'],
  ])('refuses %j with 400 naming %s, and changes nothing', async (body, field) => {
    const { id } = await interviewed(api);
    const response = await api.post(`/api/applications/${id}/rejection`, body);
    expect(response.status).toBe(400);
    expect(response.body.error.field).toBe(field);
    expect(response.body.error.message).toMatch(new RegExp(`^${field}: `));
    const detail = (await api.get(`/api/applications/${id}`)).body;
    expect(detail.application.stage).toBe('final');
    expect(detail.rejection).toBeNull();
    expect(detail.tasks).toEqual([]);
  });

  it('re-plans on request, records feedback and takes a rejection back', async () => {
    const { id } = await interviewed(api);
    await api.post(`/api/applications/${id}/rejection`, { channel: 'email', feeling: 'upset' });
    const late = (
      await api.post('/api/contacts', {
        name: 'Dee Lane',
        relationship: 'interviewer',
        applicationIds: [id],
      })
    ).body;
    const refreshed = await api.post(`/api/applications/${id}/plan`);
    expect(refreshed.status).toBe(200);
    expect(
      refreshed.body.steps.some((s: { contactId: string | null }) => s.contactId === late.id),
    ).toBe(true);
    const noText = await api.post(`/api/applications/${id}/feedback`, { receivedOn: '2026-11-26' });
    expect(noText.status).toBe(400);
    expect(noText.body.error.field).toBe('text');
    const feedback = await api.post(`/api/applications/${id}/feedback`, {
      text: 'Go deeper on SQL',
    });
    expect(feedback.body.rejection.feedback).toBe('Go deeper on SQL');
    const refused = await api.delete(`/api/applications/${id}/rejection`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.field).toBe('force');
    const withdrawn = await api.delete(`/api/applications/${id}/rejection?force=true`);
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.stage).toBe('final');
    expect((await api.get(`/api/applications/${id}/plan`)).status).toBe(404);
  });

  it('answers 404 for an unknown application or a plan never made', async () => {
    const missing = await api.post('/api/applications/app_000000000000/rejection', {});
    expect(missing.status).toBe(404);
    const { id } = await interviewed(api);
    expect((await api.get(`/api/applications/${id}/plan`)).status).toBe(404);
    expect((await api.patch(`/api/applications/${id}/reflection`, { fit: 'no' })).status).toBe(404);
  });

  it('serves the agenda with what to do, for whom and why', async () => {
    const { id } = await interviewed(api);
    await api.post(`/api/applications/${id}/rejection`, { date: '2026-11-26' });
    const agenda = await api.get('/api/agenda?from=2026-11-26&to=2026-12-02');
    expect(agenda.status).toBe(200);
    expect(agenda.body).toMatchObject({ today: '2026-11-26', timeZone: 'Europe/London' });
    for (const item of agenda.body.items) {
      for (const field of ['id', 'kind', 'dueAt', 'reason', 'status', 'title', 'when']) {
        expect(item[field], field).toEqual(expect.any(String));
      }
      expect(item).toHaveProperty('applicationId', id);
      expect(item).toHaveProperty('contactId');
    }
    expect(agenda.body.items.map((i: { kind: string }) => i.kind)).toContain('thank_you');
  });

  it.each([
    ['from=2026-13-01', 'from'],
    ['to=soon', 'to'],
    ['from=2026-12-02&to=2026-11-26', 'to'],
    ['limit=0.5', 'limit'],
    ['includeOverdue=yes', 'includeOverdue'],
  ])('refuses the agenda query %s, naming %s', async (query, field) => {
    const response = await api.get(`/api/agenda?${query}`);
    expect(response.status).toBe(400);
    expect(response.body.error.field).toBe(field);
  });

  it('saves a reflection with PUT and PATCH', async () => {
    const { id } = await interviewed(api);
    await api.post(`/api/applications/${id}/rejection`, {});
    const put = await api.call('PUT', `/api/applications/${id}/reflection`, {
      fit: 'partly',
      fitWhy: 'Long commute',
      missingSkills: ['K8s', 'kubernetes', 'Stakeholder mgmt'],
      hardQuestions: ['Walk me through a failure'],
      feeling: 'disappointed',
    });
    expect(put.status).toBe(200);
    const reflection = put.body.rejection.reflection;
    expect(reflection.missingSkills).toEqual([
      { tag: 'kubernetes', label: 'Kubernetes' },
      { tag: 'stakeholder-management', label: 'Stakeholder management' },
    ]);
    const question = reflection.hardQuestions[0];
    const patched = await api.patch(`/api/applications/${id}/reflection`, {
      hardQuestions: [
        { id: question.id, question: question.question, betterAnswer: 'The migration story' },
      ],
      fitWhy: null,
    });
    expect(patched.body.rejection.reflection).toMatchObject({
      fit: 'partly',
      fitWhy: null,
      hardQuestions: [{ id: question.id, betterAnswer: 'The migration story' }],
    });
    expect(patched.body.steps.find((s: { kind: string }) => s.kind === 'reflect').status).toBe(
      'done',
    );
    const bad = await api.patch(`/api/applications/${id}/reflection`, { fit: 'sort of' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('fit');
  });

  it('moves steps through done, skipped, snoozed and open again', async () => {
    const { id } = await interviewed(api);
    const plan = (await api.post(`/api/applications/${id}/rejection`, {})).body;
    const stepId = (kind: string) =>
      plan.steps.find((s: { kind: string }) => s.kind === kind).id as string;
    const done = await api.post(`/api/tasks/${stepId('thank_you')}/done`, {
      channel: 'email',
      summary: 'Thanked Ana',
    });
    expect(done.body).toMatchObject({
      status: 'done',
      interactionId: expect.stringMatching(/^int_/),
    });
    expect((await api.post(`/api/tasks/${stepId('thank_you')}/done`, {})).status).toBe(409);
    const snoozed = await api.post(`/api/tasks/${stepId('reflect')}/snooze`, {
      until: 'next-week',
    });
    expect(snoozed.body.task).toMatchObject({ dueOn: '2026-11-30', when: 'Due Monday' });
    const badSnooze = await api.post(`/api/tasks/${stepId('reflect')}/snooze`, {
      until: 'someday',
    });
    expect(badSnooze.status).toBe(400);
    expect(badSnooze.body.error.field).toBe('until');
    expect((await api.post(`/api/tasks/${stepId('reapply')}/skip`)).body.status).toBe('skipped');
    expect((await api.post(`/api/tasks/${stepId('reapply')}/reopen`)).body.status).toBe('open');
    expect((await api.get('/api/tasks/tsk_000000000000')).status).toBe(404);
  });

  it('shows and changes settings, naming a bad field', async () => {
    const view = await api.get('/api/settings');
    expect(view.body.timeZone).toBe('Europe/London');
    const rule = view.body.rules.find((r: { id: string }) => r.id === 'feedbackWaitDays');
    expect(rule).toMatchObject({ value: 10, default: 10, unit: 'days' });
    expect(rule.sources).toContain('Talent Board 2022 CandE benchmark');
    const changed = await api.patch('/api/settings', {
      timing: { feedbackWaitDays: 14 },
      keepInTouchDays: { mentor: 30 },
    });
    expect(changed.status).toBe(200);
    expect(changed.body.rules.find((r: { id: string }) => r.id === 'feedbackWaitDays').value).toBe(
      14,
    );
    const bad = await api.patch('/api/settings', { timing: { feedbackWaitDays: 1000 } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('timing.feedbackWaitDays');
    const zone = await api.patch('/api/settings', { timeZone: 'Atlantis/Capital' });
    expect(zone.body.error.field).toBe('timeZone');
  });

  it('sets a contact’s cadence, snoozes them and lists who is going cold', async () => {
    const contact = (await api.post('/api/contacts', { name: 'Rae', relationship: 'recruiter' }))
      .body;
    await api.post('/api/interactions', {
      contactId: contact.id,
      channel: 'call',
      occurredAt: '2026-06-01T10:00:00Z',
    });
    const cold = await api.get('/api/keep-in-touch');
    expect(cold.body.items.map((i: { contact: { id: string } }) => i.contact.id)).toEqual([
      contact.id,
    ]);
    const own = await api.call('PUT', `/api/contacts/${contact.id}/keep-in-touch`, { days: 365 });
    expect(own.body.status).toMatchObject({ cadenceDays: 365, state: 'scheduled' });
    expect((await api.get('/api/keep-in-touch')).body.items).toEqual([]);
    const bad = await api.call('PUT', `/api/contacts/${contact.id}/keep-in-touch`, {
      days: 'weekly',
    });
    expect(bad.body.error.field).toBe('days');
    const snoozed = await api.post(`/api/contacts/${contact.id}/keep-in-touch/snooze`, {
      until: '2027-07-01',
    });
    expect(snoozed.body.status.dueOn).toBe('2027-07-01');
  });

  it('never answers 500, whatever JSON a client sends to the recovery routes', async () => {
    const { id } = await interviewed(api);
    await api.post(`/api/applications/${id}/rejection`, {});
    const task = (await api.get(`/api/applications/${id}/plan`)).body.steps[0].id;
    const routes: [string, string][] = [
      ['POST', `/api/applications/${id}/rejection`],
      ['PATCH', `/api/applications/${id}/rejection`],
      ['PATCH', `/api/applications/${id}/reflection`],
      ['POST', `/api/applications/${id}/feedback`],
      ['POST', `/api/tasks/${task}/snooze`],
      ['PATCH', '/api/settings'],
    ];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), fc.jsonValue(), async ([method, path], body) => {
        const response = await api.call(method, path, JSON.stringify(body));
        expect(response.status).toBeLessThan(500);
      }),
      { numRuns: 60 },
    );
    expect(api.errors).toEqual([]);
  });

  it('describes every recovery route in the OpenAPI document', async () => {
    const { body } = await api.get('/api/openapi.json');
    const routes = Object.entries(body.paths as Record<string, object>).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(routes).toEqual(
      expect.arrayContaining([
        'POST /applications/{id}/rejection',
        'PATCH /applications/{id}/rejection',
        'DELETE /applications/{id}/rejection',
        'GET /applications/{id}/plan',
        'POST /applications/{id}/plan',
        'PUT /applications/{id}/reflection',
        'PATCH /applications/{id}/reflection',
        'POST /applications/{id}/feedback',
        'GET /tasks/{id}',
        'POST /tasks/{id}/done',
        'POST /tasks/{id}/skip',
        'POST /tasks/{id}/snooze',
        'POST /tasks/{id}/reopen',
        'GET /agenda',
        'GET /keep-in-touch',
        'GET /contacts/{id}/keep-in-touch',
        'PUT /contacts/{id}/keep-in-touch',
        'POST /contacts/{id}/keep-in-touch/snooze',
        'GET /settings',
        'PATCH /settings',
        'GET /calendar-feed',
        'POST /calendar-feed/rotate',
      ]),
    );
    expect(Object.keys(body.components.schemas)).toEqual(
      expect.arrayContaining([
        'RejectionInput',
        'ReflectionInput',
        'RecoveryPlan',
        'PlanStep',
        'Agenda',
        'Settings',
      ]),
    );
  });
});
