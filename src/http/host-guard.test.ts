import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { hostGuard, hostNameOf, LOOPBACK_HOSTS } from './host-guard';

describe('hostNameOf', () => {
  it.each([
    ['127.0.0.1:4177', '127.0.0.1'],
    ['LOCALHOST:4177', 'localhost'],
    ['[::1]:4177', '[::1]'],
    ['evil.example', 'evil.example'],
    ['', ''],
  ])('%s → %s', (header, name) => expect(hostNameOf(header)).toBe(name));
});

describe('hostGuard', () => {
  const app = new Hono()
    .use('*', hostGuard(LOOPBACK_HOSTS))
    .get('/api/export', (c) => c.json({ secrets: true }));
  const call = (host: string) => app.request('http://x/api/export', { headers: { host } });

  it('answers this machine by any of its names', async () => {
    for (const host of ['127.0.0.1:4177', 'localhost:4177', '[::1]:4177']) {
      expect((await call(host)).status).toBe(200);
    }
  });

  it('refuses a page that pointed its own domain at this machine (DNS rebinding)', async () => {
    const response = await call('attacker.example:4177');
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: { code: 'forbidden', field: 'host' } });
  });
});
