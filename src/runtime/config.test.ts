import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertServable, resolveConfig } from './config';

describe('resolveConfig', () => {
  it('defaults to ./data, SQLite and 127.0.0.1:4177', () => {
    expect(resolveConfig({}, {}, '/home/ana/rebound')).toEqual({
      dataDir: '/home/ana/rebound/data',
      database: { dialect: 'sqlite', file: path.join('/home/ana/rebound/data', 'rebound.sqlite') },
      port: 4177,
      host: '127.0.0.1',
      allowedHosts: ['127.0.0.1', 'localhost', '[::1]'],
      trustProxy: false,
      fetchPrivate: true,
      feedRefresh: true,
      mode: 'local',
      team: null,
      hostSource: 'default',
    });
  });

  it.each([
    [{}, {}, true],
    [{ host: '0.0.0.0' }, {}, false],
    [{}, { DATABASE_URL: 'postgres://u:p@db.internal/rebound' }, false],
    [{ host: '0.0.0.0' }, { REBOUND_FETCH_PRIVATE: '1' }, true],
    [{}, { REBOUND_FETCH_PRIVATE: 'off' }, false],
  ])(
    'fetches from private addresses only in local use, unless told (%j %j)',
    (flags, env, expected) => {
      expect(resolveConfig(flags, env).fetchPrivate).toBe(expected);
    },
  );

  it('refreshes sources on a schedule unless told not to', () => {
    expect(resolveConfig({}, { REBOUND_FEED_REFRESH: '0' }).feedRefresh).toBe(false);
    expect(() => resolveConfig({}, { REBOUND_FETCH_PRIVATE: 'sometimes' })).toThrow(
      /^REBOUND_FETCH_PRIVATE: must be 1/,
    );
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

  it.each([
    [{ host: '0.0.0.0' }, {}, '--host'],
    [{}, { REBOUND_HOST: '192.168.1.20' }, 'REBOUND_HOST'],
    [{ host: '::' }, { DATABASE_URL: 'postgres://u:p@db/rebound' }, '--host'],
  ])('refuses to serve local mode beyond this machine (%j %j)', (flags, env, named) => {
    const config = resolveConfig(flags, env);
    expect(() => assertServable(config)).toThrow(
      new RegExp(`^${named}: local mode has no sign-in`),
    );
  });

  it.each(['127.0.0.1', 'localhost', '::1', '[::1]', '127.0.0.2'])(
    'serves local mode on the loopback address %s',
    (host) => {
      expect(() => assertServable(resolveConfig({ host }, {}))).not.toThrow();
    },
  );

  const team = {
    REBOUND_MODE: 'team',
    DATABASE_URL: 'postgres://rebound:p@db/rebound',
    DATABASE_OWNER_URL: 'postgres://rebound_owner:q@db/rebound',
  };

  it('reads team mode, which may listen on any address', () => {
    const config = resolveConfig({ host: '0.0.0.0' }, team);
    expect(() => assertServable(config)).not.toThrow();
    expect(config).toMatchObject({
      mode: 'team',
      database: {
        dialect: 'postgres',
        url: 'postgres://rebound:p@db/rebound',
        ownerUrl: 'postgres://rebound_owner:q@db/rebound',
      },
      fetchPrivate: false,
      team: { publicUrl: null, tls: null, sessionIdleMinutes: 30, sessionMaxHours: 12 },
    });
  });

  it('prepares repeated statements unless a pooler needs them off', () => {
    expect(resolveConfig({}, team).database).not.toHaveProperty('preparedStatements');
    expect(
      resolveConfig({}, { ...team, DATABASE_PREPARED_STATEMENTS: '0' }).database,
    ).toMatchObject({ preparedStatements: false });
    expect(() => resolveConfig({}, { ...team, DATABASE_PREPARED_STATEMENTS: 'maybe' })).toThrow(
      /^DATABASE_PREPARED_STATEMENTS: must be 1/,
    );
  });

  it('reads the certificate, the key and the session lengths', () => {
    const config = resolveConfig(
      {},
      {
        ...team,
        REBOUND_TLS_CERT: '/etc/rebound/cert.pem',
        REBOUND_TLS_KEY: '/etc/rebound/key.pem',
        REBOUND_SESSION_IDLE_MINUTES: '15',
        REBOUND_SESSION_MAX_HOURS: '8',
        REBOUND_PUBLIC_URL: 'https://careers.example.edu/',
      },
    );
    expect(config.team).toEqual({
      publicUrl: 'https://careers.example.edu',
      tls: { certFile: '/etc/rebound/cert.pem', keyFile: '/etc/rebound/key.pem' },
      sessionIdleMinutes: 15,
      sessionMaxHours: 8,
      sso: null,
      digests: true,
      queueDatabaseUrl: 'postgres://rebound_owner:q@db/rebound',
      secretKeys: { current: null, previous: [] },
      mailPrivate: false,
    });
  });

  it('reads the mail-password keys and refuses one that is not 32 bytes in base64', () => {
    const key = Buffer.alloc(32, 7);
    const old = Buffer.alloc(32, 9);
    const config = resolveConfig(
      {},
      {
        ...team,
        REBOUND_SECRET_KEY: key.toString('base64'),
        REBOUND_OLD_SECRET_KEYS: ` ${old.toString('base64')} `,
        REBOUND_MAIL_PRIVATE: '1',
      },
    );
    expect(config.team).toMatchObject({
      secretKeys: { current: key, previous: [old] },
      mailPrivate: true,
    });
    expect(() =>
      resolveConfig({}, { ...team, REBOUND_SECRET_KEY: Buffer.alloc(16).toString('base64') }),
    ).toThrow(/^REBOUND_SECRET_KEY: must be 32 random bytes in base64/);
    expect(() =>
      resolveConfig({}, { ...team, REBOUND_OLD_SECRET_KEYS: `${key.toString('base64')},nope!` }),
    ).toThrow(/^REBOUND_OLD_SECRET_KEYS: must be 32 random bytes/);
  });

  const oidc = {
    REBOUND_PUBLIC_URL: 'https://careers.example.edu',
    REBOUND_OIDC_ISSUER: 'https://login.example.edu/realms/staff',
    REBOUND_OIDC_CLIENT_ID: 'rebound',
    REBOUND_OIDC_CLIENT_SECRET: 's3cret',
  };

  it('reads the single sign-on provider, naming the issuer on its button by default', () => {
    expect(resolveConfig({}, { ...team, ...oidc }).team?.sso).toEqual({
      issuer: 'https://login.example.edu/realms/staff',
      clientId: 'rebound',
      clientSecret: 's3cret',
      label: 'Sign in with login.example.edu',
    });
    const labelled = resolveConfig({}, { ...team, ...oidc, REBOUND_OIDC_LABEL: 'Campus login' });
    expect(labelled.team?.sso?.label).toBe('Campus login');
    const tryingOut = { ...oidc, REBOUND_OIDC_ISSUER: 'http://127.0.0.1:9000' };
    expect(resolveConfig({}, { ...team, ...tryingOut }).team?.sso?.issuer).toBe(
      'http://127.0.0.1:9000',
    );
  });

  it.each([
    [
      { REBOUND_OIDC_CLIENT_SECRET: undefined },
      /^REBOUND_OIDC_CLIENT_SECRET: single sign-on needs/,
    ],
    [{ REBOUND_OIDC_ISSUER: undefined }, /^REBOUND_OIDC_ISSUER: single sign-on needs/],
    [{ REBOUND_OIDC_ISSUER: 'http://login.example.edu' }, /^REBOUND_OIDC_ISSUER: must be an https/],
    [{ REBOUND_OIDC_ISSUER: 'login.example.edu' }, /^REBOUND_OIDC_ISSUER: must be the provider/],
    [{ REBOUND_PUBLIC_URL: undefined }, /^REBOUND_PUBLIC_URL: single sign-on needs the address/],
    [{ REBOUND_MODE: 'local', DATABASE_URL: undefined }, /^REBOUND_OIDC_ISSUER: .*team mode/],
  ])('refuses single sign-on set up wrong (%j)', (change, error) => {
    const env: Record<string, string | undefined> = { ...team, ...oidc, ...change };
    expect(() => resolveConfig({}, env)).toThrow(error);
  });

  it('reads the digest switch and the queue connection', () => {
    const config = resolveConfig(
      {},
      {
        ...team,
        REBOUND_DIGESTS: '0',
        REBOUND_QUEUE_DATABASE_URL: 'postgres://rebound_owner:p@db/rebound',
      },
    );
    expect(config.team).toMatchObject({
      digests: false,
      queueDatabaseUrl: 'postgres://rebound_owner:p@db/rebound',
    });
    expect(() => resolveConfig({}, { ...team, REBOUND_QUEUE_DATABASE_URL: 'mysql://x' })).toThrow(
      /^REBOUND_QUEUE_DATABASE_URL: must be a postgres:\/\/ connection URL/,
    );
  });

  it.each([
    [{ DATABASE_URL: undefined }, /^DATABASE_URL: team mode keeps accounts.*PostgreSQL/],
    [{ DATABASE_OWNER_URL: undefined }, /^DATABASE_OWNER_URL: team mode upgrades the schema/],
    [{ DATABASE_OWNER_URL: 'mysql://db/rebound' }, /^DATABASE_OWNER_URL: must be a postgres/],
    [{ REBOUND_TLS_CERT: '/etc/cert.pem' }, /^REBOUND_TLS_KEY: https needs both/],
    [{ REBOUND_TLS_KEY: '/etc/key.pem' }, /^REBOUND_TLS_CERT: https needs both/],
    [{ REBOUND_MODE: 'cluster' }, /^REBOUND_MODE: must be local or team/],
    [{ REBOUND_PUBLIC_URL: 'careers.example.edu' }, /^REBOUND_PUBLIC_URL: must be the address/],
    [{ REBOUND_SESSION_IDLE_MINUTES: '0' }, /^REBOUND_SESSION_IDLE_MINUTES: /],
    [{ REBOUND_SESSION_MAX_HOURS: '1.5' }, /^REBOUND_SESSION_MAX_HOURS: /],
  ])('refuses a team installation missing what it needs (%j)', (change, error) => {
    const env: Record<string, string | undefined> = { ...team, ...change };
    expect(() => resolveConfig({}, env)).toThrow(error);
  });
});
