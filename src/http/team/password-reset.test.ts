import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/databases';
import { startSmtpServer, type TestSmtpServer } from '../../../test/smtp-server';
import { createTeamApp, TEAM_PASSWORD } from '../../../test/team';
import { createMailService } from '../../runtime/mail/mail-service';
import { RESET_LIMITS, RESET_MINUTES } from '../../use-cases/team/password-reset';

const NEW_PASSWORD = 'harbour kettle violin 77';

let database: TestDatabase & { close(): Promise<void> };
let smtp: TestSmtpServer;
let dataDir: string;
let team: ReturnType<typeof createTeamApp>;
beforeAll(async () => {
  database = await createTestDatabase('postgres');
  smtp = await startSmtpServer({ user: 'rebound@careers.example.edu', password: 'smtp-secret-1' });
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rebound-reset-'));
  const mail = createMailService(dataDir, {
    REBOUND_SMTP_URL: `smtp://rebound%40careers.example.edu:smtp-secret-1@127.0.0.1:${smtp.port}`,
    REBOUND_SMTP_FROM: 'Career Centre <rebound@careers.example.edu>',
  });
  team = createTeamApp(database, {
    mail: () => mail.sender(),
    publicUrl: 'https://careers.example.edu',
  });
});
afterAll(async () => {
  await smtp.close();
  await database.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});
beforeEach(() => database.clock.set('2026-12-09T09:00:00.000Z'));

function tokenFrom(index: number): string {
  const text = smtp.received[index]?.mail.text ?? '';
  const match = /https:\/\/careers\.example\.edu\/reset-password#([\w-]{43})/.exec(text);
  if (!match?.[1]) throw new Error(`no reset link in: ${text}`);
  return match[1];
}

describe('password reset by email', () => {
  it('emails a one-use link, sets the new password and ends every session', async () => {
    const ana = await team.member('seeker', 'Ana Reset');
    const before = smtp.received.length;
    const asked = await team.call('POST', '/api/session/reset-requests', {
      body: { email: ana.email },
    });
    expect(asked.status).toBe(202);
    expect(smtp.received).toHaveLength(before + 1);
    expect(smtp.received[before]?.to).toEqual([ana.email]);
    const token = tokenFrom(before);

    const weak = await team.call('POST', '/api/session/password-reset', {
      body: { token, password: 'qwerty123456' },
    });
    expect(weak.body.error).toMatchObject({ field: 'password' });
    const done = await team.call('POST', '/api/session/password-reset', {
      body: { token, password: NEW_PASSWORD },
    });
    expect(done.status).toBe(204);
    expect((await team.call('GET', '/api/applications', { cookie: ana.cookie })).status).toBe(401);
    const old = await team.call('POST', '/api/session', {
      body: { email: ana.email, password: TEAM_PASSWORD },
    });
    expect(old.status).toBe(401);
    await team.signIn(ana.email, NEW_PASSWORD);
    const again = await team.call('POST', '/api/session/password-reset', {
      body: { token, password: 'another good phrase 12' },
    });
    expect(again.body.error).toMatchObject({ field: 'token' });
  });

  it('answers an unknown address the same way and sends nothing', async () => {
    const before = smtp.received.length;
    const asked = await team.call('POST', '/api/session/reset-requests', {
      body: { email: 'nobody.here@example.org' },
    });
    expect(asked.status).toBe(202);
    expect(asked.body.message).toBe(
      'If nobody.here@example.org has an account, a link to choose a new password is on its way.',
    );
    expect(smtp.received).toHaveLength(before);
  });

  it('refuses an expired link', async () => {
    const bo = await team.member('seeker', 'Bo Expired');
    const before = smtp.received.length;
    await team.call('POST', '/api/session/reset-requests', { body: { email: bo.email } });
    database.clock.advance(RESET_MINUTES * 60_000);
    const late = await team.call('POST', '/api/session/password-reset', {
      body: { token: tokenFrom(before), password: NEW_PASSWORD },
    });
    expect(late.body.error.message).toMatch(/^token: this link was used already or has expired/);
  });

  it('limits reset emails per address', async () => {
    const cy = await team.member('seeker', 'Cy Flood');
    const statuses: number[] = [];
    for (let i = 0; i <= RESET_LIMITS.perEmail; i += 1) {
      statuses.push(
        (await team.call('POST', '/api/session/reset-requests', { body: { email: cy.email } }))
          .status,
      );
    }
    expect(statuses).toEqual([...Array(RESET_LIMITS.perEmail).fill(202), 429]);
    const sentTo = smtp.received.filter((m) => m.to.includes(cy.email));
    expect(sentTo).toHaveLength(RESET_LIMITS.perEmail);
  });

  it('emails an invitation link the invited person joins with', async () => {
    const admin = await team.member('admin', 'Ada Inviter');
    const before = smtp.received.length;
    const invited = await team.call('POST', '/api/team/invitations', {
      cookie: admin.cookie,
      body: { email: 'noor.joins@example.org', role: 'seeker' },
    });
    expect(invited.status).toBe(201);
    expect(invited.body.emailed).toBe(true);
    const received = smtp.received[before];
    expect(received?.to).toEqual(['noor.joins@example.org']);
    expect(received?.mail.subject).toBe('Ada Inviter invited you to Rebound');
    const link = /https:\/\/careers\.example\.edu\/join#([\w-]{43})/.exec(
      received?.mail.text ?? '',
    );
    expect(link?.[1]).toBe(invited.body.token);
    const joined = await team.call('POST', '/api/team/invitations/accept', {
      body: { token: link?.[1], name: 'Noor Haddad', password: NEW_PASSWORD },
    });
    expect(joined.status).toBe(201);
    await team.signIn('noor.joins@example.org', NEW_PASSWORD);
  });

  it('says so when the server has no mail or address for links', async () => {
    const bare = createTeamApp(database);
    const response = await bare.call('POST', '/api/session/reset-requests', {
      body: { email: 'ana@example.org' },
    });
    expect(response.status).toBe(409);
    expect(response.body.error.message).toMatch(/REBOUND_PUBLIC_URL and REBOUND_SMTP_URL/);
    const admin = await bare.member('admin', 'Ada Bare');
    const invited = await bare.call('POST', '/api/team/invitations', {
      cookie: admin.cookie,
      body: { email: 'no.mail@example.org', role: 'coach' },
    });
    expect(invited.body).toMatchObject({
      emailed: false,
      token: expect.stringMatching(/^[\w-]{43}$/),
    });
  });
});
