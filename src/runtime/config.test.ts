import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from './config';

describe('resolveConfig', () => {
  it('defaults to ./data, SQLite and 127.0.0.1:4177', () => {
    expect(resolveConfig({}, {}, '/home/ana/rebound')).toEqual({
      dataDir: '/home/ana/rebound/data',
      database: { dialect: 'sqlite', file: path.join('/home/ana/rebound/data', 'rebound.sqlite') },
      port: 4177,
      host: '127.0.0.1',
      allowedHosts: ['127.0.0.1', 'localhost', '[::1]'],
      trustProxy: false,
    });
  });

  it('trusts a proxy’s forwarded headers only when told to', () => {
    expect(resolveConfig({}, { REBOUND_TRUST_PROXY: '1' }).trustProxy).toBe(true);
    expect(resolveConfig({}, { REBOUND_TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(() => resolveConfig({}, { REBOUND_TRUST_PROXY: 'maybe' })).toThrow(
      /^REBOUND_TRUST_PROXY: must be 1/,
    );
  });

  it('answers only to loopback names on loopback, and to the listed names elsewhere', () => {
    expect(resolveConfig({}, { REBOUND_ALLOWED_HOSTS: 'rebound.lan' }).allowedHosts).toEqual([
      '127.0.0.1',
      'localhost',
      '[::1]',
      'rebound.lan',
    ]);
    expect(resolveConfig({ host: '0.0.0.0' }, {}).allowedHosts).toBeNull();
    expect(
      resolveConfig(
        { host: '0.0.0.0' },
        { REBOUND_ALLOWED_HOSTS: 'careers.example.edu, Rebound.LAN' },
      ).allowedHosts,
    ).toEqual(['careers.example.edu', 'rebound.lan']);
  });

  it('takes the environment, and flags over the environment', () => {
    const env = { REBOUND_DATA: '/srv/rb', REBOUND_PORT: '5000', REBOUND_HOST: '0.0.0.0' };
    expect(resolveConfig({}, env, '/x')).toMatchObject({
      dataDir: '/srv/rb',
      port: 5000,
      host: '0.0.0.0',
    });
    expect(resolveConfig({ dataDir: 'mine', port: '6000' }, env, '/x')).toMatchObject({
      dataDir: '/x/mine',
      port: 6000,
    });
  });

  it('uses PostgreSQL when DATABASE_URL is set', () => {
    expect(resolveConfig({}, { DATABASE_URL: 'postgres://u:p@db/rebound' }).database).toEqual({
      dialect: 'postgres',
      url: 'postgres://u:p@db/rebound',
    });
  });

  it.each([
    [{ port: 'http' }, {}, '--port'],
    [{ port: 70000 }, {}, '--port'],
    [{}, { REBOUND_PORT: 'abc' }, 'REBOUND_PORT'],
    [{}, { DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
  ])('names the bad setting in %j %j', (overrides, env, named) => {
    expect(() => resolveConfig(overrides, env)).toThrow(named);
  });
});
