import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/databases';
import { useTimeZone } from '../../../test/recovery-fixtures';
import { createMailService } from '../../runtime/mail/mail-service';
import { createApp } from '../app';
import type { ApiServices } from '../services';

let dataDir: string;
beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rebound-later-'));
});
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const mail = () =>
  createMailService(dataDir, {
    REBOUND_SMTP_URL: 'smtp://ana%40example.com:pw@127.0.0.1:2525',
    REBOUND_SMTP_FROM: 'Ana <ana@example.com>',
  });

describeEachDialect('marking not sent and sending later over HTTP', (db) => {
  const client = async (workspaceId: string, services: ApiServices = { mail: mail() }) => {
    const deps = await db().deps(workspaceId);
    const { app } = createApp({ ...deps, services, logError: () => undefined });
    const call = async (method: string, url: string, body?: unknown) => {
      const response = await app.request(url, {
        method,
        headers: {
          'X-Rebound-Request': '1',
          ...(body !== undefined && { 'Content-Type': 'application/json' }),
        },
        ...(body !== undefined && { body: JSON.stringify(body) }),
      });
      return { status: response.status, body: await response.json() };
    };
    const draft = async () =>
      (
        await call('POST', '/api/messages', {
          kind: 'thank_you',
          recipient: 'helen@acme.example',
          subject: 'Thank you',
          body: 'Hi Helen, thank you.',
        })
      ).body as { id: string };
    return { deps, call, draft };
  };

  it('marks a message not sent after "Mark as sent", and says so when it is not sent', async () => {
    const { call, draft } = await client('ws_http_unsend');
    const { id } = await draft();
    expect((await call('DELETE', `/api/messages/${id}/sent`)).body).toEqual({
      error: { code: 'conflict', field: 'status', message: 'This message is not marked as sent.' },
    });
    expect((await call('POST', `/api/messages/${id}/sent`, {})).status).toBe(200);
    const undone = await call('DELETE', `/api/messages/${id}/sent`);
    expect(undone.status).toBe(200);
    expect(undone.body).toMatchObject({
      message: { id, status: 'draft', sentAt: null },
      reopenedTasks: [],
      removedInteractionIds: [],
    });
  });

  it('schedules a draft for tomorrow at the reminder time, lists it, and cancels it', async () => {
    const { deps, call, draft } = await client('ws_http_schedule');
    await useTimeZone(deps, 'Europe/Berlin');
    db().clock.set('2026-11-26T20:00:00.000Z');
    const { id } = await draft();
    const scheduled = await call('PUT', `/api/messages/${id}/schedule`, {});
    expect(scheduled.status).toBe(200);
    // 09:00 in Berlin is 08:00 UTC in winter.
    expect(scheduled.body).toMatchObject({
      status: 'draft',
      scheduled: { at: '2026-11-27T08:00:00.000Z', newThread: false, taskId: null },
      sendFailure: null,
    });
    const listed = await call('GET', '/api/messages?sendState=scheduled');
    expect(listed.body.items.map((m: { id: string }) => m.id)).toEqual([id]);
    expect((await call('DELETE', `/api/messages/${id}/schedule`)).body).toMatchObject({
      id,
      scheduled: null,
    });
    expect((await call('GET', '/api/messages?sendState=scheduled')).body.items).toEqual([]);
    expect((await call('DELETE', `/api/messages/${id}/schedule`)).status).toBe(409);
  });

  it('refuses a time in the past, a bad field and a setup without a mail account', async () => {
    const { call, draft } = await client('ws_http_schedule_bad');
    db().clock.set('2026-11-26T20:00:00.000Z');
    const { id } = await draft();
    expect(
      (await call('PUT', `/api/messages/${id}/schedule`, { at: '2026-11-25T09:00:00Z' })).body,
    ).toEqual({ error: { code: 'validation', field: 'at', message: 'at: must be in the future' } });
    expect(
      (await call('PUT', `/api/messages/${id}/schedule`, { at: 'tomorrow' })).body.error,
    ).toMatchObject({ code: 'validation', field: 'at' });
    expect((await call('PUT', `/api/messages/${id}/schedule`, { later: true })).status).toBe(400);
    const without = await client('ws_http_schedule_none', {
      mail: createMailService(dataDir, {}),
    });
    const other = await without.draft();
    const refused = await without.call('PUT', `/api/messages/${other.id}/schedule`, {});
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(/Sending email is not set up yet/);
    expect((await without.call('GET', `/api/messages/${other.id}`)).body.scheduled).toBeNull();
  });

  it('describes the new routes in the OpenAPI document', async () => {
    const { call } = await client('ws_http_schedule_doc');
    const doc = (await call('GET', '/api/openapi.json')).body;
    expect(Object.keys(doc.paths['/messages/{id}/schedule'] ?? {}).sort()).toEqual([
      'delete',
      'put',
    ]);
    expect(doc.paths['/messages/{id}/sent']?.delete?.summary).toMatch(/not sent/);
  });
});
