import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/databases';
import { startSmtpServer, type TestSmtpServer } from '../../../test/smtp-server';
import { createTeamApp } from '../../../test/team';
import { createMailService } from '../../runtime/mail/mail-service';
import { VERIFICATION_HOURS, VERIFICATION_LIMITS } from '../../use-cases/team/email-verification';
import { secretDigest } from '../../use-cases/team/secrets';

const NEW_PASSWORD = 'harbour kettle violin 77';

let database: TestDatabase & { close(): Promise<void> };
let smtp: TestSmtpServer;
let dataDir: string;
let team: ReturnType<typeof createTeamApp>;
let bare: ReturnType<typeof createTeamApp>;
beforeAll(async () => {
  database = await createTestDatabase('postgres');
  smtp = await startSmtpServer({ user: 'rebound@careers.example.edu', password: 'smtp-secret-1' });
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rebound-verify-'));
  const mail = createMailService(dataDir, {
    REBOUND_SMTP_URL: `smtp://rebound%40careers.example.edu:smtp-secret-1@127.0.0.1:${smtp.port}`,
    REBOUND_SMTP_FROM: 'Career Centre <rebound@careers.example.edu>',
  });
  team = createTeamApp(database, {
    mail: () => mail.sender(),
    publicUrl: 'https://careers.example.edu',
  });
  bare = createTeamApp(database);
});
afterAll(async () => {
  await smtp.close();
  await database.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});
beforeEach(() => database.clock.set('2026-12-10T09:00:00.000Z'));

function mailsTo(address: string) {
  return smtp.received.filter((received) => received.to.includes(address));
}

function verificationToken(address: string): string {
  const text = mailsTo(address).at(-1)?.mail.text ?? '';
  const match = /https:\/\/careers\.example\.edu\/verify-email#([\w-]{43})/.exec(text);
  if (!match?.[1]) throw new Error(`no verification link in: ${text}`);
  return match[1];
}

/** An invitation made while the server had no mail, so its link was handed over some other way. */
async function handedOverInvitation(email: string): Promise<string> {
  const admin = await bare.member('admin', 'Ada Bare');
  const invited = await bare.call('POST', '/api/team/invitations', {
    cookie: admin.cookie,
    body: { email, role: 'seeker' },
  });
  expect(invited.body.emailed).toBe(false);
  return invited.body.token as string;
}

describe('email verification', () => {
  it('mails a link to someone who joined without proving their address; the link works once', async () => {
    const email = 'omar.handed@example.org';
    const token = await handedOverInvitation(email);
    const joined = await team.call('POST', '/api/team/invitations/accept', {
      body: { token, name: 'Omar Haddad', password: NEW_PASSWORD },
    });
    expect(joined.status).toBe(201);
    expect(joined.body.account.emailVerified).toBe(false);
    expect(mailsTo(email)).toHaveLength(1);
    expect(mailsTo(email)[0]?.mail.subject).toBe('Confirm your email address for Rebound');

    // Until the address is proven, it receives no reset link (and the answer does not say so).
    const reset = await team.call('POST', '/api/session/reset-requests', { body: { email } });
    expect(reset.status).toBe(202);
    expect(mailsTo(email)).toHaveLength(1);

    const link = verificationToken(email);
    const stored = await database.handle.db
      .selectFrom('email_verifications')
      .select(['id', 'email'])
      .where('id', 'in', [link, secretDigest(link)])
      .execute();
    expect(stored).toEqual([{ id: secretDigest(link), email }]);

    const verified = await team.call('POST', '/api/team/email/verify', { body: { token: link } });
    expect(verified.status).toBe(204);
    const cookie = await team.signIn(email, NEW_PASSWORD);
    const me = await team.call('GET', '/api/session', { cookie });
    expect(me.body.account.emailVerified).toBe(true);
    const again = await team.call('POST', '/api/team/email/verify', { body: { token: link } });
    expect(again.status).toBe(400);
    expect(again.body.error).toMatchObject({ field: 'token' });

    await team.call('POST', '/api/session/reset-requests', { body: { email } });
    expect(mailsTo(email).at(-1)?.mail.subject).toBe('Choose a new Rebound password');
  });

  it('takes joining through an emailed invitation as proof of the address', async () => {
    const admin = await team.member('admin', 'Ada Mailer');
    const email = 'pia.emailed@example.org';
    const invited = await team.call('POST', '/api/team/invitations', {
      cookie: admin.cookie,
      body: { email, role: 'coach' },
    });
    expect(invited.body.emailed).toBe(true);
    const joined = await team.call('POST', '/api/team/invitations/accept', {
      body: { token: invited.body.token, name: 'Pia Emailed', password: NEW_PASSWORD },
    });
    expect(joined.body.account.emailVerified).toBe(true);
    expect(mailsTo(email).map((m) => m.mail.subject)).toEqual([
      'Ada Mailer invited you to Rebound',
    ]);
  });

  it('sends a signed-in member a link on request, a few times at most, and never once proven', async () => {
    const quinn = await team.member('seeker', 'Quinn Asks', { emailVerified: false });
    const statuses: number[] = [];
    for (let i = 0; i <= VERIFICATION_LIMITS.perAccount; i += 1) {
      const asked = await team.call('POST', '/api/team/email/verification', {
        cookie: quinn.cookie,
      });
      statuses.push(asked.status);
    }
    expect(statuses).toEqual([...Array(VERIFICATION_LIMITS.perAccount).fill(202), 429]);
    expect(mailsTo(quinn.email)).toHaveLength(VERIFICATION_LIMITS.perAccount);

    const verified = await team.call('POST', '/api/team/email/verify', {
      body: { token: verificationToken(quinn.email) },
    });
    expect(verified.status).toBe(204);
    database.clock.advance(VERIFICATION_LIMITS.windowMinutes * 60_000);
    const proven = await team.call('POST', '/api/team/email/verification', {
      cookie: quinn.cookie,
    });
    expect(proven.status).toBe(409);
    expect(proven.body.error.message).toBe(`email: ${quinn.email} is verified already`);
    expect((await team.call('POST', '/api/team/email/verification')).status).toBe(401);
  });

  it('refuses an expired link and a link for an address the account no longer has', async () => {
    const rosa = await team.member('seeker', 'Rosa Late', { emailVerified: false });
    await team.call('POST', '/api/team/email/verification', { cookie: rosa.cookie });
    const expired = verificationToken(rosa.email);
    database.clock.advance(VERIFICATION_HOURS * 3_600_000);
    const late = await team.call('POST', '/api/team/email/verify', { body: { token: expired } });
    expect(late.body.error.message).toMatch(/^token: this link was used already, has expired/);

    await team.call('POST', '/api/team/email/verification', { cookie: rosa.cookie });
    const forOldAddress = verificationToken(rosa.email);
    await database.handle.db
      .updateTable('accounts')
      .set({ email: 'rosa.new@example.org' })
      .where('id', '=', rosa.account.id)
      .execute();
    const moved = await team.call('POST', '/api/team/email/verify', {
      body: { token: forOldAddress },
    });
    expect(moved.body.error).toMatchObject({ field: 'token' });
    const account = await database.handle.db
      .selectFrom('accounts')
      .select('email_verified_at')
      .where('id', '=', rosa.account.id)
      .executeTakeFirstOrThrow();
    expect(account.email_verified_at).toBeNull();
  });

  it('says so when the server cannot send links', async () => {
    const sam = await bare.member('seeker', 'Sam Bare', { emailVerified: false });
    const asked = await bare.call('POST', '/api/team/email/verification', { cookie: sam.cookie });
    expect(asked.status).toBe(409);
    expect(asked.body.error.message).toMatch(/REBOUND_PUBLIC_URL and REBOUND_SMTP_URL/);
  });
});
