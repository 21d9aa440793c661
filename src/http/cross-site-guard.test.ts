import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { crossSiteGuard, REQUEST_MARKER_HEADER } from './cross-site-guard';
import { ownOrigin } from './request-origin';

const SERVER = 'http://127.0.0.1:4177';

function guarded(trustProxy = false) {
  let changes = 0;
  const app = new Hono()
    .use('*', crossSiteGuard({ trustProxy }))
    .get('/api/export', (c) => c.json({ changes }))
    .all('/api/backups', (c) => {
      changes += 1;
      return c.json({ changes });
    });
  return { app, changes: () => changes };
}

const call = (app: Hono, method: string, headers: Record<string, string>, body?: string) =>
  app.request(`${SERVER}/api/backups`, {
    method,
    headers: { host: '127.0.0.1:4177', ...headers },
    ...(body !== undefined && { body }),
  });

describe('the cross-site guard', () => {
  const sameOrigin = { 'sec-fetch-site': 'same-origin', origin: SERVER };

  it.each<[string, string, Record<string, string>, string]>([
    ['a page on another site', 'POST', { 'sec-fetch-site': 'cross-site' }, 'Sec-Fetch-Site'],
    [
      'another port of the same host (same-site, not same-origin)',
      'POST',
      { 'sec-fetch-site': 'same-site', origin: 'http://127.0.0.1:5999' },
      'Sec-Fetch-Site',
    ],
    [
      'a request the browser says no page made',
      'POST',
      { 'sec-fetch-site': 'none' },
      'Sec-Fetch-Site',
    ],
    ['another origin, by Origin alone', 'POST', { origin: 'http://127.0.0.1:5999' }, 'Origin'],
    ['localhost instead of 127.0.0.1', 'PUT', { origin: 'http://localhost:4177' }, 'Origin'],
    ['an opaque origin (sandboxed frame, file://)', 'DELETE', { origin: 'null' }, 'Origin'],
    ['https instead of http', 'PATCH', { origin: 'https://127.0.0.1:4177' }, 'Origin'],
    [
      'the same origin with the wrong Sec-Fetch-Site',
      'POST',
      { origin: SERVER, 'sec-fetch-site': 'cross-site', 'content-type': 'application/json' },
      'Sec-Fetch-Site',
    ],
  ])('refuses %s', async (_what, method, headers, field) => {
    const { app, changes } = guarded();
    const response = await call(app, method, { ...headers, [REQUEST_MARKER_HEADER]: '1' }, '{}');
    expect(response.status).toBe(403);
    const body = (await response.json()) as {
      error: { code: string; field: string; message: string };
    };
    expect(body.error).toMatchObject({ code: 'forbidden', field });
    expect(body.error.message.startsWith(`${field}: `)).toBe(true);
    expect(changes()).toBe(0);
  });

  it.each<[string, Record<string, string>, string | undefined]>([
    ['a body-less POST', {}, undefined],
    ['a form post', { 'content-type': 'application/x-www-form-urlencoded' }, 'a=1'],
    ['a multipart form', { 'content-type': 'multipart/form-data; boundary=x' }, '--x--'],
    ['text/plain (a no-cors fetch or a beacon)', { 'content-type': 'text/plain' }, '{}'],
    ['JSON smuggled after text/plain', { 'content-type': 'text/plain; application/json' }, '{}'],
    ['the marker with another value', { [REQUEST_MARKER_HEADER]: 'true' }, undefined],
  ])(
    'asks %s without the marker header for JSON or the header, even from its own pages',
    async (_what, headers, body) => {
      const { app, changes } = guarded();
      const response = await call(app, 'POST', { ...sameOrigin, ...headers }, body);
      expect(response.status).toBe(403);
      expect(await response.json()).toMatchObject({
        error: { code: 'forbidden', field: REQUEST_MARKER_HEADER },
      });
      expect(changes()).toBe(0);
    },
  );

  it.each<[string, string, Record<string, string>]>([
    ['its own page, with the marker', 'POST', { ...sameOrigin, [REQUEST_MARKER_HEADER]: '1' }],
    ['its own page, with JSON', 'PATCH', { ...sameOrigin, 'content-type': 'application/json' }],
    [
      'curl with JSON (no browser headers)',
      'POST',
      { 'content-type': 'application/json; charset=utf-8' },
    ],
    ['curl with a +json type', 'PATCH', { 'content-type': 'application/merge-patch+json' }],
    ['curl with the marker and no body', 'DELETE', { [REQUEST_MARKER_HEADER]: '1' }],
  ])('lets %s through', async (_what, method, headers) => {
    const { app, changes } = guarded();
    expect((await call(app, method, headers)).status).toBe(200);
    expect(changes()).toBe(1);
  });

  it('leaves reading alone, from anywhere', async () => {
    const { app } = guarded();
    const response = await app.request(`${SERVER}/api/export`, {
      headers: { origin: 'http://evil.example', 'sec-fetch-site': 'cross-site' },
    });
    expect(response.status).toBe(200);
  });

  it('behind a trusted proxy, takes its own origin from the forwarded scheme and host', async () => {
    const proxied = {
      origin: 'https://rebound.example.org',
      'sec-fetch-site': 'same-origin',
      'x-forwarded-proto': 'https',
      'x-forwarded-host': 'rebound.example.org',
      [REQUEST_MARKER_HEADER]: '1',
    };
    expect((await call(guarded(true).app, 'POST', proxied)).status).toBe(200);
    // Without the setting the forwarded headers mean nothing, so the page is another origin.
    expect((await call(guarded(false).app, 'POST', proxied)).status).toBe(403);
    const forged = { ...proxied, origin: 'https://evil.example' };
    expect((await call(guarded(true).app, 'POST', forged)).status).toBe(403);
  });
});

describe('ownOrigin', () => {
  const request = (headers: Record<string, string>) =>
    new Request('http://127.0.0.1:4177/api/calendar-feed', { headers });

  it('is the request’s own origin unless a proxy is trusted', () => {
    const headers = { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'rebound.example.org' };
    expect(ownOrigin(request(headers))).toBe('http://127.0.0.1:4177');
    expect(ownOrigin(request(headers), { trustProxy: true })).toBe('https://rebound.example.org');
  });

  it('takes the first of several forwarded values and ignores nonsense', () => {
    const trust = { trustProxy: true };
    expect(
      ownOrigin(
        request({ 'x-forwarded-proto': 'https, http', 'x-forwarded-host': 'a.example:8443, b' }),
        trust,
      ),
    ).toBe('https://a.example:8443');
    expect(ownOrigin(request({ 'x-forwarded-proto': 'gopher' }), trust)).toBe(
      'http://127.0.0.1:4177',
    );
    expect(ownOrigin(request({ 'x-forwarded-host': 'a.example/evil' }), trust)).toBe(
      'http://127.0.0.1:4177',
    );
    expect(ownOrigin(request({ 'x-forwarded-proto': 'https' }), trust)).toBe(
      'https://127.0.0.1:4177',
    );
  });
});
