import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/databases';
import { startSmtpServer, type TestSmtpServer } from '../../../test/smtp-server';
import { createTeamApp, TEAM_PASSWORD } from '../../../test/team';
import { createMailService } from '../../runtime/mail/mail-service';
import { secretDigest } from '../../use-cases/team/secrets';

/** Pending invitations, for an admin: who, as what, sent and expiring; resend; take back. */
let database: TestDatabase & { close(): Promise<void> };
let smtp: TestSmtpServer;
let dataDir: string;
let team: ReturnType<typeof createTeamApp>;
beforeAll(async () => {
  database = await createTestDatabase('postgres');
  smtp = await startSmtpServer({ user: 'rebound@careers.example.edu', password: 'smtp-secret-1' });
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rebound-invitations-'));
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
beforeEach(() => database.clock.set('2026-12-10T09:00:00.000Z'));

function linksMailedTo(address: string): string[] {
  return smtp.received
    .filter((received) => received.to.includes(address))
    .map((received) => /\/join#([\w-]{43})/.exec(received.mail.text ?? '')?.[1] ?? '');
}

async function join(token: string) {
  return team.call('POST', '/api/team/invitations/accept', {
    body: { token, name: 'Newcomer', password: TEAM_PASSWORD },
  });
}

describe('pending invitations', () => {
  it('lists who was invited, as what, when, and until when; used ones drop off', async () => {
    const admin = await team.member('admin', 'Ada Pending');
    const coach = await team.member('coach', 'Cy Pending');
    const first = await team.call('POST', '/api/team/invitations', {
      cookie: admin.cookie,
      body: { email: 'pia.one@example.org', role: 'seeker', coachId: coach.account.id },
    });
    database.clock.set('2026-12-11T09:00:00.000Z');
    // A day later the session has idled out: signed in afresh.
    admin.cookie = await team.signIn(admin.email);
    const second = await team.call('POST', '/api/team/invitations', {
      cookie: admin.cookie,
      body: { email: 'pia.two@example.org', role: 'coach' },
    });
    const listed = await team.call('GET', '/api/team/invitations', { cookie: admin.cookie });
    expect(listed.status).toBe(200);
    expect(listed.body.items).toEqual([
      {
        id: secretDigest(second.body.token),
        email: 'pia.two@example.org',
        role: 'coach',
        coachId: null,
        invitedBy: admin.account.id,
        sentAt: '2026-12-11T09:00:00.000Z',
        expiresAt: '2026-12-18T09:00:00.000Z',
        expired: false,
        emailed: true,
      },
      expect.objectContaining({
        id: secretDigest(first.body.token),
        email: 'pia.one@example.org',
        role: 'seeker',
        coachId: coach.account.id,
        expiresAt: '2026-12-17T09:00:00.000Z',
      }),
    ]);
    // Nothing that would let someone join is in the list.
    expect(JSON.stringify(listed.body)).not.toContain(first.body.token);

    expect((await join(second.body.token)).status).toBe(201);
    database.clock.set('2026-12-17T09:00:00.000Z');
    admin.cookie = await team.signIn(admin.email);
    const later = await team.call('GET', '/api/team/invitations', { cookie: admin.cookie });
    expect(later.body.items).toEqual([
      expect.objectContaining({ email: 'pia.one@example.org', expired: true }),
    ]);
  });

  it('resends with a new link that works, and the old one no longer does', async () => {
    const admin = await team.member('admin', 'Ada Resend');
    const invited = await team.call('POST', '/api/team/invitations', {
      cookie: admin.cookie,
      body: { email: 'ria.resend@example.org', role: 'seeker' },
    });
    const oldId = secretDigest(invited.body.token);
    // Resent while the first link still works: the new one has seven days from now.
    database.clock.set('2026-12-12T09:00:00.000Z');
    admin.cookie = await team.signIn(admin.email);
    const resent = await team.call('POST', `/api/team/invitations/${oldId}/resend`, {
      cookie: admin.cookie,
    });
    expect(resent.status).toBe(201);
    expect(resent.body).toMatchObject({
      email: 'ria.resend@example.org',
      expiresAt: '2026-12-19T09:00:00.000Z',
      emailed: true,
    });
    expect(linksMailedTo('ria.resend@example.org')).toEqual([
      invited.body.token,
      resent.body.token,
    ]);
    const listed = await team.call('GET', '/api/team/invitations', { cookie: admin.cookie });
    const mine = listed.body.items.filter(
      (i: { email: string }) => i.email === 'ria.resend@example.org',
    );
    expect(mine).toEqual([expect.objectContaining({ id: secretDigest(resent.body.token) })]);
    // The first link is dead, although its week has not run out.
    const old = await join(invited.body.token);
    expect(old.status).toBe(400);
    expect(old.body.error.field).toBe('token');
    expect((await join(resent.body.token)).status).toBe(201);
    const again = await team.call('POST', `/api/team/invitations/${oldId}/resend`, {
      cookie: admin.cookie,
    });
    expect(again.status).toBe(404);
  });

  it('takes an invitation back: its link joins no one', async () => {
    const admin = await team.member('admin', 'Ada Revoke');
    const invited = await team.call('POST', '/api/team/invitations', {
      cookie: admin.cookie,
      body: { email: 'rex.revoke@example.org', role: 'seeker' },
    });
    const id = secretDigest(invited.body.token);
    const revoked = await team.call('DELETE', `/api/team/invitations/${id}`, {
      cookie: admin.cookie,
    });
    expect(revoked.status).toBe(204);
    const joined = await join(invited.body.token);
    expect(joined.status).toBe(400);
    const listed = await team.call('GET', '/api/team/invitations', { cookie: admin.cookie });
    expect(listed.body.items.map((i: { id: string }) => i.id)).not.toContain(id);
    const twice = await team.call('DELETE', `/api/team/invitations/${id}`, {
      cookie: admin.cookie,
    });
    expect(twice.status).toBe(404);
    expect(twice.body.error.field).toBe('id');
  });

  it('refuses a malformed id, and anyone but an admin', async () => {
    const admin = await team.member('admin', 'Ada Guard');
    const coach = await team.member('coach', 'Cy Guard');
    const seeker = await team.member('seeker', 'Sam Guard');
    const bad = await team.call('DELETE', '/api/team/invitations/not-an-id', {
      cookie: admin.cookie,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('id');
    const invited = await team.call('POST', '/api/team/invitations', {
      cookie: admin.cookie,
      body: { email: 'gus.guard@example.org', role: 'seeker' },
    });
    const id = secretDigest(invited.body.token);
    for (const cookie of [coach.cookie, seeker.cookie]) {
      for (const [method, url] of [
        ['GET', '/api/team/invitations'],
        ['POST', `/api/team/invitations/${id}/resend`],
        ['DELETE', `/api/team/invitations/${id}`],
      ] as const) {
        expect((await team.call(method, url, { cookie })).status, `${method} ${url}`).toBe(403);
      }
    }
    expect((await team.call('GET', '/api/team/invitations')).status).toBe(401);
    expect((await join(invited.body.token)).status).toBe(201);
    expect(team.errors).toEqual([]);
  });
});
