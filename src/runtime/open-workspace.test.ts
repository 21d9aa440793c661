import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { TEST_ROLES, urlAsRole } from '../../test/postgres-server';
import { openDatabase } from '../storage/connect';
import { applicationInputSchema } from '../core/application';
import { createApplication, listApplications } from '../use-cases/applications';
import { resolveConfig } from './config';
import { openWorkspace } from './open-workspace';

/**
 * A local installation on PostgreSQL, as an ordinary role that owns its database (no
 * superuser): row-level security is forced on the owner too, and the connections' default
 * workspace is what lets the one local workspace through, with nothing else to set up.
 */
const name = `rebound_local_${Math.random().toString(36).slice(2, 10)}`;
let ownerUrl: string;
let dataDir: string;

async function asSuperuser(statement: string) {
  const client = new pg.Client({ connectionString: inject('postgresUrl') });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  await asSuperuser(`create database ${name} owner ${TEST_ROLES.owner}`);
  const url = new URL(inject('postgresUrl'));
  url.pathname = `/${name}`;
  ownerUrl = urlAsRole(url.toString(), TEST_ROLES.owner);
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rebound-local-pg-'));
});
afterAll(async () => {
  await asSuperuser(`drop database if exists ${name} with (force)`);
  fs.rmSync(dataDir, { recursive: true, force: true });
});

it('works in local mode on PostgreSQL as the tables’ owner, with row-level security forced', async () => {
  const workspace = await openWorkspace(resolveConfig({ dataDir }, { DATABASE_URL: ownerUrl }));
  try {
    const created = await createApplication(
      workspace.deps,
      applicationInputSchema.parse({ company: 'Acme', role: 'Analyst' }),
    );
    const listed = await listApplications(workspace.deps, { limit: 10, offset: 0 });
    expect(listed.items.map((a) => a.id)).toEqual([created.id]);
  } finally {
    await workspace.close();
  }
  // The same owner without the local default sees nothing: the wall is up for it too.
  const bare = openDatabase({ dialect: 'postgres', url: ownerUrl, poolSize: 1 });
  try {
    const { rows } = await sql<{ n: string; forced: boolean }>`
      select (select count(*) from applications) as n,
        (select relforcerowsecurity from pg_class where relname = 'applications') as forced`.execute(
      bare.db,
    );
    expect(rows[0]).toEqual({ n: 0, forced: 1 });
  } finally {
    await bare.close();
  }
});

it('refuses to serve a team installation as the tables’ owner, naming the setting', async () => {
  const config = resolveConfig(
    { dataDir },
    { REBOUND_MODE: 'team', DATABASE_URL: ownerUrl, DATABASE_OWNER_URL: ownerUrl },
  );
  await expect(openWorkspace(config)).rejects.toThrow(
    /^DATABASE_URL: team mode serves as a role that row-level security binds, and rebound_owner owns \w+/,
  );
});
