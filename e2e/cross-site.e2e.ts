import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useApp } from './support/app';

/** One state-changing operation of the OpenAPI document, with real ids in its path. */
interface Operation {
  method: string;
  path: string;
  /** A body the operation would accept as JSON: what a forged request tries to smuggle in. */
  body: string;
}

interface Seen {
  method: string;
  path: string;
  status: number;
}

const BODIES: Record<string, unknown> = {
  'POST /applications': { company: 'Evil Corp', role: 'Spy' },
  'PATCH /applications/{id}': { company: 'Evil Corp' },
  'POST /contacts': { name: 'Eve' },
  'PATCH /contacts/{id}': { name: 'Eve' },
  'POST /demo': { replace: true },
  'PATCH /settings': { timeZone: 'Asia/Tokyo' },
  'PUT /mail/settings': { host: 'smtp.evil.example', port: 465, from: 'eve@evil.example' },
  'POST /interactions': { contactId: '{contact}', channel: 'email' },
};

/** A page on another origin, served the way any web site could serve it. */
async function startHostileSite(): Promise<{ port: number; close(): Promise<void> }> {
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end('<!doctype html><meta charset="utf-8"><title>Cute cats</title><h1>Cats</h1>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // The browser keeps connections open; they must not hold the test run.
        server.closeAllConnections();
      }),
  };
}

/**
 * Fires every kind of request a page may send to another origin without asking it first: form
 * posts in each encoding, `no-cors` fetches, beacons, and `fetch` with the operation's own
 * method (which the browser must first ask about, and is refused). Runs inside the hostile page.
 */
async function fireEverything(
  page: Page,
  targets: { method: string; url: string; body: string }[],
) {
  return page.evaluate(async (list) => {
    let frames = 0;
    const formPost = (url: string, body: string, enctype: string) => {
      const frame = document.createElement('iframe');
      frame.name = `f${(frames += 1)}`;
      document.body.append(frame);
      const form = document.createElement('form');
      Object.assign(form, { method: 'POST', action: url, enctype, target: frame.name });
      const input = document.createElement('input');
      input.type = 'hidden';
      if (enctype === 'text/plain') {
        // The classic trick: name + "=" + value reads as JSON.
        input.name = `${body.slice(0, -1)}${body === '{}' ? '' : ','}"x":"`;
        input.value = '"}';
      } else {
        input.name = 'payload';
        input.value = body;
      }
      form.append(input);
      document.body.append(form);
      form.submit();
      form.remove();
    };
    let preflightRefused = 0;
    for (const { method, url, body } of list) {
      for (const enctype of [
        'application/x-www-form-urlencoded',
        'multipart/form-data',
        'text/plain',
      ])
        formPost(url, body, enctype);
      const simple: RequestInit = { method: 'POST', mode: 'no-cors', credentials: 'include' };
      await Promise.allSettled([
        fetch(url, { ...simple, body, headers: { 'Content-Type': 'text/plain' } }),
        fetch(url, simple),
      ]);
      navigator.sendBeacon(url, body);
      navigator.sendBeacon(url, new Blob([body], { type: 'text/plain' }));
      if (method !== 'POST') {
        try {
          await fetch(url, {
            method,
            body: method === 'DELETE' ? null : body,
            headers: { 'Content-Type': 'application/json', 'X-Rebound-Request': '1' },
          });
        } catch {
          preflightRefused += 1;
        }
      }
    }
    return preflightRefused;
  }, targets);
}

/**
 * Every answer the server gives to the page's requests, with its status. The browser hides most
 * of them from the page itself (the server's Cross-Origin-Resource-Policy blocks the answers to
 * `no-cors` fetches and beacons, X-Frame-Options the framed form posts), so they are read from
 * the browser's network log: Playwright's for the framed documents, which may run in processes
 * of their own, and the DevTools protocol's for the page's fetches and beacons.
 */
async function watchAnswers(page: Page, port: string): Promise<Seen[]> {
  const seen: Seen[] = [];
  const ours = (raw: string) => {
    const url = new URL(raw);
    return url.port === port ? url : undefined;
  };
  page.on('response', (response) => {
    const url = ours(response.url());
    if (url === undefined || response.request().resourceType() !== 'document') return;
    seen.push({
      method: response.request().method(),
      path: url.pathname,
      status: response.status(),
    });
  });
  const cdp = await page.context().newCDPSession(page);
  // The two events of one request may come in either order.
  const sent = new Map<string, { method: string; path: string }>();
  const answered = new Map<string, number>();
  const match = (id: string) => {
    const request = sent.get(id);
    const status = answered.get(id);
    if (request === undefined || status === undefined) return;
    sent.delete(id);
    answered.delete(id);
    seen.push({ ...request, status });
  };
  cdp.on('Network.requestWillBeSent', (event) => {
    const url = ours(event.request.url);
    if (url === undefined || event.type === 'Document' || event.request.method === 'OPTIONS')
      return;
    sent.set(event.requestId, { method: event.request.method, path: url.pathname });
    match(event.requestId);
  });
  cdp.on('Network.responseReceivedExtraInfo', (event) => {
    answered.set(event.requestId, event.statusCode);
    match(event.requestId);
  });
  await cdp.send('Network.enable');
  return seen;
}

describe('a page on another site cannot change anything', () => {
  const app = useApp();
  let hostile: { port: number; close(): Promise<void> };
  const operations: Operation[] = [];

  beforeAll(async () => {
    hostile = await startHostileSite();
  });
  afterAll(() => hostile.close());

  /** Everything the user could lose: the workspace, backups, mail and calendar settings. */
  const snapshot = async () => {
    const { server } = app();
    const { exportedAt, ...workspace } = await server.api<Record<string, unknown>>(
      'GET',
      '/export?includeLetters=true',
    );
    void exportedAt;
    return {
      workspace,
      backups: await server.api('GET', '/backups'),
      mail: await server.api('GET', '/mail/settings'),
      feed: await server.api('GET', '/calendar-feed'),
      inbox: await server.api('GET', '/inbox/messages?status=all'),
    };
  };

  it('lets the app itself write, on its own origin', async () => {
    const { server, browser } = app();
    // A backup of the empty workspace: a forged restore would visibly roll everything back.
    await server.api('POST', '/backups');
    const { page } = browser;
    await page.goto('/');
    await page.getByRole('button', { name: 'Load sample data' }).click();
    await expect
      .poll(async () => (await server.api<{ items: unknown[] }>('GET', '/applications')).items)
      .toHaveLength(20);
    // A private letter and a win, so that their routes are tried with real ids too.
    await server.api('POST', '/letters', { body: 'What I did not say to them.' });
    await server.api('POST', '/wins', { text: 'Reached the final round for the first time.' });
    // And a message read from the user's mail, waiting for review.
    await server.api('POST', '/inbox/import', {
      files: [
        {
          name: 'news.eml',
          content:
            'From: Helen Cho <helen@acme.example>\r\nTo: me@example.org\r\n' +
            'Subject: Your application\r\nDate: Mon, 7 Dec 2026 09:00:00 +0000\r\n' +
            'Message-ID: <cross-site@acme.example>\r\n\r\n' +
            'Thank you for interviewing with us. Unfortunately we will not be moving forward.\r\n',
        },
      ],
    });
  });

  it('lists every state-changing operation with real ids', async () => {
    const { server } = app();
    const document = await server.api<{ paths: Record<string, Record<string, unknown>> }>(
      'GET',
      '/openapi.json',
    );
    const data = await server.api<Record<string, { id: string; status?: string }[]>>(
      'GET',
      '/export?includeLetters=true',
    );
    const [backup] = await server.api<{ name: string }[]>('GET', '/backups');
    const inbox = await server.api<{ items: { id: string }[] }>(
      'GET',
      '/inbox/messages?status=all',
    );
    const first = (key: string) => data[key]?.[0]?.id ?? '';
    const rejected = (data.rejections as unknown as { applicationId: string }[])[0]?.applicationId;
    const ids: Record<string, string> = {
      applications: rejected ?? first('applications'),
      contacts: first('contacts'),
      interviews: first('interviews'),
      interactions: first('interactions'),
      messages: first('messages'),
      tasks: data.tasks?.find((t) => t.status === 'open')?.id ?? first('tasks'),
      practice: first('practiceCards'),
      feeds: first('feedSources'),
      articles: first('articles'),
      letters: first('letters'),
      wins: first('wins'),
      inbox: inbox.items[0]?.id ?? '',
    };
    for (const [path, methods] of Object.entries(document.paths)) {
      for (const method of Object.keys(methods)) {
        if (!['post', 'put', 'patch', 'delete'].includes(method)) continue;
        const kind = path.split('/')[1] ?? '';
        const filled = path
          .replace('{id}', ids[kind] ?? '')
          .replace('{contactId}', ids.contacts ?? '')
          .replace('{name}', backup?.name ?? '');
        expect(filled, path).not.toMatch(/\{|\/\/|\/$/);
        const key = `${method.toUpperCase()} ${path}`;
        const body = JSON.stringify(BODIES[key] ?? {}).replace('{contact}', ids.contacts ?? '');
        operations.push({ method: method.toUpperCase(), path: `/api${filled}`, body });
      }
    }
    expect(operations.length).toBeGreaterThanOrEqual(45);
  });

  // About 1,000 forged requests: longer than the usual test, the more so on a busy machine.
  it(
    'refuses every forged request from another port, and from localhost',
    { timeout: 180_000 },
    async () => {
      const { server, browser } = app();
      const before = await snapshot();
      const rebound = new URL(server.url);
      const origins = [
        // Another port of the same host: same-site, not same-origin.
        { page: `http://127.0.0.1:${hostile.port}/`, targets: ['127.0.0.1', 'localhost'] },
        // Another host name for this machine: another site altogether.
        { page: `http://localhost:${hostile.port}/`, targets: ['127.0.0.1'] },
      ];
      const page = await browser.context.newPage();
      const seen = await watchAnswers(page, rebound.port);
      let preflightRefused = 0;
      let fired = 0;
      try {
        for (const origin of origins) {
          await page.goto(origin.page);
          for (const host of origin.targets) {
            const targets = operations.map((op) => ({
              ...op,
              url: `http://${host}:${rebound.port}${op.path}`,
            }));
            preflightRefused += await fireEverything(page, targets);
            fired += targets.length * 7;
          }
          // Form posts and beacons finish on their own time; wait until every one was answered.
          await expect.poll(() => seen.length, { timeout: 60_000 }).toBeGreaterThanOrEqual(fired);
        }
      } finally {
        await page.close();
      }
      // Every forged request reached the server and was refused there.
      expect(seen.filter((s) => s.status !== 403)).toEqual([]);
      for (const op of operations) {
        const reached = seen.filter((s) => s.path === op.path).length;
        expect(reached, `${op.method} ${op.path}`).toBeGreaterThanOrEqual(7 * 3);
      }
      // The operation's own method needs the server's consent first, which it never gives.
      const otherMethods = operations.filter((op) => op.method !== 'POST').length;
      expect(preflightRefused).toBe(otherMethods * 3);
      expect(await snapshot()).toEqual(before);
    },
  );

  it('still lets the app on its own origin change things afterwards', async () => {
    const { server, browser } = app();
    const { page } = browser;
    await page.goto('/');
    const item = page.locator('[data-agenda-item^="tsk_"]').first();
    const id = await item.getAttribute('data-agenda-item');
    await item.getByRole('button', { name: /^Done:/ }).click();
    await expect
      .poll(async () => {
        const data = await server.api<{ tasks: { id: string; status: string }[] }>(
          'GET',
          '/export',
        );
        return data.tasks.find((t) => t.id === id)?.status;
      })
      .toBe('done');
    expect(app().pageErrors).toEqual([]);
  });
});
