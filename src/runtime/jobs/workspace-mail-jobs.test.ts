import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/databases';
import {
  QUEUE_TEST_TUNING,
  type QueueWorker,
  startQueueWorker,
  stopQueueWorkers,
} from '../../../test/queue-fixtures';
import { startSmtpServer, type TestSmtpServer } from '../../../test/smtp-server';
import { createTeamApp } from '../../../test/team';
import { sendQueuedMessage, sendWorkspaceDueMessages } from '../../use-cases/mail/workspace-sends';
import { addressPolicy } from '../address-policy';
import { createSecretBox } from '../mail/secret-box';
import { workspaceSender, type WorkspaceAccountOptions } from '../mail/workspace-mail';
import { JOB_NAMES } from './jobs';
import type { PgBossRunner } from './pg-boss-runner';
import { workspaceMailJobs, workspaceMailServices } from './workspace-mail-jobs';

/**
 * Scheduled sends of a team's seekers on the queue as three servers run it: each worker has its
 * own connections as the application's role, and the mail server answers slowly, so the workers
 * reach for the same message while the first is still sending it.
 */
let database: TestDatabase & { close(): Promise<void> };
let smtp: TestSmtpServer;
let workers: QueueWorker[] = [];
const accounts: WorkspaceAccountOptions = {
  box: createSecretBox({ current: Buffer.alloc(32, 5), previous: [] }),
  policy: addressPolicy({ allowPrivate: true }),
};
let team: ReturnType<typeof createTeamApp>;
const firstRunner = () => workers[0]?.runner as PgBossRunner;

beforeAll(async () => {
  database = await createTestDatabase('postgres');
  database.clock.set(new Date().toISOString());
  // A slow answer to every recipient: a second sender would overlap the first.
  smtp = await startSmtpServer({
    onRecipient: () => new Promise((resolve) => setTimeout(resolve, 300)),
  });
  team = createTeamApp(
    database,
    {},
    { workspaceMail: workspaceMailServices(accounts, firstRunner) },
  );
});

afterAll(async () => {
  await stopWorkers();
  await smtp?.close();
  await database?.close();
});

async function startWorkers() {
  while (workers.length < 3) {
    workers.push(
      await startQueueWorker(database, (db, queue) =>
        workspaceMailJobs({ db, clock: database.clock, queue, accounts }, QUEUE_TEST_TUNING),
      ),
    );
  }
}

async function stopWorkers() {
  await stopQueueWorkers(workers);
  workers = [];
}

async function until(what: string, check: () => boolean | Promise<boolean>) {
  for (let i = 0; i < 300; i += 1) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Never happened: ${what}`);
}

const receivedBy = (address: string) => smtp.received.filter((r) => r.to.includes(address));
const later = (minutes: number) =>
  new Date(database.clock.now().getTime() + minutes * 60_000).toISOString();

/** A seeker with their own SMTP account on the test server, and a way to schedule drafts. */
async function seeker(name: string) {
  const member = await team.member('seeker', name);
  const saved = await team.call('PUT', '/api/mail/settings', {
    cookie: member.cookie,
    body: {
      host: '127.0.0.1',
      port: smtp.port,
      secure: false,
      user: 'ana@example.com',
      password: 'app-password-1',
      from: `${name} <${member.email}>`,
    },
  });
  expect(saved.status).toBe(200);
  async function schedule(to: string, at: string) {
    const created = await team.call('POST', '/api/messages', {
      cookie: member.cookie,
      body: { kind: 'follow_up', recipient: to, subject: 'Following up', body: 'Checking in.' },
    });
    const scheduled = await team.call('PUT', `/api/messages/${created.body.id}/schedule`, {
      cookie: member.cookie,
      body: { at },
    });
    expect(scheduled.status).toBe(200);
    return created.body.id as string;
  }
  // Read as the owner: the test's clock moves past the session's idle limit.
  const status = async (id: string) =>
    (
      await database.handle.db
        .selectFrom('messages')
        .select('status')
        .where('id', '=', id)
        .executeTakeFirstOrThrow()
    ).status;
  return { ...member, workspaceId: member.account.workspaceId as string, schedule, status };
}

it('sends a scheduled message once with three workers sweeping at the same time', async () => {
  await startWorkers();
  const ana = await seeker('Ana Sweep');
  const ben = await seeker('Ben Sweep');
  const id = await ana.schedule('one@northwind.example', later(30));
  const other = await ben.schedule('two@contoso.example', later(30));
  database.clock.set(later(31));
  // Every server's schedule fires the sweep in the same minute.
  await Promise.all(workers.map((w) => w.runner.send(JOB_NAMES.scheduledSends, {})));
  await until(
    'both scheduled messages sent',
    async () => (await ana.status(id)) === 'sent' && (await ben.status(other)) === 'sent',
  );
  await Promise.all(workers.map((w) => w.runner.send(JOB_NAMES.scheduledSends, {})));
  await new Promise((resolve) => setTimeout(resolve, 1500));
  expect(receivedBy('one@northwind.example')).toHaveLength(1);
  expect(receivedBy('two@contoso.example')).toHaveLength(1);
  expect(receivedBy('one@northwind.example')[0]?.mail.from?.value[0]?.address).toBe(ana.email);
});

it('sends once when three workers reach for the same workspace’s due message together', async () => {
  const cy = await seeker('Cy Race');
  const id = await cy.schedule('race@fabrikam.example', later(10));
  database.clock.set(later(11));
  const results = await Promise.all(
    workers.map((w) =>
      sendWorkspaceDueMessages(
        { db: w.handle.db, clock: database.clock },
        { workspaceId: cy.workspaceId, sender: (deps) => workspaceSender(deps, accounts) },
      ),
    ),
  );
  expect(results.flatMap((r) => r.sent).map((s) => s.message.id)).toEqual([id]);
  expect(results.flatMap((r) => r.failed)).toEqual([]);
  expect(receivedBy('race@fabrikam.example')).toHaveLength(1);
  expect(await cy.status(id)).toBe('sent');
});

it('sends a draft queued by "send now" once when three workers run the job together', async () => {
  const ed = await seeker('Ed Twice');
  const created = await team.call('POST', '/api/messages', {
    cookie: ed.cookie,
    body: {
      kind: 'thank_you',
      recipient: 'now@wingtip.example',
      subject: 'Thanks',
      body: 'Thank you.',
    },
  });
  const id = created.body.id as string;
  // The queue delivers at least once: the same run reaches three workers at the same moment.
  const outcomes = await Promise.all(
    workers.map((w) =>
      sendQueuedMessage(
        { db: w.handle.db, clock: database.clock },
        {
          workspaceId: ed.workspaceId,
          id,
          newThread: false,
          sender: (deps) => workspaceSender(deps, accounts),
        },
      ),
    ),
  );
  expect(outcomes.filter((o) => 'skipped' in o)).toHaveLength(2);
  expect(receivedBy('now@wingtip.example')).toHaveLength(1);
  expect(await ed.status(id)).toBe('sent');
});

it('keeps schedules across a restart of every server', async () => {
  const di = await seeker('Di Restart');
  const id = await di.schedule('restart@tailspin.example', later(60));
  await stopWorkers();
  await startWorkers();
  database.clock.set(later(61));
  await firstRunner().send(JOB_NAMES.scheduledSends, {});
  await until(
    'the scheduled message sent after the restart',
    async () => (await di.status(id)) === 'sent',
  );
  expect(receivedBy('restart@tailspin.example')).toHaveLength(1);
});
