import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { describeEachDialect, type TestDatabase } from '../../../test/databases';
import { atomFeed, htmlPage, jsonFeed, rssFeed } from '../../../test/feed-documents';
import {
  ATOM,
  HTML,
  JSON_FEED,
  RSS,
  startFeedServer,
  type TestFeedServer,
} from '../../../test/feed-server';
import { addressPolicy } from '../../runtime/address-policy';
import { type ClosableFeedFetcher, createFeedFetcher } from '../../runtime/feed-fetcher';
import { selectWorkspaceRows } from '../../storage/bulk';
import type { UseCaseDeps } from '../deps';
import { exportOpml, importOpml } from './opml';
import { refreshDueSources, refreshSources } from './refresh';
import { addSource, listSources, removeSource } from './sources';

let server: TestFeedServer;
let fetcher: ClosableFeedFetcher;
const site = 'https://makers.example/';
const item = (n: number, date = `2026-11-${String(10 + n).padStart(2, '0')}T08:00:00Z`) => ({
  title: `Post ${n}`,
  link: `${site}posts/${n}`,
  summary: `Summary of post ${n}`,
  date,
});

beforeAll(async () => {
  server = await startFeedServer();
  fetcher = createFeedFetcher({
    policy: addressPolicy({ allowPrivate: true }),
    timeoutMs: 500,
    maxBytes: 256 * 1024,
  });
  server.set('/rss.xml', { headers: RSS, body: rssFeed('Makers', site, [item(1), item(2)]) });
  server.set('/atom.xml', { headers: ATOM, body: atomFeed('Fleet notes', site, [item(3)]) });
  server.set('/feed.json', { headers: JSON_FEED, body: jsonFeed('Quiet data', site, [item(4)]) });
  server.set('/blog', {
    headers: HTML,
    body: htmlPage({ title: 'Blog', feeds: [{ href: '/atom.xml', type: 'application/atom+xml' }] }),
  });
  server.set('/no-feed', { headers: HTML, body: htmlPage({ title: 'Just a page' }) });
  server.set('/dead-link', {
    headers: HTML,
    body: htmlPage({ title: 'Dead', feeds: [{ href: '/gone.xml', type: 'application/rss+xml' }] }),
  });
  server.set('/broken.xml', { headers: RSS, body: '<rss version="2.0"><channel><title>Cut' });
  server.set('/slow.xml', { headers: RSS, body: rssFeed('Slow', site, []), delayMs: 2_000 });
  server.set('/huge.xml', { headers: RSS, body: '<rss>', fillerBytes: 1024 * 1024 });
  server.set('/loop-a', { status: 302, headers: { location: '/loop-b' } });
  server.set('/loop-b', { status: 302, headers: { location: '/loop-a' } });
});

afterAll(async () => {
  await fetcher.close();
  await server.close();
});

async function articleCount(deps: UseCaseDeps) {
  return (await selectWorkspaceRows(deps.db, 'articles', deps.workspaceId)).length;
}

function suite(db: () => TestDatabase) {
  beforeEach(() => db().clock.set('2026-12-08T09:00:00.000Z'));

  it.each([
    ['/rss.xml', '/rss.xml', 'Makers', 2],
    ['/atom.xml', '/atom.xml', 'Fleet notes', 1],
    ['/feed.json', '/feed.json', 'Quiet data', 1],
    ['/blog', '/atom.xml', 'Fleet notes', 1],
  ])('follows %s as the feed %s', async (path, feedPath, title, added) => {
    const deps = await db().deps(`ws_add_${path.replace(/\W/g, '')}`);
    const result = await addSource(deps, { url: server.url(path), fetcher });
    expect(result).toMatchObject({
      added,
      source: { url: server.url(feedPath), title, siteUrl: site, articleCount: added },
    });
    const [listed] = await listSources(deps);
    expect(listed).toMatchObject({
      title,
      lastError: null,
      lastSuccessAt: '2026-12-08T09:00:00.000Z',
      nextCheckAt: '2026-12-08T10:00:00.000Z',
      articleCount: added,
    });
    expect(listed).not.toHaveProperty('etag');
  });

  it.each([
    [
      '/no-feed',
      (u: string) =>
        `url: no feed found at ${u}: the page links to no RSS, Atom or JSON feed; paste the feed's own address`,
    ],
    [
      '/dead-link',
      (u: string) =>
        `url: no feed found at ${u}: ${server.url('/gone.xml')} answered 404 (Not Found)`,
    ],
    [
      '/broken.xml',
      (u: string) => `url: ${u} is a feed that cannot be read: it is not well-formed`,
    ],
    ['/slow.xml', (u: string) => `url: ${u} did not answer within 500 ms`],
    ['/huge.xml', (u: string) => `url: ${u} is larger than 256 KB, more than Rebound reads`],
    ['/loop-a', (u: string) => `url: ${u} redirects in a loop`],
  ])('refuses %s with a message naming the address, storing nothing', async (path, message) => {
    const deps = await db().deps('ws_refused');
    const url = server.url(path);
    await expect(addSource(deps, { url, fetcher })).rejects.toMatchObject({
      code: 'validation',
      field: 'url',
      message: message(url),
    });
    expect(await listSources(deps)).toEqual([]);
    expect(await articleCount(deps)).toBe(0);
  });

  it('refuses a feed already followed, under its own address or through its page', async () => {
    const deps = await db().deps('ws_twice');
    await addSource(deps, { url: server.url('/atom.xml'), fetcher });
    for (const path of ['/atom.xml', '/blog']) {
      await expect(addSource(deps, { url: server.url(path), fetcher })).rejects.toMatchObject({
        code: 'conflict',
        message: `url: you already follow ${server.url('/atom.xml')} ("Fleet notes")`,
      });
    }
  });

  describe('refreshing', () => {
    it('asks conditionally, stores only new articles, and one failing source never stops the rest', async () => {
      const deps = await db().deps('ws_refresh');
      server.set('/r/a.xml', { headers: RSS, body: rssFeed('A', site, [item(1)]), etag: '"a1"' });
      server.set('/r/b.xml', {
        headers: RSS,
        body: rssFeed('B', site, [item(2)]),
        lastModified: 'Sun, 06 Dec 2026 10:00:00 GMT',
      });
      server.set('/r/c.xml', { headers: RSS, body: rssFeed('C', site, [item(5)]) });
      for (const p of ['/r/a.xml', '/r/b.xml', '/r/c.xml'])
        await addSource(deps, { url: server.url(p), fetcher });
      server.set('/r/a.xml', {
        headers: RSS,
        body: rssFeed('A', site, [item(1), item(6)]),
        etag: '"a2"',
      });
      server.set('/r/c.xml', { status: 500 });
      db().clock.set('2026-12-08T09:30:00.000Z');
      const before = server.requests.length;
      const outcomes = await refreshSources(deps, { fetcher });
      const sent = server.requests.slice(before);
      expect(sent.find((r) => r.path === '/r/a.xml')?.headers['if-none-match']).toBe('"a1"');
      expect(sent.find((r) => r.path === '/r/b.xml')?.headers['if-modified-since']).toBe(
        'Sun, 06 Dec 2026 10:00:00 GMT',
      );
      expect(outcomes.map((o) => [o.title, o.status, o.added, o.error])).toEqual([
        ['A', 'updated', 1, null],
        ['B', 'not_modified', 0, null],
        ['C', 'failed', 0, `${server.url('/r/c.xml')} answered 500 (Internal Server Error)`],
      ]);
      const failed = (await listSources(deps)).find((s) => s.title === 'C');
      expect(failed).toMatchObject({
        failureCount: 1,
        lastError: `${server.url('/r/c.xml')} answered 500 (Internal Server Error)`,
        lastCheckedAt: '2026-12-08T09:30:00.000Z',
        lastSuccessAt: '2026-12-08T09:00:00.000Z',
        // Backing off: two hours after one failure, instead of one.
        nextCheckAt: '2026-12-08T11:30:00.000Z',
        articleCount: 1,
      });
      // What it brought before stays.
      expect(await articleCount(deps)).toBe(4);
      server.set('/r/c.xml', { headers: RSS, body: rssFeed('C', site, [item(5)]) });
      const again = await refreshSources(deps, { fetcher, sourceIds: [failed?.id ?? ''] });
      expect(again).toMatchObject([{ status: 'updated', added: 0, error: null }]);
      expect((await listSources(deps)).find((s) => s.title === 'C')).toMatchObject({
        failureCount: 0,
        lastError: null,
      });
    });

    it('backs off further with each failure, up to a day', async () => {
      const deps = await db().deps('ws_backoff');
      server.set('/b/flaky.xml', { headers: RSS, body: rssFeed('Flaky', site, []) });
      const { source } = await addSource(deps, { url: server.url('/b/flaky.xml'), fetcher });
      server.set('/b/flaky.xml', { status: 404 });
      const waits: number[] = [];
      for (let i = 0; i < 7; i += 1) {
        const [outcome] = await refreshSources(deps, { fetcher, sourceIds: [source.id] });
        waits.push((Date.parse(outcome?.nextCheckAt ?? '') - db().clock.now().getTime()) / 3.6e6);
      }
      expect(waits).toEqual([2, 4, 8, 16, 24, 24, 24]);
    });

    it('refreshes only the sources that are due', async () => {
      const deps = await db().deps('ws_due');
      server.set('/d/one.xml', { headers: RSS, body: rssFeed('One', site, []) });
      server.set('/d/two.xml', { headers: RSS, body: rssFeed('Two', site, []) });
      await addSource(deps, { url: server.url('/d/one.xml'), fetcher });
      db().clock.set('2026-12-08T09:40:00.000Z');
      await addSource(deps, { url: server.url('/d/two.xml'), fetcher });
      const due = await refreshDueSources(deps, { now: '2026-12-08T10:10:00.000Z', fetcher });
      expect(due.map((o) => o.title)).toEqual(['One']);
      expect(await refreshDueSources(deps, { now: '2026-12-08T10:10:00.000Z', fetcher })).toEqual(
        [],
      );
    });

    it('names a source id that does not exist', async () => {
      const deps = await db().deps('ws_refresh_missing');
      await expect(
        refreshSources(deps, { fetcher, sourceIds: ['fds_000000000000'] }),
      ).rejects.toMatchObject({ code: 'not_found', field: 'sourceIds[0]' });
    });
  });

  it('removes a source with its articles', async () => {
    const deps = await db().deps('ws_remove');
    const { source } = await addSource(deps, { url: server.url('/rss.xml'), fetcher });
    expect(await removeSource(deps, { id: source.id })).toEqual({ deleted: 2, kept: 0 });
    expect(await listSources(deps)).toEqual([]);
    expect(await articleCount(deps)).toBe(0);
    await expect(removeSource(deps, { id: source.id })).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  describe('OPML', () => {
    const opml = (outlines: string) =>
      `<?xml version="1.0"?><opml version="2.0"><head><title>Mine</title></head><body>${outlines}</body></opml>`;

    it('imports feeds as due sources, skips those already followed, and exports them again', async () => {
      const deps = await db().deps('ws_opml');
      await addSource(deps, { url: server.url('/rss.xml'), fetcher });
      const report = await importOpml(deps, {
        content: opml(
          `<outline text="Folder"><outline text="Atom" xmlUrl="${server.url('/atom.xml')}"/></outline>
           <outline text="Makers again" xmlUrl="${server.url('/rss.xml')}"/>`,
        ),
      });
      expect(report).toMatchObject({
        added: [{ title: 'Atom', url: server.url('/atom.xml') }],
        skipped: [{ url: server.url('/rss.xml'), title: 'Makers' }],
        problems: [],
      });
      const due = await refreshDueSources(deps, { now: db().clock.now().toISOString(), fetcher });
      expect(due).toMatchObject([{ title: 'Atom', status: 'updated', added: 1 }]);
      const exported = await exportOpml(deps);
      expect(exported).toContain(`xmlUrl="${server.url('/atom.xml')}"`);
      expect(exported).toContain(`xmlUrl="${server.url('/rss.xml')}"`);
    });

    it('refuses a file with an unusable outline, naming it, unless told to import the rest', async () => {
      const deps = await db().deps('ws_opml_bad');
      const content = opml(
        `<outline text="Good" xmlUrl="${server.url('/feed.json')}"/><outline text="Bad" xmlUrl="mailto:x@y.example"/>`,
      );
      await expect(importOpml(deps, { content })).rejects.toMatchObject({
        code: 'validation',
        field: 'content',
        message: 'content: outline 2 ("Bad"): xmlUrl "mailto:x@y.example" is not a web address',
      });
      expect(await listSources(deps)).toEqual([]);
      const partial = await importOpml(deps, { content, partial: true });
      expect(partial.added.map((a) => a.title)).toEqual(['Good']);
      expect(partial.problems).toHaveLength(1);
      await expect(importOpml(deps, { content: '<html>' })).rejects.toMatchObject({
        message: 'content: the file is not an OPML file (the list of feeds feed readers export)',
      });
    });
  });
}

describeEachDialect('following sources', suite);
