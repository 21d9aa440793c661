import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { TEST_ROLES } from '../../test/postgres-server';
import { createTestDatabase, type TestDatabase } from '../../test/databases';
import { TEAM_PASSWORD } from '../../test/team';
import { createAccount } from '../use-cases/team/accounts';
import { resolveConfig } from './config';
import { startServer, type RunningServer } from './serve';

/**
 * Team servers keep nothing of their own: three on one PostgreSQL share sessions and sign-in
 * limits, so a browser may land on any of them. They serve as the application's role, which
 * row-level security binds, and upgrade the schema as its owner.
 */
let database: TestDatabase & { close(): Promise<void> };
let dataDir: string;
const servers: RunningServer[] = [];
beforeAll(async () => {
  database = await createTestDatabase('postgres');
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rebound-team-'));
  const env = {
    REBOUND_MODE: 'team',
    DATABASE_URL: database.appLocation,
    DATABASE_OWNER_URL: database.location,
  };
  // Started together, as a rollout would: each upgrades and grants as the owner at once.
  const started = [0, 1, 2].map(() => startServer(resolveConfig({ dataDir, port: 0 }, env)));
  servers.push(...(await Promise.all(started)));
});
afterAll(async () => {
  for (const server of servers) await server.close();
  await database.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function call(
  server: RunningServer,
  method: string,
  route: string,
  cookie?: string,
  body?: unknown,
) {
  const response = await fetch(`${server.url}/api${route}`, {
    method,
    headers: {
      'x-rebound-request': '1',
      ...(cookie !== undefined && { cookie }),
      ...(body !== undefined && { 'content-type': 'application/json' }),
    },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  return {
    status: response.status,
    cookie: response.headers.get('set-cookie'),
    body: await response.json().catch(() => null),
  };
}

it('signs in on one server and works on the others, and signs out everywhere at once', async () => {
  const [first, second, third] = servers as [RunningServer, RunningServer, RunningServer];
  const email = 'noor.haddad@example.org';
  await createAccount(
    { db: database.appHandle().db, clock: database.clock },
    { email, name: 'Noor Haddad', role: 'seeker', password: TEAM_PASSWORD },
  );
  const signedIn = await call(first, 'POST', '/session', undefined, {
    email,
    password: TEAM_PASSWORD,
  });
  expect(signedIn.status).toBe(200);
  const cookie = (signedIn.cookie ?? '').split(';')[0] as string;
  const created = await call(second, 'POST', '/applications', cookie, {
    company: 'Acme',
    role: 'Analyst',
  });
  expect(created.status).toBe(201);
  const listed = await call(third, 'GET', '/applications', cookie);
  expect(listed.body.items.map((a: { id: string }) => a.id)).toEqual([created.body.id]);
  expect((await call(third, 'DELETE', '/session', cookie)).status).toBe(204);
  for (const server of servers)
    expect((await call(server, 'GET', '/applications', cookie)).status).toBe(401);
});

it('counts sign-in attempts across servers', async () => {
  const email = 'limit.across@example.org';
  await createAccount(
    { db: database.appHandle().db, clock: database.clock },
    { email, name: 'Lim Across', role: 'seeker', password: TEAM_PASSWORD },
  );
  const statuses: number[] = [];
  for (let i = 0; i < 11; i += 1) {
    const server = servers[i % servers.length] as RunningServer;
    statuses.push(
      (await call(server, 'POST', '/session', undefined, { email, password: 'wrong wrong wrong' }))
        .status,
    );
  }
  expect(statuses).toEqual([...Array(10).fill(401), 429]);
});

it('serves as a role row-level security binds, and refuses one it would not', async () => {
  const { rows } = await sql<{ role: string; n: string }>`
    select usename as role, count(*) as n from pg_stat_activity
    where datname = current_database() and usename is not null group by usename`.execute(
    database.handle.db,
  );
  const roles = rows.map((row) => row.role);
  expect(roles).toContain(TEST_ROLES.app);
  const asOwner = resolveConfig(
    { dataDir, port: 0 },
    {
      REBOUND_MODE: 'team',
      DATABASE_URL: database.location,
      DATABASE_OWNER_URL: database.location,
    },
  );
  await expect(startServer(asOwner)).rejects.toThrow(
    /^DATABASE_URL: team mode serves as a role that row-level security binds, and postgres is a superuser/,
  );
});
