import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/databases';
import { coachOf, seekerWithSteps } from '../../../test/digest-fixtures';
import { testMailSettings } from '../../../test/queue-fixtures';
import { startSmtpServer, type TestSmtpServer } from '../../../test/smtp-server';
import { contactInput } from '../../../test/factories';
import { messageInputSchema } from '../../core/message';
import { listDigestSends } from '../../storage/repositories/digests';
import { createContact } from '../../use-cases/contacts';
import { createMessage, getMessage } from '../../use-cases/messages';
import { createSmtpTransport } from '../mail/smtp-transport';
import { defineJob, noData } from './job-registry';
import { digestJob, dueDigestsJob, JOB_NAMES, sendMessageJob } from './jobs';
import { startLocalJobRunner, type LocalJobRunner } from './local-job-runner';

/** Local mode: the same jobs, run in this process, on a SQLite file. */
let database: TestDatabase & { close(): Promise<void> };
let smtp: TestSmtpServer;
const refuse = new Map<string, number>();
beforeAll(async () => {
  database = await createTestDatabase('sqlite');
  smtp = await startSmtpServer({
    onRecipient: async (address) => {
      const left = refuse.get(address) ?? 0;
      if (left === 0) return;
      refuse.set(address, left - 1);
      throw Object.assign(new Error('4.3.0 Try again later'), { responseCode: 451 });
    },
  });
});
afterAll(async () => {
  await smtp.close();
  await database.close();
});

const sender = () => {
  const settings = testMailSettings(smtp.port);
  return { transport: createSmtpTransport(settings), from: settings.from };
};

async function until(what: string, check: () => Promise<boolean> | boolean) {
  for (let i = 0; i < 300; i += 1) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`Never happened: ${what}`);
}

it('runs the digest jobs in process on SQLite: each digest once, retried when refused', async () => {
  database.clock.set('2026-12-08T12:00:00.000Z');
  const team = { db: database.handle.db, clock: database.clock };
  const ada = await seekerWithSteps(team, 'Ada Local', { steps: 4 });
  const bo = await seekerWithSteps(team, 'Bo Local', { steps: 1 });
  const coach = await coachOf(team, 'Cy Coach', [ada, bo]);
  refuse.set(bo.email, 2);
  const waits: number[] = [];
  const started: { runner?: LocalJobRunner } = {};
  const runner = startLocalJobRunner({
    jobs: [
      digestJob({ ...team, sender }),
      dueDigestsJob(
        { ...team, queue: () => started.runner as LocalJobRunner },
        { ms: 3_600_000, cron: '0 * * * *', firstAfterMs: 3_600_000 },
      ),
    ],
    wait: async (ms) => {
      waits.push(ms);
    },
    onError: () => undefined,
  });
  started.runner = runner;
  try {
    const due = await runner.runNow(JOB_NAMES.dueDigests);
    expect(due).toHaveLength(3);
    // A second sweep while the first one's digests run queues nothing new.
    await runner.runNow(JOB_NAMES.dueDigests);
    const everyone = [ada, bo, coach];
    await until('three digests to arrive', () =>
      everyone.every((a) => smtp.received.some((r) => r.to.includes(a.email))),
    );
    await runner.runNow(JOB_NAMES.dueDigests);
    await runner.stop();
    for (const account of everyone) {
      expect(smtp.received.filter((r) => r.to.includes(account.email))).toHaveLength(1);
      expect(await listDigestSends(database.handle.db, account.id)).toHaveLength(1);
    }
    // Refused twice: two waits, the second twice the first (the job's backoff).
    expect(waits).toEqual([60_000, 120_000]);
  } finally {
    await runner.stop();
  }
});

it('refuses data a job cannot read, naming the job and the field', async () => {
  const runner = startLocalJobRunner({
    jobs: [digestJob({ db: database.handle.db, clock: database.clock, sender })],
  });
  await expect(
    runner.run(JOB_NAMES.digest, { accountId: 'acc_x', day: 'tomorrow' }),
  ).rejects.toMatchObject({ code: 'validation', field: 'digest.day' });
  await expect(runner.send('no-such-job', {})).rejects.toThrow(/^job: no job is named no-such-job/);
  await runner.stop();
});

it('gives up after its retries, and stopping cuts a retry’s wait short', async () => {
  let runs = 0;
  const failing = defineJob({
    name: 'always-fails',
    data: noData,
    retry: { limit: 2, delaySeconds: 1, backoff: false },
    expireInSeconds: 10,
    run: async () => {
      runs += 1;
      throw new Error(`failure ${runs}`);
    },
  });
  const quick = startLocalJobRunner({ jobs: [failing], wait: async () => undefined });
  await expect(quick.run('always-fails', {})).rejects.toThrow('failure 3');
  await quick.stop();

  runs = 0;
  const errors: unknown[] = [];
  // The real wait (a second): stop() must not sit it out.
  const slow = startLocalJobRunner({ jobs: [failing], onError: (e) => errors.push(e) });
  await slow.send('always-fails', {});
  await until('the first run', () => runs === 1);
  await slow.stop();
  expect(runs).toBe(1);
  expect(errors).toHaveLength(1);
});

it('sends a draft with the send-message job once, and refuses to send it again', async () => {
  const deps = await database.deps('ws_local_send');
  database.clock.set('2026-12-09T10:00:00.000Z');
  const contact = await createContact(
    deps,
    contactInput({ name: 'Rui Santos', email: 'rui@northwind.example' }),
  );
  const message = await createMessage(
    deps,
    messageInputSchema.parse({
      kind: 'thank_you',
      contactId: contact.id,
      subject: 'Thank you for Tuesday',
      body: 'Hi Rui,\n\nThank you for the conversation on Tuesday.\n\nAna',
    }),
  );
  const waits: number[] = [];
  const runner = startLocalJobRunner({
    jobs: [sendMessageJob({ db: deps.db, clock: deps.clock, sender })],
    wait: async (ms) => {
      waits.push(ms);
    },
  });
  try {
    const data = { workspaceId: deps.workspaceId, messageId: message.id };
    await runner.run(JOB_NAMES.sendMessage, data);
    const stored = await getMessage(deps, { id: message.id });
    expect(stored.status).toBe('sent');
    const arrived = () => smtp.received.filter((r) => r.mail.messageId === stored.emailMessageId);
    expect(arrived()).toHaveLength(1);
    await expect(runner.run(JOB_NAMES.sendMessage, data)).rejects.toMatchObject({
      code: 'conflict',
    });
    expect(arrived()).toHaveLength(1);
    // Sent already is an answer, not a hiccup: it is not tried again.
    expect(waits).toEqual([]);
  } finally {
    await runner.stop();
  }
});
