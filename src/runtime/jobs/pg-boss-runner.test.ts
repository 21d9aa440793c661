import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/databases';
import { coachOf, seekerWithSteps } from '../../../test/digest-fixtures';
import { QUEUE_TEST_TUNING, testMailSettings } from '../../../test/queue-fixtures';
import { startSmtpServer, type TestSmtpServer } from '../../../test/smtp-server';
import type { Account } from '../../core/team/accounts';
import { openDatabase, type DatabaseHandle } from '../../storage/connect';
import { listDigestSends } from '../../storage/repositories/digests';
import type { DigestOutcome } from '../../use-cases/team/digests';
import { createSmtpTransport } from '../mail/smtp-transport';
import type { JobQueue } from './job-registry';
import { digestJob, dueDigestsJob, JOB_NAMES } from './jobs';
import { startPgBossRunner, type PgBossRunner } from './pg-boss-runner';

/**
 * The queue as a team runs it: three workers on one PostgreSQL, each with its own connections
 * (as three servers would have), mailing through a real SMTP server on loopback.
 */
let database: TestDatabase & { close(): Promise<void> };
let smtp: TestSmtpServer;
const attempts = new Map<string, number>();
/** What the mail server does at a recipient's next attempt, by address. */
const next = new Map<string, 'refuse' | ((arrived: () => void) => Promise<void>)>();
type Outcome = DigestOutcome & { accountId: string };
const workers: { handle: DatabaseHandle; runner: PgBossRunner; outcomes: Outcome[] }[] = [];
let child: ChildProcess | undefined;

beforeAll(async () => {
  database = await createTestDatabase('postgres');
  smtp = await startSmtpServer({
    onRecipient: async (address) => {
      attempts.set(address, (attempts.get(address) ?? 0) + 1);
      const plan = next.get(address);
      next.delete(address);
      if (plan === 'refuse')
        throw Object.assign(new Error('4.3.0 Try again later'), { responseCode: 451 });
      if (plan) await plan(() => undefined);
    },
  });
});

afterAll(async () => {
  child?.kill('SIGKILL');
  for (const worker of workers) {
    await worker.runner.stop();
    await worker.handle.close();
  }
  await smtp.close();
  await database.close();
});

const sender = () => {
  const settings = testMailSettings(smtp.port);
  return { transport: createSmtpTransport(settings), from: settings.from };
};

/** Starts the three workers, once. */
async function startWorkers() {
  while (workers.length < 3) {
    const handle = openDatabase({ dialect: 'postgres', url: database.location, poolSize: 3 });
    const outcomes: Outcome[] = [];
    const started: { runner?: PgBossRunner } = {};
    const queue = (): JobQueue => started.runner as PgBossRunner;
    const deps = { db: handle.db, clock: database.clock };
    const digest = digestJob({ ...deps, sender }, QUEUE_TEST_TUNING);
    const runner = await startPgBossRunner({
      connectionString: database.location,
      jobs: [
        {
          ...digest,
          run: async (data) => {
            const outcome = (await digest.run(data)) as DigestOutcome;
            outcomes.push({ ...outcome, accountId: (data as { accountId: string }).accountId });
          },
        },
        dueDigestsJob({ ...deps, queue }, { ms: 60_000, cron: '* * * * *' }),
      ],
      poolSize: 2,
      pollingIntervalSeconds: 0.5,
      maintenanceIntervalSeconds: 1,
      onError: () => undefined,
    });
    started.runner = runner;
    workers.push({ handle, runner, outcomes });
  }
  return workers.map((w) => w.runner);
}

/** Waits for `check` to hold, looking every tenth of a second; fails saying what never happened. */
async function until(what: string, check: () => Promise<boolean>, tries = 600) {
  for (let i = 0; i < tries; i += 1) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Never happened: ${what}`);
}

async function job(id: string) {
  const { rows } = await sql<{ state: string; retry_count: number }>`
    select state, retry_count from pgboss.job where id = ${id}`.execute(database.handle.db);
  return rows[0];
}

async function digestRunsLeft() {
  const { rows } = await sql<{ n: string }>`
    select count(*) as n from pgboss.job
    where name = ${JOB_NAMES.digest} and state in ('created', 'retry', 'active')`.execute(
    database.handle.db,
  );
  return Number(rows[0]?.n);
}

const arrivedFor = (account: Account) => smtp.received.filter((r) => r.to.includes(account.email));

it('loses and duplicates nothing when a worker is killed in the middle of a send', async () => {
  database.clock.set(new Date().toISOString());
  const team = { db: database.handle.db, clock: database.clock };
  const seeker = await seekerWithSteps(team, 'Ines Killed', { steps: 2 });
  const day = new Date().toISOString().slice(0, 10);
  // The first worker to reach the mail server is held there, mid-conversation, and killed.
  let heldFor: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (heldFor = resolve));
  next.set(seeker.email, () => {
    heldFor();
    return new Promise(() => undefined);
  });
  child = spawn(process.execPath, ['--import', 'tsx', path.join('test', 'queue-worker.ts')], {
    env: {
      ...process.env,
      QUEUE_DATABASE_URL: database.location,
      QUEUE_SMTP_PORT: String(smtp.port),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const worker = child;
  await new Promise<void>((resolve, reject) => {
    worker.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
    worker.once('exit', (code) => reject(new Error(`the worker stopped (${code})`)));
  });
  // Only queues the job: the worker in the other process is the one that runs it.
  const producer = await startPgBossRunner({
    connectionString: database.location,
    jobs: [digestJob({ ...team, sender }, QUEUE_TEST_TUNING)],
    consume: false,
    poolSize: 1,
  });
  const id = await producer.sendForId(JOB_NAMES.digest, { accountId: seeker.id, day });
  await producer.stop();
  await held;
  expect(await job(id as string)).toMatchObject({ state: 'active', retry_count: 0 });
  const exited = new Promise((resolve) => worker.once('exit', resolve));
  worker.kill('SIGKILL');
  await exited;
  child = undefined;

  // The servers still up take the run back once it expires, and send it.
  const [first] = await startWorkers();
  await until('the run to be retried and finished', async () => {
    await first?.reclaimExpired();
    return (await job(id as string))?.state === 'completed';
  });
  expect(await job(id as string)).toMatchObject({ state: 'completed', retry_count: 1 });
  expect(attempts.get(seeker.email)).toBe(2);
  expect(arrivedFor(seeker)).toHaveLength(1);
  expect(await listDigestSends(database.handle.db, seeker.id)).toMatchObject([
    { day, emailMessageId: arrivedFor(seeker)[0]?.mail.messageId },
  ]);
});

it('sends each digest once with three workers reaching for every one of them', async () => {
  const runners = await startWorkers();
  database.clock.set('2026-12-15T09:00:00.000Z');
  const team = { db: database.handle.db, clock: database.clock };
  const seekers: Account[] = [];
  for (const name of ['Jo Abara', 'Kai Berg', 'Lena Costa', 'Mo Diallo', 'Nia Evans']) {
    seekers.push(await seekerWithSteps(team, name, { steps: 3 }));
  }
  const coach = await coachOf(team, 'Omar Coach', seekers.slice(0, 3));
  const everyone = [...seekers, coach];
  const before = workers.map((w) => w.outcomes.length);
  // Every worker sweeps for what is due (the queue keeps one run per digest), then every worker
  // also queues each digest under a key of its own, so three runs race for each one.
  await Promise.all(runners.map((runner) => runner.send(JOB_NAMES.dueDigests, {})));
  await Promise.all(
    runners.flatMap((runner, w) =>
      everyone.map((account) =>
        runner.send(
          JOB_NAMES.digest,
          { accountId: account.id, day: '2026-12-15' },
          { key: `${account.id}:2026-12-15:worker-${w}` },
        ),
      ),
    ),
  );
  await until('every digest to be settled and every run to end', async () => {
    const settled = await Promise.all(
      everyone.map(async (a) => (await listDigestSends(database.handle.db, a.id)).length),
    );
    return settled.every((n) => n === 1) && (await digestRunsLeft()) === 0;
  });
  for (const account of everyone) expect(arrivedFor(account)).toHaveLength(1);
  // The sweep also finds the seeker of the test before, whose morning it is too.
  const ids = new Set(everyone.map((a) => a.id));
  const outcomes = workers
    .flatMap((w, i) => w.outcomes.slice(before[i]))
    .filter((o) => ids.has(o.accountId));
  expect(outcomes.filter((o) => o.sent)).toHaveLength(everyone.length);
  expect(outcomes.length).toBeGreaterThanOrEqual(3 * everyone.length);
  expect(outcomes.filter((o) => !o.sent).every((o) => !o.sent && o.reason === 'settled')).toBe(
    true,
  );
  // A sweep later the same morning finds nothing left to send.
  database.clock.set('2026-12-15T10:00:00.000Z');
  await runners[1]?.send(JOB_NAMES.dueDigests, {});
  await until('the sweep to end', async () => (await digestRunsLeft()) === 0);
  for (const account of everyone) expect(arrivedFor(account)).toHaveLength(1);
});

it('retries a run the mail server refused, with backoff, until it goes', async () => {
  const runners = await startWorkers();
  database.clock.set('2026-12-16T09:00:00.000Z');
  const seeker = await seekerWithSteps(
    { db: database.handle.db, clock: database.clock },
    'Pia Refused',
    { steps: 1 },
  );
  next.set(seeker.email, 'refuse');
  const id = await runners[2]?.sendForId(JOB_NAMES.digest, {
    accountId: seeker.id,
    day: '2026-12-16',
  });
  await until('the refused run to be retried and finished', async () => {
    return (await job(id as string))?.state === 'completed';
  });
  expect(await job(id as string)).toMatchObject({ state: 'completed', retry_count: 1 });
  expect(attempts.get(seeker.email)).toBe(2);
  expect(arrivedFor(seeker)).toHaveLength(1);
  expect(arrivedFor(seeker)[0]?.mail.subject).toBe("Today's step");
});
