import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/databases';
import { createApp } from './app';

describe('every response', () => {
  let database: TestDatabase & { close(): Promise<void> };
  let app: ReturnType<typeof createApp>['app'];
  beforeAll(async () => {
    database = await createTestDatabase('sqlite');
    const deps = await database.deps('ws_headers');
    ({ app } = createApp({ ...deps, allowedHosts: ['127.0.0.1'], logError: () => undefined }));
  });
  afterAll(() => database.close());

  const call = (path: string, init: RequestInit = {}, host = '127.0.0.1:4177') =>
    app.request(`http://${host}${path}`, {
      ...init,
      headers: { host, ...(init.headers as Record<string, string>) },
    });

  it.each<[string, () => Response | Promise<Response>, number]>([
    ['the health check', () => call('/api/health'), 200],
    ['the export', () => call('/api/export'), 200],
    ['the OpenAPI document', () => call('/api/openapi.json'), 200],
    ['an unknown API route', () => call('/api/nothing-here'), 404],
    ['a validation error', () => call('/api/applications?limit=nope'), 400],
    ['a change refused as cross-site', () => call('/api/backups', { method: 'POST' }), 403],
    ['a host it does not answer to', () => call('/api/health', {}, 'evil.example'), 403],
    ['the home page', () => call('/'), 200],
    ['an unknown calendar feed', () => call('/calendar/nothing.ics'), 404],
  ])('carries nosniff and no framing by other sites: %s', async (_what, request, status) => {
    const response = await request();
    expect(response.status).toBe(status);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('cross-origin-resource-policy')).toBe('same-origin');
  });

  it('keeps the user’s data out of every cache', async () => {
    for (const path of ['/api/export', '/api/export/csv', '/api/export/vcard', '/api/agenda']) {
      const response = await call(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('cache-control'), path).toBe('no-store');
    }
    const exported = await call('/api/export');
    expect(exported.headers.get('content-disposition')).toMatch(/^attachment; filename=/);
  });
});
