import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/databases';
import { coachOf, seekerWithSteps } from '../../../test/digest-fixtures';
import { startSmtpServer, type TestSmtpServer } from '../../../test/smtp-server';
import { createSmtpTransport } from '../../runtime/mail/smtp-transport';
import { resolveRecoverySettings } from '../../core/recovery/settings';
import { instantAtLocalTime } from '../../core/recovery/zoned-time';
import { listDigestSends } from '../../storage/repositories/digests';
import {
  previewUnsubscribe,
  setDigestPreferences,
  unsubscribeFromDigests,
  viewDigestPreferences,
} from './digest-preferences';
import { findDueDigests, sendDigest } from './digests';
import { secretDigest } from './secrets';

let smtp: TestSmtpServer;
beforeAll(async () => {
  smtp = await startSmtpServer();
});
afterAll(async () => smtp.close());

const from = { name: 'Careers Centre', address: 'careers@example.edu' };
const mail = () => ({
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
const PUBLIC_URL = 'https://careers.example.edu';

describeEachDialect('digest preferences', (db) => {
  const team = () => ({ db: db().handle.db, clock: db().clock });
  const dueFor = async (accountId: string, instant: string) => {
    db().clock.set(instant);
    return (await findDueDigests(team())).filter((d) => d.accountId === accountId);
  };

  it('sends a seeker’s digest at the hour they chose, in their own zone, instead of the reminder time', async () => {
    db().clock.set('2026-12-08T00:00:00.000Z');
    const seeker = await seekerWithSteps(team(), 'Ines Hour', {
      timeZone: 'America/New_York',
      reminderTime: '08:30',
    });
    expect(await viewDigestPreferences(team(), { account: seeker })).toEqual({
      enabled: true,
      hour: null,
      stoppedAt: null,
    });
    await setDigestPreferences(team(), {
      account: seeker,
      preferences: { enabled: true, hour: 6 },
    });
    // 06:00 in New York is 11:00 UTC in December.
    expect(await dueFor(seeker.id, '2026-12-08T10:59:00.000Z')).toEqual([]);
    expect(await dueFor(seeker.id, '2026-12-08T11:00:00.000Z')).toEqual([
      { accountId: seeker.id, day: '2026-12-08' },
    ]);
    // A later hour than the reminder time holds the digest back past it.
    await setDigestPreferences(team(), {
      account: seeker,
      preferences: { enabled: true, hour: 17 },
    });
    expect(await dueFor(seeker.id, '2026-12-08T13:31:00.000Z')).toEqual([]);
    expect(await dueFor(seeker.id, '2026-12-08T22:00:00.000Z')).toHaveLength(1);
    // Back to the reminder time.
    await setDigestPreferences(team(), {
      account: seeker,
      preferences: { enabled: true, hour: null },
    });
    expect(await dueFor(seeker.id, '2026-12-08T13:30:00.000Z')).toHaveLength(1);
  });

  it('gives a coach the hour they chose, in the server’s zone', async () => {
    db().clock.set('2026-12-09T00:00:00.000Z');
    const seeker = await seekerWithSteps(team(), 'Lou Caseload');
    const coach = await coachOf(team(), 'Cy Early', [seeker]);
    await setDigestPreferences(team(), { account: coach, preferences: { enabled: true, hour: 7 } });
    // A coach has no workspace: the zone is the one settings fall back to on this server.
    const { timeZone } = resolveRecoverySettings({});
    const seven = instantAtLocalTime('2026-12-09', '07:00', timeZone);
    const aMinuteBefore = new Date(Date.parse(seven) - 60_000).toISOString();
    expect(await dueFor(coach.id, aMinuteBefore)).toEqual([]);
    expect(await dueFor(coach.id, seven)).toEqual([{ accountId: coach.id, day: '2026-12-09' }]);
    expect((await viewDigestPreferences(team(), { account: coach })).hour).toBe(7);
  });

  it('sends nothing to an account that turned digests off, and again once turned on', async () => {
    db().clock.set('2026-12-10T00:00:00.000Z');
    const seeker = await seekerWithSteps(team(), 'Ola Off', { reminderTime: '08:00' });
    // Due, and queued, before the change: the job finds it off and sends nothing.
    const queued = await dueFor(seeker.id, '2026-12-10T08:00:00.000Z');
    expect(queued).toHaveLength(1);
    const off = await setDigestPreferences(team(), {
      account: seeker,
      preferences: { enabled: false, hour: 7 },
    });
    expect(off).toMatchObject({ enabled: false, hour: 7, stoppedAt: '2026-12-10T08:00:00.000Z' });
    expect(await dueFor(seeker.id, '2026-12-10T08:00:00.000Z')).toEqual([]);
    const outcome = await sendDigest(team(), {
      ...(queued[0] as { accountId: string; day: string }),
      mail: mail(),
    });
    expect(outcome).toEqual({ sent: false, reason: 'turned_off' });
    expect(smtp.received.filter((r) => r.to.includes(seeker.email))).toEqual([]);
    expect(await listDigestSends(team().db, seeker.id)).toEqual([]);

    await setDigestPreferences(team(), {
      account: seeker,
      preferences: { enabled: true, hour: 7 },
    });
    expect(await dueFor(seeker.id, '2026-12-10T08:00:00.000Z')).toHaveLength(1);
  });

  it('puts a one-click unsubscribe in every digest, whose secret turns that account’s digests off and nothing else', async () => {
    db().clock.set('2026-12-11T09:00:00.000Z');
    const seeker = await seekerWithSteps(team(), 'Uma Unsub', { reminderTime: '08:00' });
    const other = await seekerWithSteps(team(), 'Vic Stays', { reminderTime: '08:00' });
    const day = '2026-12-11';
    for (const account of [seeker, other]) {
      const sent = await sendDigest(team(), {
        accountId: account.id,
        day,
        mail: mail(),
        publicUrl: PUBLIC_URL,
      });
      expect(sent.sent).toBe(true);
    }
    const received = smtp.received.find((r) => r.to.includes(seeker.email));
    // As mailparser reads the List-* fields (RFC 2369 and RFC 8058).
    const list = received?.mail.headers.get('list') as {
      unsubscribe?: { url?: string };
      'unsubscribe-post'?: { name?: string };
    };
    const url = list.unsubscribe?.url ?? '';
    const match =
      /^https:\/\/careers\.example\.edu\/api\/team\/digests\/unsubscribe\?token=([\w-]{43})$/.exec(
        url,
      );
    expect(match).not.toBeNull();
    expect(list['unsubscribe-post']?.name).toBe('List-Unsubscribe=One-Click');
    const raw = received?.mail.headerLines.find((h) => h.key === 'list-unsubscribe')?.line ?? '';
    expect(raw.replace(/\r\n\s+/g, ' ')).toBe(`List-Unsubscribe: <${url}>`);
    const token = (match as RegExpExecArray)[1] as string;
    expect(received?.mail.text).toContain(`Stop these emails: ${url}`);
    // What is stored is the secret's digest, never the secret.
    const stored = await team()
      .db.selectFrom('digest_sends')
      .select('unsubscribe_digest')
      .where('account_id', '=', seeker.id)
      .executeTakeFirstOrThrow();
    expect(stored.unsubscribe_digest).toBe(secretDigest(token));

    // Looking changes nothing.
    expect(await previewUnsubscribe(team(), { token })).toEqual({
      email: seeker.email,
      stopped: false,
    });
    expect((await viewDigestPreferences(team(), { account: seeker })).enabled).toBe(true);

    expect(await unsubscribeFromDigests(team(), { token })).toEqual({
      email: seeker.email,
      stopped: true,
    });
    expect(await viewDigestPreferences(team(), { account: seeker })).toMatchObject({
      enabled: false,
      stoppedAt: '2026-12-11T09:00:00.000Z',
    });
    expect((await viewDigestPreferences(team(), { account: other })).enabled).toBe(true);
    expect(await dueFor(seeker.id, '2026-12-12T09:00:00.000Z')).toEqual([]);
    expect(await dueFor(other.id, '2026-12-12T09:00:00.000Z')).toHaveLength(1);

    // A forged secret, or one altered by a character, is refused naming the token.
    const forged = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    await expect(unsubscribeFromDigests(team(), { token: forged })).rejects.toMatchObject({
      code: 'not_found',
      field: 'token',
    });
  });

  it('refuses an admin, who gets no digest', async () => {
    const { createAccount } = await import('./accounts');
    const admin = await createAccount(team(), {
      email: `ada.${Math.random().toString(36).slice(2, 8)}@example.org`,
      name: 'Ada Admin',
      role: 'admin',
      password: 'lighthouse vinegar tandem',
      emailVerified: true,
    });
    await expect(
      setDigestPreferences(team(), { account: admin, preferences: { enabled: false, hour: null } }),
    ).rejects.toMatchObject({ code: 'forbidden', field: 'role' });
  });
});
