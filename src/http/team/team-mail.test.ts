import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/databases';
import { startImapServer, type TestImapServer } from '../../../test/imap-server';
import { QUEUE_TEST_TUNING } from '../../../test/queue-fixtures';
import { startSmtpServer, type TestSmtpServer } from '../../../test/smtp-server';
import { createTeamApp } from '../../../test/team';
import { addressPolicy } from '../../runtime/address-policy';
import { JOB_NAMES } from '../../runtime/jobs/jobs';
import { startPgBossRunner, type PgBossRunner } from '../../runtime/jobs/pg-boss-runner';
import { workspaceMailJobs, workspaceMailServices } from '../../runtime/jobs/workspace-mail-jobs';
import { createMailService } from '../../runtime/mail/mail-service';
import { createSecretBox } from '../../runtime/mail/secret-box';
import { createApp } from '../app';
import type { WorkspaceAccountOptions } from '../../runtime/mail/workspace-mail';
import { findMailAccount } from '../../storage/repositories/mail-accounts';
import { scopeRows } from '../../storage/row-scope';
import { WORKSPACE_HEADER } from './access-policy';

/**
 * A team's seekers each send and read mail through their own accounts: two seekers, two real
 * SMTP servers and two real IMAP servers (dovecot) on loopback, the real PostgreSQL as the
 * application's role under row-level security, and "send now" on the real queue.
 */
let database: TestDatabase & { close(): Promise<void> };
let smtpA: TestSmtpServer;
let smtpB: TestSmtpServer;
let imapA: TestImapServer;
let imapB: TestImapServer;
let runner: PgBossRunner;
const key = Buffer.alloc(32, 42);
const accounts = (
  allowPrivate: boolean,
  current: Buffer | null = key,
): WorkspaceAccountOptions => ({
  box: createSecretBox({ current, previous: [] }),
  policy: addressPolicy({ allowPrivate }),
});
/** The queue the API sends to; set once the runner is up. */
const queue = () => runner;
let team: ReturnType<typeof createTeamApp>;
/** The same installation with REBOUND_MAIL_PRIVATE off, as a shared server runs by default. */
let strict: ReturnType<typeof createTeamApp>;

beforeAll(async () => {
  database = await createTestDatabase('postgres');
  database.clock.set(new Date().toISOString());
  [smtpA, smtpB, imapA, imapB] = await Promise.all([
    startSmtpServer({ user: 'ana@a.example', password: 'smtp-pass-a' }),
    startSmtpServer({ user: 'ben@b.example', password: 'smtp-pass-b' }),
    startImapServer({ user: 'ana@a.example', password: 'imap-pass-a' }),
    startImapServer({ user: 'ben@b.example', password: 'imap-pass-b' }),
  ]);
  const open = accounts(true);
  runner = await startPgBossRunner({
    connectionString: database.location,
    jobs: workspaceMailJobs(
      { db: database.appHandle().db, clock: database.clock, queue, accounts: open },
      QUEUE_TEST_TUNING,
    ),
    poolSize: 2,
    pollingIntervalSeconds: 0.5,
    onError: () => undefined,
  });
  team = createTeamApp(database, {}, { workspaceMail: workspaceMailServices(open, queue) });
  strict = createTeamApp(
    database,
    {},
    { workspaceMail: workspaceMailServices(accounts(false), queue) },
  );
});

afterAll(async () => {
  await runner?.stop();
  await Promise.all([smtpA?.close(), smtpB?.close(), imapA?.stop(), imapB?.stop()]);
  await database?.close();
});

const smtpSettings = (server: TestSmtpServer, user: string, password: string) => ({
  host: '127.0.0.1',
  port: server.port,
  secure: false,
  user,
  password,
  from: `${user.split('@')[0]} <${user}>`,
});

const imapSettings = (server: TestImapServer) => ({
  host: server.host,
  port: server.port,
  secure: false,
  user: server.user,
  password: server.password,
  folders: ['INBOX'],
  intervalMinutes: 15,
});

const rejection = (n: number, company: string) =>
  `From: ${company} Recruiting <no-reply@${company.toLowerCase()}.example>\r\nTo: someone@example.org\r\nSubject: Your application to ${company}\r\nMessage-ID: <team-${n}@${company.toLowerCase()}.example>\r\nDate: Mon, 07 Dec 2026 10:00:00 +0000\r\n\r\nThank you for applying to ${company}. Unfortunately we have decided to move forward with other candidates.\r\n`;

async function until(what: string, check: () => boolean | Promise<boolean>) {
  for (let i = 0; i < 300; i += 1) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Never happened: ${what}`);
}

async function draft(cookie: string, to: string) {
  const created = await team.call('POST', '/api/messages', {
    cookie,
    body: {
      kind: 'thank_you',
      recipient: to,
      subject: `For ${to}`,
      body: 'Thank you for your time.',
    },
  });
  expect(created.status).toBe(201);
  return created.body.id as string;
}

interface Seeker {
  cookie: string;
  workspaceId: string;
}

describe('a seeker’s own mail in a team', () => {
  let a: Seeker;
  let b: Seeker;
  let coach: string;
  beforeAll(async () => {
    const ana = await team.member('seeker', 'Ana Mail');
    const ben = await team.member('seeker', 'Ben Mail');
    const cy = await team.member('coach', 'Cy Mail');
    const admin = await team.member('admin', 'Ada Mail');
    await team.call('POST', '/api/team/assignments', {
      cookie: admin.cookie,
      body: { coachId: cy.account.id, seekerId: ana.account.id },
    });
    a = { cookie: ana.cookie, workspaceId: ana.account.workspaceId as string };
    b = { cookie: ben.cookie, workspaceId: ben.account.workspaceId as string };
    coach = cy.cookie;
  });

  it('saves each seeker’s accounts, shows them without the password, and stores it sealed', async () => {
    for (const [who, smtp, user, password] of [
      [a, smtpA, 'ana@a.example', 'smtp-pass-a'],
      [b, smtpB, 'ben@b.example', 'smtp-pass-b'],
    ] as const) {
      const saved = await team.call('PUT', '/api/mail/settings', {
        cookie: who.cookie,
        body: smtpSettings(smtp, user, password),
      });
      expect(saved.status).toBe(200);
      expect(saved.body).toEqual({
        source: 'account',
        host: '127.0.0.1',
        port: smtp.port,
        secure: false,
        user,
        passwordSet: true,
        from: `${user.split('@')[0]} <${user}>`,
      });
    }
    for (const [who, imap] of [
      [a, imapA],
      [b, imapB],
    ] as const) {
      const saved = await team.call('PUT', '/api/inbox/imap', {
        cookie: who.cookie,
        body: imapSettings(imap),
      });
      expect(saved.status).toBe(200);
      expect(saved.body).toMatchObject({ configured: true, user: imap.user, passwordSet: true });
      expect(JSON.stringify(saved.body)).not.toContain(imap.password);
    }
    const { rows } = await sql<{ settings: unknown; password_sealed: string }>`
      select settings::text as settings, password_sealed from mail_accounts`.execute(
      database.handle.db,
    );
    expect(rows).toHaveLength(4);
    for (const secret of ['smtp-pass-a', 'smtp-pass-b', 'imap-pass-a', 'imap-pass-b']) {
      expect(JSON.stringify(rows)).not.toContain(secret);
    }
    const mine = await team.call('GET', '/api/mail/settings', { cookie: b.cookie });
    expect(mine.body).toMatchObject({ user: 'ben@b.example', passwordSet: true });
  });

  it('sends each seeker’s mail through their own account, on the queue', async () => {
    const fromA = await draft(a.cookie, 'hiring@northwind.example');
    const fromB = await draft(b.cookie, 'talent@contoso.example');
    for (const [who, id] of [
      [a, fromA],
      [b, fromB],
    ] as const) {
      const queued = await team.call('POST', `/api/messages/${id}/send`, {
        cookie: who.cookie,
        body: {},
      });
      expect(queued.status).toBe(202);
      expect(queued.body).toMatchObject({ id, status: 'draft' });
    }
    await until('both mails arrived', () => smtpA.received.length + smtpB.received.length >= 2);
    await until('both drafts recorded as sent', async () => {
      const [one, two] = await Promise.all([
        team.call('GET', `/api/messages/${fromA}`, { cookie: a.cookie }),
        team.call('GET', `/api/messages/${fromB}`, { cookie: b.cookie }),
      ]);
      return one.body.status === 'sent' && two.body.status === 'sent';
    });
    expect(smtpA.received.map((r) => r.to)).toEqual([['hiring@northwind.example']]);
    expect(smtpB.received.map((r) => r.to)).toEqual([['talent@contoso.example']]);
    expect(smtpA.received[0]?.mail.from?.value[0]?.address).toBe('ana@a.example');
    expect(smtpA.logins).toEqual([{ username: 'ana@a.example', password: 'smtp-pass-a' }]);
    expect(smtpB.logins).toEqual([{ username: 'ben@b.example', password: 'smtp-pass-b' }]);
    // Sent once: sending it again is refused, and the queue's repeat does nothing.
    const again = await team.call('POST', `/api/messages/${fromA}/send`, {
      cookie: a.cookie,
      body: {},
    });
    expect(again.status).toBe(409);
    await runner.send(
      JOB_NAMES.sendMessage,
      { workspaceId: a.workspaceId, messageId: fromA },
      { key: 'repeat' },
    );
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(smtpA.received).toHaveLength(1);
  });

  it('keeps the reason on the draft when the seeker’s mail server refuses it', async () => {
    const di = await team.member('seeker', 'Di Wrong');
    await team.call('PUT', '/api/mail/settings', {
      cookie: di.cookie,
      body: smtpSettings(smtpA, 'ana@a.example', 'not-the-password'),
    });
    const id = await draft(di.cookie, 'refused@northwind.example');
    const queued = await team.call('POST', `/api/messages/${id}/send`, {
      cookie: di.cookie,
      body: {},
    });
    expect(queued.status).toBe(202);
    await until('the failure recorded on the draft', async () => {
      const message = await team.call('GET', `/api/messages/${id}`, { cookie: di.cookie });
      return message.body.sendFailure !== null;
    });
    const message = await team.call('GET', `/api/messages/${id}`, { cookie: di.cookie });
    expect(message.body.status).toBe('draft');
    expect(message.body.sendFailure.error).toMatch(/did not accept the user name or password/);
    expect(smtpA.received.some((r) => r.to.includes('refused@northwind.example'))).toBe(false);
  });

  it('syncs each seeker’s inbox from their own IMAP account, when asked and on the queue', async () => {
    await imapA.deliver('INBOX', [rejection(1, 'Acme')]);
    await imapB.deliver('INBOX', [rejection(2, 'Globex')]);
    const synced = await team.call('POST', '/api/inbox/imap/sync', { cookie: a.cookie });
    expect(synced.status).toBe(200);
    expect(synced.body.messages.map((m: { messageId: string }) => m.messageId)).toEqual([
      '<team-1@acme.example>',
    ]);
    const inboxOf = async (who: Seeker) =>
      (
        await team.call('GET', '/api/inbox/messages?status=all', { cookie: who.cookie })
      ).body.items.map((m: { messageId: string }) => m.messageId);
    expect(await inboxOf(b)).toEqual([]);
    // Ben's account was due from the moment he saved it: the sweep queues his sync alone.
    await runner.send(JOB_NAMES.inboxSyncs, {});
    await until('Ben’s inbox synced by the queue', async () => (await inboxOf(b)).length === 1);
    expect(await inboxOf(b)).toEqual(['<team-2@globex.example>']);
    expect(await inboxOf(a)).toEqual(['<team-1@acme.example>']);
  });

  it('lets no other seeker read or use an account, and no coach', async () => {
    const towardA = { [WORKSPACE_HEADER]: a.workspaceId };
    const id = await draft(a.cookie, 'jobs@fabrikam.example');
    const attempts: [string, string, unknown?][] = [
      ['GET', '/api/mail/settings'],
      ['PUT', '/api/mail/settings', smtpSettings(smtpB, 'ben@b.example', 'x')],
      ['POST', '/api/mail/test', {}],
      ['POST', `/api/messages/${id}/send`, {}],
      ['PUT', `/api/messages/${id}/schedule`, {}],
      ['GET', `/api/messages/${id}/eml`],
      ['GET', '/api/inbox/imap'],
      ['POST', '/api/inbox/imap/sync'],
    ];
    for (const cookie of [b.cookie, coach]) {
      for (const [method, path, body] of attempts) {
        const response = await team.call(method, path, {
          cookie,
          headers: towardA,
          ...(body !== undefined && { body }),
        });
        expect([method, path, response.status]).toEqual([method, path, 403]);
      }
    }
    // Without the header Ben works in his own workspace, where Ana's draft does not exist.
    const send = await team.call('POST', `/api/messages/${id}/send`, {
      cookie: b.cookie,
      body: {},
    });
    expect(send.status).toBe(404);
    // The database itself shows Ben's scope nothing of Ana's.
    const seen = await database
      .appHandle()
      .db.transaction()
      .execute(async (trx) => {
        await scopeRows(trx, { workspaces: [b.workspaceId] });
        return findMailAccount(trx, a.workspaceId, 'smtp');
      });
    expect(seen).toBeUndefined();
    expect(smtpA.received).toHaveLength(1);
  });

  it('refuses a private or local mail server on a shared server, at save and at connect', async () => {
    for (const host of ['127.0.0.1', 'localhost', '10.1.2.3', '169.254.169.254', '[::1]']) {
      const smtp = await strict.call('PUT', '/api/mail/settings', {
        cookie: a.cookie,
        body: { ...smtpSettings(smtpA, 'ana@a.example', 'smtp-pass-a'), host },
      });
      expect([host, smtp.status, smtp.body.error?.field]).toEqual([host, 400, 'host']);
      expect(smtp.body.error.message).toMatch(/private or local network/);
      const imap = await strict.call('PUT', '/api/inbox/imap', {
        cookie: a.cookie,
        body: { ...imapSettings(imapA), host },
      });
      expect([host, imap.status, imap.body.error?.field]).toEqual([host, 400, 'host']);
    }
    // Ana's saved account is on loopback: a server that refuses it does not connect either.
    // Ana's sign-ins only: a refused draft of another seeker may still be retried meanwhile.
    const anasLogins = () => smtpA.logins.filter((l) => l.password === 'smtp-pass-a').length;
    const logins = anasLogins();
    const test = await strict.call('POST', '/api/mail/test', { cookie: a.cookie, body: {} });
    expect([test.status, test.body.error?.field]).toEqual([400, 'smtp.host']);
    const sync = await strict.call('POST', '/api/inbox/imap/sync', { cookie: a.cookie });
    expect([sync.status, sync.body.error?.field]).toEqual([400, 'host']);
    expect(anasLogins()).toBe(logins);
    // …and the saved account is untouched by the refusals.
    const kept = await team.call('GET', '/api/mail/settings', { cookie: a.cookie });
    expect(kept.body).toMatchObject({ host: '127.0.0.1', port: smtpA.port, passwordSet: true });
  });

  it('says what is missing when the server has no key, and saves nothing', async () => {
    const keyless = createTeamApp(
      database,
      {},
      { workspaceMail: workspaceMailServices(accounts(true, null), queue) },
    );
    const cy = await keyless.member('seeker', 'Cy Keyless');
    const saved = await keyless.call('PUT', '/api/mail/settings', {
      cookie: cy.cookie,
      body: smtpSettings(smtpA, 'ana@a.example', 'smtp-pass-a'),
    });
    expect(saved.status).toBe(409);
    expect(saved.body.error.field).toBe('REBOUND_SECRET_KEY');
    expect(saved.body.error.message).toMatch(/no REBOUND_SECRET_KEY/);
    const after = await keyless.call('GET', '/api/mail/settings', { cookie: cy.cookie });
    expect(after.body).toMatchObject({ source: 'none', passwordSet: false });
    const send = await keyless.call(
      'POST',
      `/api/messages/${await draft(cy.cookie, 'x@y.example')}/send`,
      {
        cookie: cy.cookie,
        body: {},
      },
    );
    expect([send.status, send.body.error?.field]).toEqual([409, 'smtp']);
  });
});

describe('a person’s own mail in local mode', () => {
  it('keeps its file and may use a mail server on this machine or the home network', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rebound-local-mail-'));
    try {
      const deps = await database.deps('ws_local_mail');
      const { app } = createApp({ ...deps, services: { mail: createMailService(dataDir, {}) } });
      const call = async (method: string, url: string, body: unknown) => {
        const response = await app.request(url, {
          method,
          headers: { 'X-Rebound-Request': '1', 'Content-Type': 'application/json' },
          body: JSON.stringify(body),
        });
        return { status: response.status, body: await response.json() };
      };
      const saved = await call(
        'PUT',
        '/api/mail/settings',
        smtpSettings(smtpA, 'ana@a.example', 'smtp-pass-a'),
      );
      expect(saved.status).toBe(200);
      expect(saved.body).toMatchObject({ source: 'file', host: '127.0.0.1' });
      expect(fs.existsSync(path.join(dataDir, 'smtp.json'))).toBe(true);
      const test = await call('POST', '/api/mail/test', {});
      expect(test.status).toBe(200);
      expect(test.body.message).toMatch(/^Connected to 127\.0\.0\.1:/);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
