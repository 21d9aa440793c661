import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reboundOn, runRebound, tempDataDir } from '../../test/cli';
import { atomFeed, htmlPage, rssFeed } from '../../test/feed-documents';
import { ATOM, HTML, RSS, startFeedServer, type TestFeedServer } from '../../test/feed-server';

let server: TestFeedServer;
let data: string;
const { rebound, reboundJson } = reboundOn(() => data);
const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString();

beforeAll(async () => {
  server = await startFeedServer();
  data = tempDataDir();
  server.set('/robots.xml', {
    headers: RSS,
    etag: '"r1"',
    body: rssFeed('Robot Weekly', 'https://robots.example/', [
      { title: 'Acme Robotics ships a new arm', link: 'https://robots.example/arm', date: day(2) },
      { title: 'Servo basics', link: 'https://robots.example/servo', date: day(9) },
    ]),
  });
  server.set('/fleet.xml', {
    headers: ATOM,
    body: atomFeed('Fleet', 'https://fleet.example/', [
      { title: 'Routing trucks', link: 'https://fleet.example/r', date: day(1) },
    ]),
  });
  server.set('/blog', {
    headers: HTML,
    body: htmlPage({
      title: 'Blog',
      feeds: [{ href: '/fleet.xml', type: 'application/atom+xml' }],
    }),
  });
  server.set('/plain', { headers: HTML, body: htmlPage({ title: 'No feed here' }) });
});

afterAll(async () => {
  await server.close();
  fs.rmSync(data, { recursive: true, force: true });
});

describe('rebound feeds and articles', () => {
  it('adds a feed, and a page through its feed link', async () => {
    const added = await reboundJson('feeds', 'add', server.url('/robots.xml'));
    expect(added).toMatchObject({ added: 2, source: { title: 'Robot Weekly' } });
    const text = await rebound('feeds', 'add', server.url('/blog'));
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(`Following “Fleet”`);
    expect(text.stdout).toContain(server.url('/fleet.xml'));
  });

  it('exits non-zero naming the address when no feed is found', async () => {
    const url = server.url('/plain');
    const result = await rebound('feeds', 'add', url);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`no feed found at ${url}`);
    expect(result.stdout).toBe('');
    const json = await rebound('feeds', 'add', 'not a url at all', '--json');
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stderr)).toMatchObject({ error: { field: 'URL' } });
  });

  it('lists and refreshes sources, naming a failed one while the rest refresh', async () => {
    const list = await reboundJson('feeds', 'list');
    expect(list.items.map((s: { title: string }) => s.title)).toEqual(['Fleet', 'Robot Weekly']);
    server.set('/fleet.xml', { status: 500 });
    const { outcomes } = await reboundJson('feeds', 'refresh');
    expect(outcomes).toMatchObject([
      {
        title: 'Fleet',
        status: 'failed',
        error: `${server.url('/fleet.xml')} answered 500 (Internal Server Error)`,
      },
      { title: 'Robot Weekly', status: 'not_modified', error: null },
    ]);
    const text = await rebound('feeds', 'list');
    expect(text.stdout).toContain('failing (1×)');
    expect(text.stdout).toContain(`Fleet: ${server.url('/fleet.xml')} answered 500`);
  });

  it('searches articles and suggests some for a person, in the documented shape', async () => {
    const found = await reboundJson('articles', 'list', '--search', 'servo');
    expect(found.items.map((a: { title: string }) => a.title)).toEqual(['Servo basics']);
    const contact = await reboundJson(
      'contacts',
      'add',
      '--name',
      'Helen Cho',
      '--company',
      'Acme Robotics',
    );
    const suggested = await reboundJson('articles', 'suggest', '--contact', contact.id);
    expect(suggested).toEqual({
      items: [
        {
          id: expect.stringMatching(/^art_/),
          title: 'Acme Robotics ships a new arm',
          url: 'https://robots.example/arm',
          published: expect.any(String),
          reason: 'Mentions Acme Robotics, where Helen works',
        },
      ],
    });
    const missing = await rebound('articles', 'suggest', '--contact', 'con_000000000000');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('--contact');
    const limit = await rebound('articles', 'suggest', '--contact', contact.id, '--limit', '99');
    expect(limit.stderr).toContain('--limit');
  });

  it('imports and exports OPML, and removes a source', async () => {
    const file = path.join(data, 'mine.opml');
    fs.writeFileSync(
      file,
      `<?xml version="1.0"?><opml version="2.0"><body>
        <outline text="Robots" xmlUrl="${server.url('/robots.xml')}"/>
        <outline text="Bad" xmlUrl="gopher://old.example/"/>
      </body></opml>`,
    );
    const refused = await rebound('feeds', 'import-opml', file);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('outline 2 ("Bad")');
    const report = await reboundJson('feeds', 'import-opml', file, '--skip-bad');
    expect(report).toMatchObject({ added: [], skipped: [{ title: 'Robot Weekly' }] });
    const exported = await rebound('feeds', 'export-opml');
    expect(exported.stdout).toContain(`xmlUrl="${server.url('/robots.xml')}"`);
    const { items } = await reboundJson('feeds', 'list');
    const fleet = items.find((s: { title: string }) => s.title === 'Fleet');
    const removed = await reboundJson('feeds', 'remove', fleet.id);
    expect(removed).toEqual({ deleted: 1, kept: 0 });
  });

  it('refuses private addresses when told to, naming the address', async () => {
    const other = tempDataDir();
    try {
      const url = server.url('/robots.xml');
      const result = await runRebound(['feeds', 'add', url, '--data', other], {
        env: { REBOUND_FETCH_PRIVATE: '0' },
      });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(
        `${url} is on a private or local network, which this Rebound server does not fetch from`,
      );
    } finally {
      fs.rmSync(other, { recursive: true, force: true });
    }
  });
});
