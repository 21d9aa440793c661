/* eslint-disable @typescript-eslint/no-explicit-any -- test responses are read loosely on purpose */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/databases';
import { seekerWithSteps } from '../../../test/digest-fixtures';
import { startSmtpServer, type TestSmtpServer } from '../../../test/smtp-server';
import { createTeamApp } from '../../../test/team';
import { createSmtpTransport } from '../../runtime/mail/smtp-transport';
import { findDueDigests, sendDigest } from '../../use-cases/team/digests';

/** Digest preferences over the API, and the one-click unsubscribe link a digest carries. */
const PUBLIC_URL = 'https://careers.example.edu';
let database: TestDatabase & { close(): Promise<void> };
let smtp: TestSmtpServer;
let team: ReturnType<typeof createTeamApp>;
beforeAll(async () => {
  database = await createTestDatabase('postgres');
  smtp = await startSmtpServer();
  team = createTeamApp(database, { publicUrl: PUBLIC_URL });
});
afterAll(async () => {
  await smtp.close();
  await database.close();
});

const from = { name: 'Careers Centre', address: 'careers@example.edu' };
const transport = () =>
  createSmtpTransport({
    host: '127.0.0.1',
    port: smtp.port,
    secure: false,
    user: 'ana@example.com',
    password: 'app-password-1',
    from,
  });

/** A plain request without the marker or a cookie, as a mail server or a mail link sends it. */
async function plain(method: string, url: string, init: RequestInit = {}) {
  const response = await team.app.request(url.replace(PUBLIC_URL, 'https://rebound.test'), {
    method,
    ...init,
  });
  return { status: response.status, text: await response.text(), type: response.headers };
}

describe('digest preferences', () => {
  it('lets a signed-in seeker choose the hour or turn digests off, and refuses bad input by field', async () => {
    const seeker = await team.member('seeker', 'Pia Prefers');
    const first = await team.call('GET', '/api/team/digest-preferences', { cookie: seeker.cookie });
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ enabled: true, hour: null, stoppedAt: null });

    const chosen = await team.call('PUT', '/api/team/digest-preferences', {
      cookie: seeker.cookie,
      body: { enabled: true, hour: 7 },
    });
    expect(chosen.status).toBe(200);
    expect(chosen.body).toEqual({ enabled: true, hour: 7, stoppedAt: null });
    const again = await team.call('GET', '/api/team/digest-preferences', { cookie: seeker.cookie });
    expect(again.body).toEqual(chosen.body);

    for (const hour of [24, -1, 7.5, '7']) {
      const bad = await team.call('PUT', '/api/team/digest-preferences', {
        cookie: seeker.cookie,
        body: { enabled: true, hour },
      });
      expect(bad.status).toBe(400);
      expect(bad.body.error).toMatchObject({ field: 'hour' });
    }
    const after = await team.call('GET', '/api/team/digest-preferences', { cookie: seeker.cookie });
    expect(after.body.hour).toBe(7);

    const off = await team.call('PUT', '/api/team/digest-preferences', {
      cookie: seeker.cookie,
      body: { enabled: false, hour: 7 },
    });
    expect(off.body).toMatchObject({ enabled: false, hour: 7 });
    expect(off.body.stoppedAt).toEqual(expect.any(String));
  });

  it('needs a session, and refuses an admin', async () => {
    expect((await team.call('GET', '/api/team/digest-preferences')).status).toBe(401);
    const admin = await team.member('admin', 'Ada Admin');
    const refused = await team.call('PUT', '/api/team/digest-preferences', {
      cookie: admin.cookie,
      body: { enabled: false, hour: null },
    });
    expect(refused.status).toBe(403);
  });
});

describe('one-click unsubscribe', () => {
  /** A seeker whose digest went to the SMTP server, and the link mailparser read out of it. */
  async function mailedDigest(name: string) {
    const seeker = await seekerWithSteps({ db: database.handle.db, clock: database.clock }, name, {
      reminderTime: '08:00',
    });
    const cookie = await team.signIn(seeker.email);
    const sent = await sendDigest(
      { db: database.appHandle().db, clock: database.clock },
      {
        accountId: seeker.id,
        day: '2026-12-10',
        mail: { transport: transport(), from },
        publicUrl: PUBLIC_URL,
      },
    );
    expect(sent.sent).toBe(true);
    const received = smtp.received.find((r) => r.to.includes(seeker.email));
    const list = received?.mail.headers.get('list') as any;
    expect(list['unsubscribe-post']).toEqual({ name: 'List-Unsubscribe=One-Click' });
    return { seeker, cookie, link: String(list.unsubscribe.url) };
  }
  const enabled = async (cookie: string) =>
    (await team.call('GET', '/api/team/digest-preferences', { cookie })).body.enabled;

  it('shows a page that changes nothing when the link is opened, and turns digests off on POST without a session', async () => {
    database.clock.set('2026-12-10T09:00:00.000Z');
    const { seeker, cookie, link } = await mailedDigest('Uli Unsubscribes');
    expect(link).toMatch(
      /^https:\/\/careers\.example\.edu\/api\/team\/digests\/unsubscribe\?token=/,
    );

    // Opening it (a person, or a mail scanner following links) only asks.
    const opened = await plain('GET', link);
    expect(opened.status).toBe(200);
    expect(opened.type.get('content-type')).toMatch(/^text\/html/);
    expect(opened.text).toContain('Stop daily digests?');
    expect(opened.text).toContain(seeker.email);
    expect(await enabled(cookie)).toBe(true);

    // What a mail program sends for RFC 8058 one-click: a form POST, no cookie, no marker.
    const clicked = await plain('POST', link, {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(clicked.status).toBe(200);
    expect(clicked.text).toContain('Daily digests are off');
    expect(await enabled(cookie)).toBe(false);
    database.clock.set('2026-12-11T09:00:00.000Z');
    const due = await findDueDigests({ db: database.appHandle().db, clock: database.clock });
    expect(due.map((d) => d.accountId)).not.toContain(seeker.id);

    // Opening it again says so; the button on the page posts from Rebound's own origin.
    expect((await plain('GET', link)).text).toContain('already sends no daily digests');
    const fromPage = await plain('POST', link, {
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: 'https://rebound.test',
        'sec-fetch-site': 'same-origin',
      },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(fromPage.status).toBe(200);
  });

  it('refuses a forged or altered token and a browser on another site, changing nothing', async () => {
    database.clock.set('2026-12-10T09:00:00.000Z');
    const { cookie, link } = await mailedDigest('Fay Forged');
    const token = new URL(link).searchParams.get('token') ?? '';
    const altered = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    const base = `${PUBLIC_URL}/api/team/digests/unsubscribe`;
    for (const forged of [`${base}?token=${altered}`, `${base}?token=short`, base]) {
      const posted = await plain('POST', forged, {
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      });
      expect(posted.status).toBe(404);
      expect(posted.text).toContain('Nothing was changed');
      expect((await plain('GET', forged)).status).toBe(404);
    }
    // A page elsewhere that learned the link still cannot use it from a browser.
    const elsewhere: Record<string, string>[] = [
      { 'sec-fetch-site': 'cross-site' },
      { origin: 'https://evil.example' },
    ];
    for (const headers of elsewhere) {
      const crossSite = await plain('POST', link, {
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
        body: 'List-Unsubscribe=One-Click',
      });
      expect(crossSite.status).toBe(403);
    }
    expect(await enabled(cookie)).toBe(true);
    // Other changes still need the marker: the exemption is this one path.
    const unmarked = await plain('PUT', `${PUBLIC_URL}/api/team/digest-preferences`, {
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'enabled=false',
    });
    expect(unmarked.status).toBe(403);
    expect(await enabled(cookie)).toBe(true);
  });
});
