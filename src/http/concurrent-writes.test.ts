/* eslint-disable @typescript-eslint/no-explicit-any -- responses are read loosely on purpose */
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/databases';
import { generateConnections, linkedInCsv } from '../../test/fixtures/linkedin';
import { seedDemoWorkspace } from '../use-cases/demo';
import { exportWorkspace } from '../use-cases/transfer';
import { createApp } from './app';

interface Answer {
  status: number;
  body: any;
}

/**
 * Real requests in flight at once: one server on a free loopback port, one app over the test
 * database's pool (four connections on PostgreSQL), several HTTP clients racing each other.
 */
describeEachDialect('concurrent writes over HTTP', (db) => {
  let server: ServerType;
  let base: string;
  const errors: unknown[] = [];

  beforeAll(async () => {
    const deps = await db().deps('ws_race');
    const { app } = createApp({ ...deps, logError: (e) => errors.push(e) });
    server = await new Promise<ServerType>((resolve) => {
      const started = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () =>
        resolve(started),
      );
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  async function call(method: string, path: string, body?: unknown): Promise<Answer> {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  }
  const post = (path: string, body: unknown = {}) => call('POST', path, body);
  /** The same request `times` times at once. */
  const race = (times: number, send: () => Promise<Answer>) =>
    Promise.all(Array.from({ length: times }, send));
  const statuses = (answers: Answer[]) => answers.map((a) => a.status).sort();

  async function application(company: string) {
    return (await post('/applications', { company, role: 'Analyst' })).body.id as string;
  }

  it('records one rejection when the same "no" arrives several times at once', async () => {
    const id = await application('Racecar Ltd');
    const answers = await race(5, () =>
      post(`/applications/${id}/rejection`, { date: '2026-11-20', channel: 'email' }),
    );
    // One records it; the others find it recorded and correct it to the same facts.
    expect(statuses(answers)).toEqual([200, 200, 200, 200, 201]);
    const plan = await call('GET', `/applications/${id}/plan`);
    const kinds = plan.body.steps.map((s: { kind: string }) => s.kind);
    expect(kinds).toEqual([...new Set(kinds)]);
    expect(errors).toEqual([]);
  });

  it('marks a message sent once and logs one touchpoint', async () => {
    const appId = await application('Doubleclick Co');
    const contact = (await post('/contacts', { name: 'Ana Diaz' })).body.id as string;
    const message = (
      await post('/messages', { kind: 'thank_you', applicationId: appId, contactId: contact })
    ).body.id as string;
    const answers = await race(4, () => post(`/messages/${message}/sent`, {}));
    expect(statuses(answers)).toEqual([200, 409, 409, 409]);
    const touches = await call('GET', `/interactions?contactId=${contact}`);
    expect(touches.body.items).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  it('completes a plan step once when Done is pressed several times at once', async () => {
    const appId = await application('Stepwise');
    const contact = (await post('/contacts', { name: 'Helen Cho' })).body.id as string;
    await post(`/applications/${appId}/contacts`, { contactId: contact });
    await post(`/applications/${appId}/rejection`, { date: '2026-11-20', contactId: contact });
    const plan = await call('GET', `/applications/${appId}/plan`);
    const step = plan.body.steps.find((s: any) => s.kind === 'thank_you' && s.status === 'open');
    const answers = await race(4, () => post(`/tasks/${step.id}/done`, {}));
    expect(statuses(answers)).toEqual([200, 409, 409, 409]);
    const touches = await call('GET', `/interactions?contactId=${contact}`);
    expect(touches.body.items).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  it('files one question named in two reflections at once under one practice card', async () => {
    const ids = [await application('Quizzical A'), await application('Quizzical B')];
    for (const id of ids) await post(`/applications/${id}/rejection`, { date: '2026-11-20' });
    const question = 'How would you design a rate limiter for a public API?';
    const answers = await Promise.all(
      ids.map((id) =>
        call('PATCH', `/applications/${id}/reflection`, { hardQuestions: [question] }),
      ),
    );
    expect(statuses(answers)).toEqual([200, 200]);
    const cards = await call('GET', '/practice/cards?filter=all&limit=500');
    const matching = cards.body.items.filter((c: any) => c.question === question);
    expect(matching).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  it('counts every practice round when a card is rated several times at once', async () => {
    const id = await application('Rehearsal Ltd');
    await post(`/applications/${id}/rejection`, { date: '2026-11-20' });
    const question = 'Walk me through a project that failed.';
    await call('PATCH', `/applications/${id}/reflection`, { hardQuestions: [question] });
    const cards = await call('GET', '/practice/cards?filter=all&limit=500');
    const card = cards.body.items.find((c: any) => c.question === question);
    const answers = await race(6, () =>
      post(`/practice/cards/${card.id}/reviews`, { rating: 'good' }),
    );
    expect(statuses(answers)).toEqual([201, 201, 201, 201, 201, 201]);
    const detail = await call('GET', `/practice/cards/${card.id}`);
    // Each round is scheduled from the one before it, none from the same stale state.
    expect(detail.body.reviews).toHaveLength(6);
    expect(detail.body.schedule.reps).toBe(6);
    expect(errors).toEqual([]);
  });

  it('imports the same LinkedIn file three times at once without making duplicates', async () => {
    const before = (await call('GET', '/contacts?limit=1000')).body.items.length as number;
    const content = linkedInCsv(generateConnections(300));
    const answers = await race(3, () => post('/import/linkedin', { content }));
    expect(statuses(answers)).toEqual([200, 200, 200]);
    const created = answers.map((a) => a.body.created as number).sort((a, b) => a - b);
    expect(created).toEqual([0, 0, 300]);
    const after = await call('GET', '/contacts?limit=1000');
    expect(after.body.items.length - before).toBe(300);
    expect(errors).toEqual([]);
  });

  it('merges the same workspace export twice at once without a failure or a duplicate', async () => {
    const elsewhere = await db().deps('ws_elsewhere');
    await seedDemoWorkspace(elsewhere, { scale: 1, seed: 3 });
    const document = JSON.parse(JSON.stringify(await exportWorkspace(elsewhere)));
    const answers = await race(2, () => post('/import?mode=merge', document));
    expect(statuses(answers)).toEqual([200, 200]);
    const createdApps = answers.map((a) => a.body.created.applications).sort();
    expect(createdApps).toEqual([0, document.applications.length]);
    const listed = await call('GET', '/applications?limit=1000&search=');
    const ids = listed.body.items.map((a: { id: string }) => a.id);
    expect(ids).toEqual([...new Set(ids)]);
    expect(errors).toEqual([]);
  });
});
