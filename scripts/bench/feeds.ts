/**
 * Reading targets: suggestions for one contact over 50,000 stored articles, p99 ≤ 20 ms (SQLite,
 * the sample workspace's people); and a refresh of 200 sources that all answer "not modified"
 * ≤ 2 s, against a real HTTP server on 127.0.0.1.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startFeedServer } from '../../test/feed-server';
import { rssFeed } from '../../test/feed-documents';
import { newId } from '../../src/core/ids';
import type { Article } from '../../src/core/reading/article';
import { addressPolicy } from '../../src/runtime/address-policy';
import { createFeedFetcher } from '../../src/runtime/feed-fetcher';
import { openDatabase, refreshStatistics } from '../../src/storage/connect';
import { migrateToLatest } from '../../src/storage/migrate';
import { selectWorkspaceRows } from '../../src/storage/bulk';
import { insertNewArticles } from '../../src/storage/repositories/articles';
import type { UseCaseDeps } from '../../src/use-cases/deps';
import { seedDemoWorkspace } from '../../src/use-cases/demo';
import { DEMO_COMPANIES, DEMO_ROLES, DEMO_TOPICS } from '../../src/use-cases/demo-data';
import { random } from '../../src/use-cases/demo-support';
import { importOpml } from '../../src/use-cases/reading/opml';
import { refreshSources } from '../../src/use-cases/reading/refresh';
import { suggestArticles } from '../../src/use-cases/reading/suggestions';
import { ensureWorkspace } from '../../src/use-cases/workspace';
import type { BenchSection } from '../bench';
import { summarize, timeRuns } from './_stats';

const ARTICLES = 50_000;
const SUGGEST_RUNS = 400;
const SOURCES = 200;
const REFRESH_RUNS = 5;
const DAY = 86_400_000;

const WORDS = (
  'market hiring growth teams remote policy budget cloud security design research customers ' +
  'strategy leadership careers salary interviews engineering finance operations supply chain ' +
  'retail health energy transport software data analytics product launch funding startup ' +
  'regulation climate factory logistics warehouse education banking insurance media studio'
).split(' ');

/** Articles in the words of the sample's companies, roles and topics, over two years. */
function generateArticles(count: number, nowMs: number): Article[] {
  const rng = random(7);
  const phrase = (n: number) => Array.from({ length: n }, () => rng.pick(WORDS)).join(' ');
  return Array.from({ length: count }, (_, i) => {
    const roll = rng.next();
    const subject =
      roll < 0.03
        ? rng.pick(DEMO_COMPANIES).name
        : roll < 0.08
          ? rng.pick(DEMO_TOPICS)
          : roll < 0.15
            ? rng.pick(DEMO_ROLES)
            : phrase(2);
    const publishedMs = nowMs - rng.int(730) * DAY - rng.int(DAY);
    return {
      id: newId('art'),
      sourceId: null,
      url: `https://news${i % 97}.example/${i}`,
      title: `${phrase(2)} ${subject} ${phrase(2)}`,
      summary: `${phrase(12)} ${rng.next() < 0.3 ? subject : ''} ${phrase(8)}`,
      siteName: `News ${i % 97}`,
      publishedAt: new Date(publishedMs).toISOString(),
      addedAt: new Date(publishedMs + 3_600_000).toISOString(),
    };
  });
}

async function suggestions(dir: string) {
  const handle = openDatabase({ dialect: 'sqlite', file: path.join(dir, 'bench.sqlite') });
  try {
    await migrateToLatest({ db: handle.db, dialect: 'sqlite' });
    const clock = { now: () => new Date('2026-12-08T09:00:00Z') };
    await ensureWorkspace(handle.db, clock, { id: 'ws_bench', name: 'Bench' });
    const deps: UseCaseDeps = { db: handle.db, workspaceId: 'ws_bench', clock };
    await seedDemoWorkspace(deps, { scale: 1, seed: 42 });
    await insertNewArticles(
      deps.db,
      deps.workspaceId,
      generateArticles(ARTICLES, Date.parse('2026-12-08T09:00:00Z')),
    );
    await refreshStatistics(deps.db);
    const contacts = (await selectWorkspaceRows(deps.db, 'contacts', deps.workspaceId))
      .filter((c) => c.email !== null)
      .slice(0, 40);
    let next = 0;
    let found = 0;
    const cpu: number[] = [];
    const samples = await timeRuns(async () => {
      const contact = contacts[next % contacts.length];
      next += 1;
      const before = process.cpuUsage();
      const { items } = await suggestArticles(deps, { contactId: contact?.id ?? null, limit: 3 });
      const used = process.cpuUsage(before);
      cpu.push((used.user + used.system) / 1000);
      found += items.length;
    }, SUGGEST_RUNS);
    const articles = (await selectWorkspaceRows(deps.db, 'articles', deps.workspaceId)).length;
    return {
      articles,
      contacts: contacts.length,
      suggestionsPerCall: Math.round((found / (SUGGEST_RUNS + 20)) * 10) / 10,
      ms: summarize(samples),
      // Processor time of the same calls (warm-up included): on a busy machine the wall-clock
      // tail is mostly time spent waiting for a core, which this leaves out.
      cpuMs: summarize(cpu),
      targetP99Ms: 20,
    };
  } finally {
    await handle.close();
  }
}

async function refresh(dir: string) {
  const server = await startFeedServer();
  const fetcher = createFeedFetcher({ policy: addressPolicy({ allowPrivate: true }) });
  const handle = openDatabase({ dialect: 'sqlite', file: path.join(dir, 'refresh.sqlite') });
  try {
    for (let i = 0; i < SOURCES; i += 1) {
      server.set(`/feed-${i}.xml`, {
        headers: { 'content-type': 'application/rss+xml' },
        etag: `"v${i}"`,
        body: rssFeed(`Feed ${i}`, `https://site${i}.example/`, [
          { title: `Post ${i}`, link: `https://site${i}.example/p`, date: '2026-12-01T00:00:00Z' },
        ]),
      });
    }
    await migrateToLatest({ db: handle.db, dialect: 'sqlite' });
    const clock = { now: () => new Date() };
    await ensureWorkspace(handle.db, clock, { id: 'ws_refresh', name: 'Refresh' });
    const deps: UseCaseDeps = { db: handle.db, workspaceId: 'ws_refresh', clock };
    const outlines = Array.from(
      { length: SOURCES },
      (_, i) => `<outline text="Feed ${i}" xmlUrl="${server.url(`/feed-${i}.xml`)}"/>`,
    ).join('');
    await importOpml(deps, { content: `<opml version="2.0"><body>${outlines}</body></opml>` });
    // The first refresh reads every feed in full and keeps its ETag.
    await refreshSources(deps, { fetcher });
    const samples: number[] = [];
    let notModified = 0;
    for (let run = 0; run < REFRESH_RUNS; run += 1) {
      const started = performance.now();
      const outcomes = await refreshSources(deps, { fetcher });
      samples.push(performance.now() - started);
      notModified = outcomes.filter((o) => o.status === 'not_modified').length;
    }
    return { sources: SOURCES, notModified, ms: summarize(samples), targetMs: 2000 };
  } finally {
    await handle.close();
    await fetcher.close();
    await server.close();
  }
}

const section: BenchSection = {
  name: 'feeds',
  async run() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rebound-bench-feeds-'));
    try {
      const result = {
        suggestions: await suggestions(dir),
        refreshNotModified: await refresh(dir),
      };
      // Other work on the machine shows in the slowest runs; the load says how busy it was.
      return { ...result, loadAverage: os.loadavg().map((n) => Math.round(n * 10) / 10) };
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
export default section;
