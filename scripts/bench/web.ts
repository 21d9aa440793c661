/**
 * The web app's two speed bars (PRODUCT.md): the first route's JavaScript (≤ 250 KB gzipped) and
 * a board of 1,000 cards that renders and scrolls without jank. The bundle is measured from a
 * fresh production build; the board in Debian's chromium, driven by playwright-core, against a
 * real server holding 1,000 open applications.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PIPELINE_STAGES } from '../../src/core/stages';
import { CHROMIUM, openBrowser } from '../../e2e/support/browser';
import { startServer } from '../../e2e/support/server';
import type { BenchSection } from '../bench';
import { buildServer } from '../build-server';
import { buildWeb, WEB_OUT_DIR } from '../build-web';
import { BOARD_PROBE, measureInteraction, readProbe, throttleCpu } from './_web-board';
import { measureTyping, TYPING_PROBE } from './_web-composer';
import { chunkStatsPlugin, firstRouteFiles, packageOf, type ChunkModules } from './_web-bundle';

const BUDGET_GZIP_BYTES = 250 * 1024;
const CARDS = 1000;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

async function measureBundle() {
  const modules: ChunkModules = {};
  await buildWeb({ build: { manifest: true }, plugins: [chunkStatsPlugin(modules)] });
  const files = firstRouteFiles(WEB_OUT_DIR, 'pages/today/today-page.tsx');
  const gzip = files.reduce((n, f) => n + f.gzipBytes, 0);
  const byPackage = new Map<string, number>();
  for (const file of files) {
    for (const [id, bytes] of Object.entries(modules[file.file] ?? {})) {
      byPackage.set(packageOf(id), (byPackage.get(packageOf(id)) ?? 0) + bytes);
    }
  }
  fs.rmSync(path.join(WEB_OUT_DIR, '.vite'), { recursive: true, force: true });
  return {
    firstRouteJsGzipKB: kb(gzip),
    firstRouteJsKB: kb(files.reduce((n, f) => n + f.bytes, 0)),
    budgetKB: kb(BUDGET_GZIP_BYTES),
    withinBudget: gzip <= BUDGET_GZIP_BYTES,
    files: files.map((f) => ({ file: f.file, KB: kb(f.bytes), gzipKB: kb(f.gzipBytes) })),
    /** What those files hold, by package: KB of code as bundled, before minifying. */
    contentsBeforeMinifyKB: Object.fromEntries(
      [...byPackage.entries()]
        .sort((a, b) => b[1] - a[1])
        .map(([name, bytes]) => [name, kb(bytes)]),
    ),
  };
}

async function measureBoard() {
  if (!fs.existsSync(CHROMIUM)) return { skipped: `no chromium at ${CHROMIUM}` };
  const server = await startServer();
  const browser = await openBrowser(server.url);
  try {
    for (let i = 0; i < CARDS; i += 1) {
      await server.api('POST', '/applications', {
        company: `Company ${String(i).padStart(4, '0')}`,
        role: ['Data Analyst', 'Backend Engineer', 'Product Designer'][i % 3],
        stage: PIPELINE_STAGES[i % PIPELINE_STAGES.length],
        location: i % 2 === 0 ? 'Remote' : 'Berlin',
      });
    }
    const { page, context } = browser;
    await context.addInitScript(BOARD_PROBE);
    const session = await context.newCDPSession(page);
    const loads: number[] = [];
    let shift = 0;
    let loadLongTasks = 0;
    for (let run = 0; run < 5; run += 1) {
      await page.goto('/pipeline');
      await page.waitForFunction(() => {
        const ready = (window as unknown as { __bench: { boardReadyAt: number | null } }).__bench
          .boardReadyAt;
        return ready !== null && ready > 0;
      });
      const probe = await readProbe(page);
      loads.push(Math.round(probe.boardReadyAt ?? 0));
      shift = Math.max(shift, probe.layoutShift);
      loadLongTasks = Math.max(loadLongTasks, probe.longTasks.length);
    }
    const rendered = await page.locator('[data-application-id]').count();
    const total = await page.evaluate(() =>
      [...document.querySelectorAll('section[data-stage] header [aria-label$="applications"]')]
        .map((badge) => Number(badge.textContent))
        .reduce((n, c) => n + c, 0),
    );
    const unthrottled = await measureInteraction(page, PIPELINE_STAGES);
    await throttleCpu(session, 4);
    const throttled = await measureInteraction(page, PIPELINE_STAGES);
    await throttleCpu(session, 1);
    await context.addInitScript(TYPING_PROBE);
    const typing = await measureTyping(page, server);
    await throttleCpu(session, 4);
    const typingThrottled = await measureTyping(page, server);
    await throttleCpu(session, 1);
    return {
      cards: total,
      cardsInDom: rendered,
      loadToCardsVisibleMs: { runs: loads, median: [...loads].sort((a, b) => a - b)[2] },
      longTasksDuringLoad: loadLongTasks,
      cumulativeLayoutShift: Math.round(shift * 1000) / 1000,
      interaction: unthrottled,
      interactionAt4xSlowerCpu: throttled,
      composerTyping: typing,
      composerTypingAt4xSlowerCpu: typingThrottled,
    };
  } finally {
    await browser.close();
    await server.stop();
  }
}

const section: BenchSection = {
  name: 'web',
  async run() {
    process.chdir(root);
    await buildServer();
    const bundle = await measureBundle();
    const board = await measureBoard();
    return {
      method:
        'Bundle: a fresh production build; the first route is the entry chunk, its static imports ' +
        "and Today's lazy chunk with its imports, from Vite's manifest; gzip level 9 as served. " +
        'Board: chromium (headless, playwright-core) on a real server with 1,000 open applications; ' +
        '"load" is navigation start to the second animation frame after the cards are in the page ' +
        '(median of 5 loads); scrolling moves each column 60 px per frame for 90 frames and the ' +
        'board sideways 20 px per frame, then a card is dragged across three columns; frame times ' +
        'come from requestAnimationFrame, long tasks from PerformanceObserver; repeated with the ' +
        'CPU slowed 4x through the DevTools protocol. Composer: a 300-word message typed into at ' +
        '25 characters a second; keystrokes slower than 16 ms come from the Event Timing API ' +
        '(input delay, handlers and the next paint), coach runs from the page’s own timing.',
      bundle,
      board,
    };
  },
};

export default section;
