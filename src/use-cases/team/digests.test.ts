import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/databases';
import { coachOf, seekerWithSteps } from '../../../test/digest-fixtures';
import { startSmtpServer, type TestSmtpServer } from '../../../test/smtp-server';
import { createSmtpTransport } from '../../runtime/mail/smtp-transport';
import { markAccountRemoved } from '../../storage/repositories/accounts';
import { listDigestSends, listSeekerWorkspaces } from '../../storage/repositories/digests';
import type { MailTransport } from '../mail/mail-port';
import { listAccessLog } from './access-log';
import { findDueDigests, sendDigest } from './digests';

let smtp: TestSmtpServer;
const refuseNext = new Set<string>();
beforeAll(async () => {
  smtp = await startSmtpServer({
    onRecipient: async (address) => {
      if (!refuseNext.delete(address)) return;
      throw Object.assign(new Error('4.3.0 Try again later'), { responseCode: 451 });
    },
  });
});
afterAll(async () => smtp.close());

const from = { name: 'Careers Centre', address: 'careers@example.edu' };
const mail = (): { transport: MailTransport; from: typeof from } => ({
  transport: createSmtpTransport({
    host: '127.0.0.1',
    port: smtp.port,
    secure: false,
    user: 'ana@example.com',
    password: 'app-password-1',
    from,
  }),
  from,
});
const arrivedFor = (address: string) => smtp.received.filter((r) => r.to.includes(address));

describeEachDialect('daily digests', (db) => {
  const team = () => ({ db: db().handle.db, clock: db().clock });

  it('is due at each seeker’s reminder time in their own zone, once a day', async () => {
    db().clock.set('2026-12-08T12:00:00.000Z');
    const london = await seekerWithSteps(team(), 'Ada London', {
      timeZone: 'Europe/London',
      reminderTime: '08:30',
    });
    const newYork = await seekerWithSteps(team(), 'Bo New York', {
      timeZone: 'America/New_York',
      reminderTime: '08:30',
    });
    const ids = [london.id, newYork.id];
    const dueAt = async (instant: string) => {
      db().clock.set(instant);
      return (await findDueDigests(team())).filter((d) => ids.includes(d.accountId));
    };
    // 08:29 in London, 03:29 in New York: nobody yet.
    expect(await dueAt('2026-12-08T08:29:00.000Z')).toEqual([]);
    expect(await dueAt('2026-12-08T08:30:00.000Z')).toEqual([
      { accountId: london.id, day: '2026-12-08' },
    ]);
    const settled = await sendDigest(team(), {
      accountId: london.id,
      day: '2026-12-08',
      mail: mail(),
    });
    expect(settled.sent).toBe(true);
    // 08:30 in New York is 13:30 UTC; London's is done for the day.
    expect(await dueAt('2026-12-08T13:30:00.000Z')).toEqual([
      { accountId: newYork.id, day: '2026-12-08' },
    ]);
    // London's next morning, 03:31 in New York: a morning that was missed is not sent late.
    expect(await dueAt('2026-12-09T08:31:00.000Z')).toEqual([
      { accountId: london.id, day: '2026-12-09' },
    ]);
  });

  it('passes by a seeker the organisation removed', async () => {
    db().clock.set('2026-12-10T12:00:00.000Z');
    const stays = await seekerWithSteps(team(), 'Cy Stays', {
      timeZone: 'Europe/London',
      reminderTime: '08:30',
    });
    const leaves = await seekerWithSteps(team(), 'Di Leaves', {
      timeZone: 'Europe/London',
      reminderTime: '08:30',
    });
    await markAccountRemoved(team().db, leaves.id, '2026-12-10T12:00:00.000Z');
    db().clock.set('2026-12-11T08:31:00.000Z');
    const due = (await findDueDigests(team())).map((d) => d.accountId);
    expect(due).toContain(stays.id);
    expect(due).not.toContain(leaves.id);
    expect(await listSeekerWorkspaces(team().db)).not.toContain(leaves.workspaceId);
  });

  it('sends a seeker today’s three steps once, however often it is asked', async () => {
    db().clock.set('2026-12-10T09:00:00.000Z');
    const seeker = await seekerWithSteps(team(), 'Chidi Okafor', { steps: 5 });
    const options = {
      accountId: seeker.id,
      day: '2026-12-10',
      mail: mail(),
      publicUrl: 'https://careers.example.edu',
    };
    const runs = await Promise.all([1, 2, 3].map(() => sendDigest(team(), options)));
    expect(runs.filter((r) => r.sent)).toHaveLength(1);
    expect(runs.filter((r) => !r.sent)).toEqual([
      { sent: false, reason: 'settled' },
      { sent: false, reason: 'settled' },
    ]);
    expect(await sendDigest(team(), options)).toEqual({ sent: false, reason: 'settled' });
    const [received, ...more] = arrivedFor(seeker.email);
    expect(more).toEqual([]);
    expect(received?.mail.subject).toBe('Today’s 3 steps'.replace('’', "'"));
    const text = received?.mail.text ?? '';
    expect(text).toMatch(/^Good morning, Chidi Okafor\./);
    expect(text.match(/^\d\. /gm)).toEqual(['1. ', '2. ', '3. ']);
    expect(text).toContain('Step 1: while the interview is fresh');
    expect(text).not.toContain('Step 4');
    expect(text).toContain('Open Rebound: https://careers.example.edu/');
    expect(await listDigestSends(db().handle.db, seeker.id)).toEqual([
      {
        day: '2026-12-10',
        kind: 'seeker',
        emailMessageId: received?.mail.messageId,
        sentAt: '2026-12-10T09:00:00.000Z',
      },
    ]);
  });

  it('leaves the day open when the mail server refuses, so the retry sends it', async () => {
    db().clock.set('2026-12-11T09:00:00.000Z');
    const seeker = await seekerWithSteps(team(), 'Dana Retry', { steps: 1 });
    refuseNext.add(seeker.email);
    const options = { accountId: seeker.id, day: '2026-12-11', mail: mail() };
    await expect(sendDigest(team(), options)).rejects.toThrow(/451|try again/i);
    expect(await listDigestSends(db().handle.db, seeker.id)).toEqual([]);
    expect(await sendDigest(team(), options)).toMatchObject({ sent: true });
    expect(arrivedFor(seeker.email)).toHaveLength(1);
    expect(arrivedFor(seeker.email)[0]?.mail.subject).toBe("Today's step");
  });

  it('settles a day with nothing to tell without an email', async () => {
    db().clock.set('2026-12-12T09:00:00.000Z');
    const seeker = await seekerWithSteps(team(), 'Eli Idle', { steps: 0 });
    const options = { accountId: seeker.id, day: '2026-12-12', mail: mail() };
    expect(await sendDigest(team(), options)).toEqual({ sent: false, reason: 'nothing_to_tell' });
    expect(arrivedFor(seeker.email)).toEqual([]);
    expect(await listDigestSends(db().handle.db, seeker.id)).toMatchObject([
      { day: '2026-12-12', emailMessageId: null },
    ]);
    db().clock.set('2026-12-12T10:00:00.000Z');
    expect((await findDueDigests(team())).map((d) => d.accountId)).not.toContain(seeker.id);
  });

  it('sends a coach the caseload this morning, counts only, and logs the read for each seeker', async () => {
    db().clock.set('2026-12-13T09:00:00.000Z');
    const busy = await seekerWithSteps(team(), 'Farah Busy', { steps: 2 });
    const calm = await seekerWithSteps(team(), 'Gus Calm', { steps: 0 });
    const coach = await coachOf(team(), 'Hana Coach', [busy, calm]);
    db().clock.set('2026-12-13T09:05:00.000Z');
    // Three at once, as three servers would: one sends, and only that one reads and logs.
    const outcomes = await Promise.all(
      [1, 2, 3].map(() =>
        sendDigest(team(), { accountId: coach.id, day: '2026-12-13', mail: mail() }),
      ),
    );
    expect(outcomes.filter((o) => o.sent)).toHaveLength(1);
    const [received, ...more] = arrivedFor(coach.email);
    expect(more).toEqual([]);
    expect(received?.mail.subject).toBe('Your caseload this morning');
    const text = received?.mail.text ?? '';
    expect(text).toContain('2 seekers in your caseload');
    expect(text).toContain('- Farah Busy: 2 overdue steps');
    expect(text).not.toContain('Step 1');
    const log = await listAccessLog({ ...team(), workspaceId: busy.workspaceId as string });
    expect(log).toMatchObject([
      { accountName: 'Hana Coach', operation: 'digest: your caseload this morning' },
    ]);
    // An admin gets none, and a removed or unknown account is no member.
    expect(
      await sendDigest(team(), { accountId: 'acc_nobody', day: '2026-12-13', mail: mail() }),
    ).toEqual({
      sent: false,
      reason: 'not_a_member',
    });
  });
});
