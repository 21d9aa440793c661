import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/databases';
import { seekerWithSteps } from '../../../test/digest-fixtures';
import { startSmtpServer, type TestSmtpServer } from '../../../test/smtp-server';
import { resolveConfig } from '../config';
import { createFeedFetcher } from '../feed-fetcher';
import { addressPolicy } from '../address-policy';
import { createMailService } from '../mail/mail-service';
import { createSecretBox } from '../mail/secret-box';
import { startBackgroundJobs } from './background-jobs';
import { JOB_NAMES } from './jobs';

let database: TestDatabase & { close(): Promise<void> };
let smtp: TestSmtpServer;
let dataDir: string;
const fetcher = createFeedFetcher({ policy: addressPolicy({ allowPrivate: false }) });
beforeAll(async () => {
  database = await createTestDatabase('postgres');
  smtp = await startSmtpServer();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rebound-jobs-'));
});
afterAll(async () => {
  await fetcher.close();
  await smtp.close();
  await database.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

// Each team test turns on what it is about; sources are refreshed unless switched off.
const team = { REBOUND_MODE: 'team', DATABASE_URL: '', REBOUND_FEED_REFRESH: '0' };
const mailEnv = () => ({
  REBOUND_SMTP_URL: `smtp://ana%40example.com:app-password-1@127.0.0.1:${smtp.port}`,
  REBOUND_SMTP_FROM: 'Careers Centre <careers@example.edu>',
});

/** A team installation's two roles: it serves as the one row-level security binds. */
const teamDatabase = () => ({
  DATABASE_URL: database.appLocation ?? '',
  DATABASE_OWNER_URL: database.location,
});

async function start(env: Record<string, string>, { seekersMail = false } = {}) {
  const config = resolveConfig({ dataDir }, env);
  const owner = await database.deps();
  const deps = config.mode === 'team' ? { ...owner, db: database.appHandle().db } : owner;
  const accounts = {
    box: createSecretBox({ current: null, previous: [] }),
    policy: addressPolicy({ allowPrivate: false }),
  };
  return startBackgroundJobs(config, {
    deps,
    mail: createMailService(dataDir, env),
    fetcher,
    ...(seekersMail && { accounts }),
  });
}

const queueInstalled = async () => {
  const { rows } = await sql<{ found: string | null }>`
    select to_regclass('pgboss.job')::text as found`.execute(database.handle.db);
  return rows[0]?.found !== null;
};

it('runs sends and feed refresh in process in local mode', async () => {
  const jobs = await start({});
  expect(jobs.names).toEqual([
    JOB_NAMES.sendMessage,
    JOB_NAMES.scheduledSends,
    JOB_NAMES.feedRefresh,
  ]);
  await jobs.stop();
  const quiet = await start({ REBOUND_FEED_REFRESH: '0' });
  expect(quiet.names).not.toContain(JOB_NAMES.feedRefresh);
  await quiet.stop();
});

it('starts no queue in team mode with neither mail accounts nor source refresh', async () => {
  const env = { ...team, ...teamDatabase() };
  for (const extra of [{}, { ...mailEnv(), REBOUND_DIGESTS: '0' }]) {
    const jobs = await start({ ...env, ...extra });
    expect(jobs.names).toEqual([]);
    await expect(jobs.queue.send(JOB_NAMES.digest, {})).rejects.toThrow(/No job named digest/);
    await jobs.stop();
  }
  expect(await queueInstalled()).toBe(false);
});

it('runs the seekers’ own sends and inbox syncs on the queue in team mode', async () => {
  const jobs = await start(
    { ...team, ...teamDatabase(), REBOUND_DIGESTS: '0' },
    { seekersMail: true },
  );
  try {
    expect(jobs.names).toEqual([
      JOB_NAMES.sendMessage,
      JOB_NAMES.scheduledSends,
      JOB_NAMES.workspaceScheduledSends,
      JOB_NAMES.inboxSyncs,
      JOB_NAMES.inboxSync,
    ]);
    expect(await queueInstalled()).toBe(true);
  } finally {
    await jobs.stop();
  }
});

it('refreshes the seekers’ sources on the queue in team mode unless switched off', async () => {
  const jobs = await start({
    ...team,
    ...teamDatabase(),
    REBOUND_DIGESTS: '0',
    REBOUND_FEED_REFRESH: '1',
  });
  try {
    expect(jobs.names).toEqual([JOB_NAMES.feedRefresh, JOB_NAMES.workspaceFeedRefresh]);
    expect(await queueInstalled()).toBe(true);
  } finally {
    await jobs.stop();
  }
});

it('runs the digests on the PostgreSQL queue in team mode, with the link to the app', async () => {
  const env = {
    ...team,
    ...teamDatabase(),
    REBOUND_PUBLIC_URL: 'https://careers.example.edu',
    ...mailEnv(),
  };
  const jobs = await start(env);
  try {
    expect(jobs.names).toEqual([JOB_NAMES.dueDigests, JOB_NAMES.digest]);
    expect(await queueInstalled()).toBe(true);
    database.clock.set('2026-12-08T12:00:00.000Z');
    const seeker = await seekerWithSteps(
      { db: database.handle.db, clock: database.clock },
      'Quinn Team',
      { steps: 2 },
    );
    await jobs.queue.send(JOB_NAMES.dueDigests, {});
    for (let i = 0; i < 300 && !smtp.received.some((r) => r.to.includes(seeker.email)); i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const [received, ...more] = smtp.received.filter((r) => r.to.includes(seeker.email));
    expect(more).toEqual([]);
    expect(received?.mail.from?.value[0]).toMatchObject({
      name: 'Careers Centre',
      address: 'careers@example.edu',
    });
    expect(received?.mail.text).toContain('Open Rebound: https://careers.example.edu/');
  } finally {
    await jobs.stop();
  }
});
