import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/databases';
import { startSmtpServer, type TestSmtpServer } from '../../test/smtp-server';
import { createMailService } from '../runtime/mail/mail-service';
import { createApp } from './app';

/**
 * The letter you won't send must never leave: this writes one with a word found nowhere else,
 * fills the workspace with every kind of record, then asks every GET the API describes (with
 * every id and every choice of its query) and the routes that send, draft, export and publish,
 * and checks the word never comes back. A new route that returned the letter would fail here.
 */
const SECRET = 'Quokkazephyr';
const LETTER = `${SECRET}: I am furious. Five rounds and they hired someone cheaper. I hate them.`;

/** Routes that exist to show the user their own letters; everything else must not. */
const LETTER_ROUTES = new Set(['/letters', '/letters/{id}']);

let smtp: TestSmtpServer;
let dataDir: string;
beforeAll(async () => {
  smtp = await startSmtpServer();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rebound-letter-'));
});
afterAll(async () => {
  await smtp.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

interface Parameter {
  in: string;
  name: string;
  required?: boolean;
  schema?: { enum?: string[] };
}

describeEachDialect('the private letter never leaves', (db) => {
  beforeEach(() => db().clock.set('2026-12-09T10:00:00.000Z'));

  async function setUp() {
    const deps = await db().deps(`ws_${Math.random().toString(36).slice(2, 10)}`);
    const mail = createMailService(dataDir, {
      REBOUND_SMTP_URL: `smtp://ana%40example.com:app-password-1@127.0.0.1:${smtp.port}`,
      REBOUND_SMTP_FROM: 'Ana Díaz <ana@example.com>',
    });
    const errors: unknown[] = [];
    const { app } = createApp({ ...deps, services: { mail }, logError: (e) => errors.push(e) });
    const call = async (method: string, url: string, body?: unknown) => {
      const headers: Record<string, string> = { 'X-Rebound-Request': '1' };
      if (body !== undefined) headers['Content-Type'] = 'application/json';
      const response = await app.request(`http://rebound.test/api${url}`, {
        method,
        headers,
        ...(body !== undefined && { body: JSON.stringify(body) }),
      });
      return { status: response.status, text: await response.text() };
    };
    const json = async (method: string, url: string, body?: unknown) => {
      const response = await call(method, url, body);
      expect(response.status, `${method} ${url}: ${response.text}`).toBeLessThan(300);
      return JSON.parse(response.text) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    };
    await json('PATCH', '/settings', { timeZone: 'Europe/London' });
    return { app, call, json, errors };
  }

  /** A workspace holding one of everything, and the letter. */
  async function seed(json: Awaited<ReturnType<typeof setUp>>['json']) {
    const app = await json('POST', '/applications', {
      company: 'Acme',
      role: 'Data Analyst',
      stage: 'final',
    });
    const contact = await json('POST', '/contacts', {
      name: 'Ana Okafor',
      email: 'ana.okafor@acme.example',
      relationship: 'hiring_manager',
      company: 'Acme',
      applicationIds: [app.id],
    });
    await json('POST', `/applications/${app.id}/interviews`, {
      scheduledAt: '2026-12-01T15:00:00Z',
      round: 3,
      durationMinutes: 90,
      contactIds: [contact.id],
      topics: ['the billing migration'],
      questions: ['Design a rate limiter'],
    });
    const rejection = await json('POST', `/applications/${app.id}/rejection`, {
      date: '2026-12-08',
      contactId: contact.id,
      feeling: 'angry',
    });
    await json('PUT', `/applications/${app.id}/reflection`, {
      missingSkills: ['k8s'],
      hardQuestions: ['Design a rate limiter'],
      wentWell: 'The billing migration story landed',
      feeling: 'angry',
      feelingNote: 'Still stings',
    });
    await json('POST', `/applications/${app.id}/feedback`, { text: 'Strong, but light on k8s' });
    const win = await json('POST', '/wins', { applicationId: app.id, text: 'Reached the final' });
    const winCard = await json('POST', `/wins/${win.id}/practice-card`);
    const letter = await json('POST', '/letters', { applicationId: app.id, body: LETTER });
    await json('POST', '/letters', { body: `${LETTER} Again.`, visibility: 'existence' });
    const message = await json('POST', '/messages', {
      kind: 'thank_you',
      applicationId: app.id,
      contactId: contact.id,
      recipient: 'ana.okafor@acme.example',
      subject: 'Thank you',
      body: 'Hi Ana,\n\nThank you for your time and the talk about the billing migration.\n\nAna',
    });
    await json('POST', '/interactions', { contactId: contact.id, channel: 'email' });
    const federal = await json('POST', '/federal/applications', {
      details: { positionTitle: 'Data Analyst', agency: 'Acme', payPlanSeriesGrade: 'GS-1560-11' },
    });
    await json('POST', '/inbox/import', {
      files: [
        {
          name: 'news.eml',
          content:
            'From: Ana Okafor <ana.okafor@acme.example>\r\nTo: me@example.org\r\n' +
            'Subject: Your application\r\nDate: Tue, 8 Dec 2026 09:00:00 +0000\r\n' +
            'Message-ID: <privacy-walk@acme.example>\r\n\r\n' +
            'Thank you for interviewing. Unfortunately we will not be moving forward.\r\n',
        },
      ],
    });
    const inbox = await json('GET', '/inbox/messages?status=all');
    const task = (rejection.steps as { id: string }[])[0] as { id: string };
    return {
      ids: {
        applications: app.id as string,
        contacts: contact.id as string,
        messages: message.id as string,
        tasks: task.id,
        'practice/cards': winCard.cardId as string,
        wins: win.id as string,
        letters: letter.id as string,
        // A route about federal applications needs one.
        '/applications/{id}/federal': federal.application.id as string,
        // A message read from the user's mail.
        '/inbox/messages/{id}': (inbox.items as { id: string }[])[0]?.id as string,
      } as Record<string, string>,
      app,
      contact,
      message,
    };
  }

  /** Every URL worth asking of a GET: each enum value of each query parameter, each id filter. */
  function urlsFor(route: string, parameters: Parameter[], ids: Record<string, string>) {
    const prefix = /^\/((?:practice\/)?[a-z-]+)\/\{id\}/.exec(route)?.[1];
    const id = ids[route] ?? (prefix === undefined ? undefined : ids[prefix]);
    if (route.includes('{') && id === undefined) {
      throw new Error(`${route}: give the privacy walk an id for this route`);
    }
    const base = route.replace('{id}', id ?? '');
    const queries: Record<string, string>[] = [{}];
    const required = Object.fromEntries(
      parameters
        .filter((p) => p.in === 'query' && p.required)
        .map((p) => [p.name, p.schema?.enum?.[0] ?? '']),
    );
    for (const p of parameters.filter((q) => q.in === 'query')) {
      for (const value of p.schema?.enum ?? []) queries.push({ [p.name]: value });
      if (p.name === 'applicationId') queries.push({ applicationId: ids.applications as string });
      if (p.name === 'contactId') queries.push({ contactId: ids.contacts as string });
    }
    return queries.map((q) => `${base}?${new URLSearchParams({ ...required, ...q }).toString()}`);
  }

  it('is in no answer to any GET but the letters’ own', async () => {
    const { call, json, errors } = await setUp();
    const { ids } = await seed(json);
    const document = await json('GET', '/openapi.json');
    const unanswered: string[] = [];
    let asked = 0;
    for (const [route, operations] of Object.entries<Record<string, { parameters?: Parameter[] }>>(
      document.paths,
    )) {
      const get = operations.get;
      if (get === undefined || route === '/openapi.json') continue;
      let answered = false;
      for (const url of urlsFor(route, get.parameters ?? [], ids)) {
        const response = await call('GET', url);
        asked += 1;
        if (response.status < 300) answered = true;
        const leaks = response.text.includes(SECRET);
        const allowed = LETTER_ROUTES.has(route) || url.includes('includeLetters=true');
        if (allowed)
          expect(leaks, `${url} shows the user their letter`).toBe(response.status < 300);
        else expect(leaks, `GET ${url} returned the letter`).toBe(false);
      }
      if (!answered) unanswered.push(route);
    }
    // Backups and the IMAP account need the runtime's services, which this app leaves out;
    // every other GET answered.
    expect(unanswered).toEqual(['/backups', '/inbox/imap']);
    expect(asked).toBeGreaterThan(60);
    expect(errors).toEqual([]);
  });

  it('is not offered to the composer, the coach, the mail server or the calendar', async () => {
    const { app, call, json } = await setUp();
    const { ids, message } = await seed(json);
    for (const kind of ['thank_you', 'feedback_request', 'keep_in_touch', 'linkedin_note']) {
      const draft = await call('POST', '/drafts', { applicationId: ids.applications, kind });
      expect(draft.status).toBe(200);
      expect(draft.text).not.toContain(SECRET);
    }
    const note = await call('GET', `/applications/${ids.applications}/note-to-send`);
    expect(note.text).toContain('light on k8s');
    expect(note.text).not.toContain(SECRET);
    expect(note.text).not.toContain('Still stings');

    const before = smtp.received.length;
    const sent = await call('POST', `/messages/${message.id}/send`, {});
    expect(sent.status).toBe(200);
    const mail = smtp.received.slice(before);
    expect(mail).toHaveLength(1);
    expect(mail[0]?.raw.toString('utf8')).toContain('billing migration');
    expect(mail[0]?.raw.toString('utf8')).not.toContain(SECRET);

    const { url } = await json('GET', '/calendar-feed');
    const feed = await app.request(url as string);
    expect(feed.status).toBe(200);
    const ics = await feed.text();
    expect(ics).toContain('BEGIN:VEVENT');
    expect(ics).not.toContain(SECRET);
  });

  it('is found by no search, and left out of every export unless asked for', async () => {
    const { call, json } = await setUp();
    await seed(json);
    for (const url of [`/applications?search=${SECRET}`, `/contacts?search=${SECRET}`]) {
      expect((await json('GET', url)).items).toEqual([]);
    }
    const plain = await json('GET', '/export');
    expect(plain.letters).toBeUndefined();
    expect(plain.wins).toHaveLength(1);
    const asked = await json('GET', '/export?includeLetters=true');
    expect(asked.letters).toHaveLength(2);
    expect(JSON.stringify(asked)).toContain(SECRET);
    expect((await call('GET', '/export?includeLetters=yes')).status).toBe(400);
  });
});
