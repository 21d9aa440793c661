import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/databases';
import { rssFeed } from '../../../test/feed-documents';
import { RSS, startFeedServer, type TestFeedServer } from '../../../test/feed-server';
import {
  QUEUE_TEST_TUNING,
  type QueueWorker,
  startQueueWorker,
  stopQueueWorkers,
} from '../../../test/queue-fixtures';
import { createTeamApp } from '../../../test/team';
import { inWorkspace } from '../../use-cases/mail/workspace-sends';
import { importOpml } from '../../use-cases/reading/opml';
import { listSources } from '../../use-cases/reading/sources';
import { addressPolicy } from '../address-policy';
import { type ClosableFeedFetcher, createFeedFetcher } from '../feed-fetcher';
import { JOB_NAMES } from './jobs';
import { workspaceFeedJobs } from './workspace-feed-jobs';

/**
 * Seekers' sources refreshed on the queue as three servers run it: each worker has its own
 * connections as the application's role, every server sweeps at once, and the feed server answers
 * slowly, so the workers reach for the same workspace while the first is still fetching.
 */
let database: TestDatabase & { close(): Promise<void> };
let feeds: TestFeedServer;
let fetcher: ClosableFeedFetcher;
let team: ReturnType<typeof createTeamApp>;
const workers: QueueWorker[] = [];

beforeAll(async () => {
  database = await createTestDatabase('postgres');
  database.clock.set(new Date().toISOString());
  feeds = await startFeedServer();
  // The feed server is on loopback, which a shared server refuses unless configured to allow it.
  fetcher = createFeedFetcher({ policy: addressPolicy({ allowPrivate: true }) });
  team = createTeamApp(database);
});

afterAll(async () => {
  await stopQueueWorkers(workers);
  await fetcher?.close();
  await feeds?.close();
  await database?.close();
});

async function startWorkers() {
  while (workers.length < 3) {
    workers.push(
      await startQueueWorker(database, (db, queue) =>
        workspaceFeedJobs({ db, clock: database.clock, queue, fetcher }, QUEUE_TEST_TUNING),
      ),
    );
  }
}

async function until(what: string, check: () => Promise<boolean>) {
  for (let i = 0; i < 300; i += 1) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Never happened: ${what}`);
}

/** A seeker following one feed of their own, served slowly. */
async function seekerFollowing(name: string, path: string) {
  const { account } = await team.member('seeker', name);
  const workspaceId = account.workspaceId as string;
  feeds.set(path, {
    headers: RSS,
    delayMs: 400,
    body: rssFeed(`${name}'s feed`, 'https://news.example/', [
      { title: `${name} one`, link: `https://news.example${path}/1` },
      { title: `${name} two`, link: `https://news.example${path}/2` },
    ]),
  });
  const team_ = { db: database.handle.db, clock: database.clock };
  await inWorkspace(team_, workspaceId, (scoped) =>
    importOpml(scoped, {
      content: `<opml version="2.0"><body><outline text="${name}" xmlUrl="${feeds.url(path)}"/></body></opml>`,
    }),
  );
  const sources = () => inWorkspace(team_, workspaceId, (scoped) => listSources(scoped));
  return { workspaceId, sources };
}

it('refreshes each seeker’s due sources once, in their own workspace, with three workers', async () => {
  const ana = await seekerFollowing('Ana', '/ana.xml');
  const ben = await seekerFollowing('Ben', '/ben.xml');
  await startWorkers();
  // Each server's sweep comes at once (its timer would come at the next minute).
  await Promise.all(workers.map((w) => w.runner.send(JOB_NAMES.feedRefresh, {})));
  for (const seeker of [ana, ben]) {
    await until(
      'the source was read',
      async () => (await seeker.sources())[0]?.lastSuccessAt != null,
    );
  }
  // The servers sweep again: nothing is due, so still one fetch per source.
  await Promise.all(workers.map((w) => w.runner.send(JOB_NAMES.feedRefresh, {})));
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  expect(feeds.requests.filter((r) => r.path === '/ana.xml')).toHaveLength(1);
  expect(feeds.requests.filter((r) => r.path === '/ben.xml')).toHaveLength(1);
  const [anas] = await ana.sources();
  const [bens] = await ben.sources();
  expect(anas).toMatchObject({ lastError: null, articleCount: 2 });
  expect(bens).toMatchObject({ lastError: null, articleCount: 2 });
  // Each workspace sees its own source only.
  expect((await ana.sources()).map((s) => s.id)).toEqual([anas?.id]);
});

it('refuses a private address on a shared server and records why on the source', async () => {
  const refusing = createFeedFetcher({ policy: addressPolicy({ allowPrivate: false }) });
  try {
    const { workspaceId, sources } = await seekerFollowing('Cy', '/cy.xml');
    const { refreshWorkspaceSources } = await import('../../use-cases/reading/workspace-refresh');
    const before = feeds.requests.length;
    await refreshWorkspaceSources(
      { db: database.handle.db, clock: database.clock },
      { workspaceId, fetcher: refusing },
    );
    expect(feeds.requests.length).toBe(before);
    const [source] = await sources();
    expect(source?.lastError).toMatch(/private or local network/);
  } finally {
    await refusing.close();
  }
});
