import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect, TestClock, type TestDatabase } from '../../test/databases';
import { contactInput } from '../../test/factories';
import { useTimeZone } from '../../test/recovery-fixtures';
import { startSmtpServer, type TestSmtpServer } from '../../test/smtp-server';
import { messageInputSchema } from '../core/message';
import { openDatabase } from '../storage/connect';
import { insertTask } from '../storage/repositories/tasks';
import { createContact } from '../use-cases/contacts';
import type { UseCaseDeps } from '../use-cases/deps';
import {
  cancelScheduledSend,
  type MailSender,
  scheduleSend,
} from '../use-cases/mail/scheduled-sends';
import { createMessage, getMessage, markMessageSent } from '../use-cases/messages';
import { exactly } from '../use-cases/date-times';
import { createMailService } from './mail/mail-service';
import { startScheduledSendRunner, type ScheduledSendRunner } from './scheduled-send-runner';

let smtp: TestSmtpServer;
let dataDir: string;
beforeAll(async () => {
  smtp = await startSmtpServer();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rebound-scheduled-'));
});
afterAll(async () => {
  await smtp.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const mail = (env: Record<string, string> = {}) =>
  createMailService(dataDir, {
    REBOUND_SMTP_URL: `smtp://ana%40example.com:app-password-1@127.0.0.1:${smtp.port}`,
    REBOUND_SMTP_FROM: 'Ana Díaz <ana@example.com>',
    ...env,
  });

/** A runner that only runs when the test says so (its timer is far away). */
function runner(
  db: TestDatabase['handle']['db'],
  clock: TestClock,
  sender = () => mail().sender(),
) {
  return startScheduledSendRunner({ db, clock, sender, intervalMs: 3_600_000, log: () => {} });
}

async function draft(deps: UseCaseDeps, overrides: Record<string, unknown> = {}) {
  const contact = await createContact(
    deps,
    contactInput({ name: 'Zoë Ångström', email: 'zoe@northwind.example' }),
  );
  return createMessage(
    deps,
    messageInputSchema.parse({
      kind: 'thank_you',
      contactId: contact.id,
      subject: 'Thank you',
      body: 'Hej Zoë,\n\nThank you for the conversation about the Ångström units.\n\nAna',
      ...overrides,
    }),
  );
}

/** The mail the SMTP server received with this Message-ID. */
const arrived = (messageId: string | null) =>
  smtp.received.filter((r) => r.mail.messageId === messageId);

describeEachDialect('scheduled sends', (db) => {
  let running: ScheduledSendRunner[] = [];
  /** A runner, once its start-up run is over (the tests then tick it themselves). */
  const start = async (...args: Parameters<typeof runner>) => {
    const r = runner(...args);
    running.push(r);
    await r.firstRun;
    return r;
  };
  afterAll(async () => {
    await Promise.all(running.map((r) => r.stop()));
    running = [];
  });

  it('sends at the reminder time of the next day, once, with the step done and the person logged', async () => {
    const deps = await db().deps('ws_sched_tomorrow');
    await useTimeZone(deps, 'America/New_York');
    db().clock.set('2026-11-26T22:30:00.000Z'); // 17:30 in New York
    const message = await draft(deps);
    await insertTask(deps.db, deps.workspaceId, {
      id: 'tsk_schedthank01',
      applicationId: null,
      contactId: message.contactId,
      kind: 'thank_you',
      status: 'open',
      dueAt: '2026-11-27T14:00:00.000Z',
      snoozedUntil: null,
      reason: 'The day after the news',
      doneAt: null,
      messageId: null,
      interactionId: null,
      createdAt: '2026-11-26T09:00:00.000Z',
      updatedAt: '2026-11-26T09:00:00.000Z',
    });
    const scheduled = await scheduleSend(deps, { id: message.id, newThread: false });
    // Tomorrow, 09:00 in New York.
    expect(scheduled.scheduled).toEqual({
      at: '2026-11-27T14:00:00.000Z',
      newThread: false,
      taskId: null,
    });
    const sends = await start(deps.db, db().clock);
    expect((await sends.tick()).sent).toEqual([]);
    db().clock.set('2026-11-27T13:59:00.000Z');
    expect((await sends.tick()).sent).toEqual([]);
    expect((await getMessage(deps, { id: message.id })).status).toBe('draft');

    db().clock.set('2026-11-27T14:00:20.000Z');
    const run = await sends.tick();
    expect(run.sent.map((s) => s.message.id)).toEqual([message.id]);
    const stored = await getMessage(deps, { id: message.id });
    expect(stored).toMatchObject({ status: 'sent', scheduled: null, sendFailure: null });
    const received = arrived(stored.emailMessageId);
    expect(received).toHaveLength(1);
    expect(received[0]?.to).toEqual(['zoe@northwind.example']);
    expect(received[0]?.mail.subject).toBe('Thank you');
    expect(run.sent[0]?.task?.id).toBe('tsk_schedthank01');
    expect(run.sent[0]?.interaction?.contactId).toBe(message.contactId);

    db().clock.advance(60_000);
    expect((await sends.tick()).sent).toEqual([]);
    expect(arrived(stored.emailMessageId)).toHaveLength(1);
  });

  it('survives a restart: a new process on the same database sends it', async () => {
    const deps = await db().deps('ws_sched_restart');
    db().clock.set('2026-11-26T09:00:00.000Z');
    const message = await draft(deps);
    await scheduleSend(deps, {
      id: message.id,
      at: exactly('2026-11-26T10:00:00.000Z'),
      newThread: false,
    });
    const first = await start(deps.db, db().clock);
    await first.stop();

    // Another connection and clock: nothing carried over but the database.
    const database = db();
    const reopened = openDatabase(
      database.dialect === 'sqlite'
        ? { dialect: 'sqlite', file: database.location }
        : { dialect: 'postgres', url: database.location, poolSize: 2 },
    );
    try {
      const later = new TestClock('2026-11-26T10:00:30.000Z');
      const second = runner(reopened.db, later);
      // It goes in the run a starting server makes at once.
      const run = await second.firstRun;
      expect(run.sent.map((s) => s.message.id)).toEqual([message.id]);
      await second.stop();
    } finally {
      await reopened.close();
    }
    const stored = await getMessage(deps, { id: message.id });
    expect(stored.status).toBe('sent');
    expect(arrived(stored.emailMessageId)).toHaveLength(1);
  });

  it('can be cancelled until it goes, and then never goes', async () => {
    const deps = await db().deps('ws_sched_cancel');
    db().clock.set('2026-11-26T09:00:00.000Z');
    const message = await draft(deps);
    await scheduleSend(deps, {
      id: message.id,
      at: exactly('2026-11-26T12:00:00.000Z'),
      newThread: false,
    });
    const cancelled = await cancelScheduledSend(deps, { id: message.id });
    expect(cancelled).toMatchObject({ status: 'draft', scheduled: null });
    db().clock.set('2026-11-26T12:05:00.000Z');
    const sends = await start(deps.db, db().clock);
    const before = smtp.received.length;
    expect(await sends.tick()).toEqual({ sent: [], failed: [] });
    expect(smtp.received.length).toBe(before);
    await expect(cancelScheduledSend(deps, { id: message.id })).rejects.toMatchObject({
      code: 'conflict',
      message: 'This message is not scheduled to be sent.',
    });
  });

  it('goes exactly once when two servers on one database reach for the same sends', async () => {
    const deps = await db().deps('ws_sched_twice');
    db().clock.set('2026-11-26T09:00:00.000Z');
    const ids: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      const message = await draft(deps, { subject: `Note ${i}` });
      await scheduleSend(deps, {
        id: message.id,
        at: exactly('2026-11-26T09:30:00.000Z'),
        newThread: false,
      });
      ids.push(message.id);
    }
    const database = db();
    const other = openDatabase(
      database.dialect === 'sqlite'
        ? { dialect: 'sqlite', file: database.location }
        : { dialect: 'postgres', url: database.location, poolSize: 2 },
    );
    // Each delivery takes a moment, so the two runners' work overlaps.
    const slow = (): ReturnType<MailSender> => {
      const real = mail().sender();
      return {
        from: real.from,
        transport: {
          send: async (outgoing) => {
            await new Promise((resolve) => setTimeout(resolve, 30));
            return real.transport.send(outgoing);
          },
        },
      };
    };
    try {
      const clock = new TestClock('2026-11-26T09:31:00.000Z');
      // Both start at the same moment: their start-up runs race for the same four sends.
      const a = runner(deps.db, clock, slow);
      const b = runner(other.db, clock, slow);
      running.push(a, b);
      const [ranA, ranB] = await Promise.all([a.firstRun, b.firstRun]);
      const sentIds = [...ranA.sent, ...ranB.sent].map((s) => s.message.id).sort();
      expect(sentIds).toEqual([...ids].sort());
      expect([...ranA.failed, ...ranB.failed]).toEqual([]);
      await b.stop();
    } finally {
      await other.close();
    }
    for (const id of ids) {
      const stored = await getMessage(deps, { id });
      expect(stored.status).toBe('sent');
      expect(arrived(stored.emailMessageId)).toHaveLength(1);
    }
  });

  it('keeps a failed send as a draft with its error, and does not try again', async () => {
    const deps = await db().deps('ws_sched_fail');
    db().clock.set('2026-11-26T09:00:00.000Z');
    const sends = await start(deps.db, db().clock);
    const refused = await draft(deps, { recipient: 'nobody@refused.example' });
    await scheduleSend(deps, {
      id: refused.id,
      at: exactly('2026-11-26T09:10:00.000Z'),
      newThread: false,
    });
    db().clock.set('2026-11-26T09:11:00.000Z');
    const before = smtp.received.length;
    const run = await sends.tick();
    expect(run.sent).toEqual([]);
    expect(run.failed).toEqual([
      {
        workspaceId: deps.workspaceId,
        id: refused.id,
        error: expect.stringMatching(/refused the recipient nobody@refused\.example/),
      },
    ]);
    expect(await getMessage(deps, { id: refused.id })).toMatchObject({
      status: 'draft',
      scheduled: null,
      sendFailure: {
        at: '2026-11-26T09:11:00.000Z',
        error: expect.stringMatching(/refused the recipient/),
      },
    });
    db().clock.advance(10 * 60_000);
    expect(await sends.tick()).toEqual({ sent: [], failed: [] });
    expect(smtp.received.length).toBe(before);

    // Without a mail account at the time it is due, it fails the same way, saying why.
    const noAccount = await draft(deps);
    await scheduleSend(deps, {
      id: noAccount.id,
      at: exactly('2026-11-26T09:30:00.000Z'),
      newThread: false,
    });
    db().clock.set('2026-11-26T09:31:00.000Z');
    const unset = runner(deps.db, db().clock, () => createMailService(dataDir, {}).sender());
    running.push(unset);
    const failed = await unset.firstRun;
    expect(failed.failed[0]?.error).toMatch(/Sending email is not set up yet/);
    // Scheduling it again clears the old error.
    const again = await scheduleSend(deps, { id: noAccount.id, newThread: false });
    expect(again.sendFailure).toBeNull();
  });

  it('checks the message when it is scheduled, naming what to fix', async () => {
    const deps = await db().deps('ws_sched_checks');
    db().clock.set('2026-11-26T09:00:00.000Z');
    const message = await draft(deps);
    await expect(
      scheduleSend(deps, {
        id: message.id,
        at: exactly('2026-11-26T08:00:00.000Z'),
        newThread: false,
      }),
    ).rejects.toMatchObject({
      code: 'validation',
      field: 'at',
      message: 'at: must be in the future',
    });
    const noSubject = await draft(deps, { subject: null });
    await expect(scheduleSend(deps, { id: noSubject.id, newThread: false })).rejects.toMatchObject({
      code: 'validation',
      field: 'subject',
    });
    const linkedin = await draft(deps, { channel: 'linkedin', kind: 'linkedin_note' });
    await expect(scheduleSend(deps, { id: linkedin.id, newThread: false })).rejects.toMatchObject({
      code: 'validation',
      field: 'channel',
    });
    expect((await getMessage(deps, { id: noSubject.id })).scheduled).toBeNull();

    // Marked as sent by hand before its time, it is off the schedule.
    await scheduleSend(deps, { id: message.id, newThread: false });
    await markMessageSent(deps, { id: message.id });
    expect((await getMessage(deps, { id: message.id })).scheduled).toBeNull();
    db().clock.advance(2 * 86_400_000);
    expect((await (await start(deps.db, db().clock)).tick()).sent).toEqual([]);
  });
});
