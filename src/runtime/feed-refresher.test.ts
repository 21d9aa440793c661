import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/databases';
import { rssFeed } from '../../test/feed-documents';
import { RSS, startFeedServer, type TestFeedServer } from '../../test/feed-server';
import { importOpml } from '../use-cases/reading/opml';
import { listSources } from '../use-cases/reading/sources';
import { addressPolicy } from './address-policy';
import { type ClosableFeedFetcher, createFeedFetcher } from './feed-fetcher';
import { startFeedRefresher } from './feed-refresher';

let server: TestFeedServer;
let fetcher: ClosableFeedFetcher;
let database: TestDatabase & { close(): Promise<void> };

beforeAll(async () => {
  server = await startFeedServer();
  fetcher = createFeedFetcher({ policy: addressPolicy({ allowPrivate: true }) });
  database = await createTestDatabase('sqlite');
});

afterAll(async () => {
  await fetcher.close();
  await server.close();
  await database.close();
});

async function until(check: () => Promise<boolean>) {
  for (let i = 0; i < 200 && !(await check()); i += 1)
    await new Promise((resolve) => setTimeout(resolve, 25));
}

it('refreshes due sources on its own while running, and stops when told', async () => {
  const deps = await database.deps();
  database.clock.set(new Date().toISOString());
  server.set('/timed.xml', {
    headers: RSS,
    body: rssFeed('Timed', 'https://timed.example/', [
      { title: 'First', link: 'https://timed.example/1' },
    ]),
  });
  await importOpml(deps, {
    content: `<opml version="2.0"><body><outline text="Timed" xmlUrl="${server.url('/timed.xml')}"/></body></opml>`,
  });
  const refresher = startFeedRefresher({ deps, fetcher, firstAfterMs: 10, everyMs: 10 });
  await until(async () => (await listSources(deps))[0]?.lastSuccessAt != null);
  await refresher.stop();
  const [source] = await listSources(deps);
  expect(source).toMatchObject({ lastError: null, articleCount: 1 });
  // Its next check is an hour away, so however often the timer looked, it was fetched once.
  expect(server.requests.filter((r) => r.path === '/timed.xml')).toHaveLength(1);
  const seen = server.requests.length;
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(server.requests.length).toBe(seen);
});
