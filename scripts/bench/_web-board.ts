import type { CDPSession, Page } from 'playwright-core';
import { summarize } from './_stats';

/** Installed before the page's own scripts: long tasks, layout shifts and when cards appear. */
export const BOARD_PROBE = `
  window.__bench = { longTasks: [], layoutShift: 0, boardReadyAt: null };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__bench.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.__bench.layoutShift += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
  const watch = new MutationObserver(() => {
    if (window.__bench.boardReadyAt !== null) return;
    if (document.querySelectorAll('[data-application-id]').length < 20) return;
    window.__bench.boardReadyAt = -1;
    // The frame after the cards are in the page is the one that shows them.
    requestAnimationFrame(() => requestAnimationFrame(() => { window.__bench.boardReadyAt = performance.now(); }));
    watch.disconnect();
  });
  watch.observe(document, { childList: true, subtree: true });
`;

export interface Probe {
  longTasks: { start: number; duration: number }[];
  layoutShift: number;
  boardReadyAt: number | null;
}

export const readProbe = (page: Page) =>
  page.evaluate(() => (window as unknown as { __bench: Probe }).__bench);

/**
 * Frame-to-frame times while `steps` frames each scroll the element by `delta` pixels. The
 * page-side code is a string: the TypeScript runner would otherwise wrap its functions in helpers
 * that do not exist in the page.
 */
async function scrollFrames(
  page: Page,
  selector: string,
  axis: 'x' | 'y',
  steps: number,
  delta: number,
) {
  const property = axis === 'y' ? 'scrollTop' : 'scrollLeft';
  return page.evaluate<number[]>(`new Promise((resolve) => {
    const el = document.querySelector(${JSON.stringify(selector)});
    const frames = [];
    let last = performance.now();
    let n = 0;
    const tick = (now) => {
      frames.push(now - last);
      last = now;
      el.${property} += ${delta};
      n += 1;
      if (n < ${steps}) requestAnimationFrame(tick);
      else resolve(frames.slice(1));
    };
    requestAnimationFrame(tick);
  })`);
}

/** Frame times while a card is dragged with the mouse across three columns and dropped back. */
async function dragFrames(page: Page) {
  const card = page.locator('section[data-stage="applied"] [data-application-id]').first();
  const box = await card.boundingBox();
  if (!box) throw new Error('no card to drag');
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__stop = false;
    let last = performance.now();
    const tick = (now) => {
      window.__frames.push(now - last);
      last = now;
      if (!window.__stop) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 300, y + 20, { steps: 30 });
  await page.mouse.move(x + 560, y + 60, { steps: 30 });
  // Back where it started, so the board is unchanged for the next measurement.
  await page.mouse.move(x, y, { steps: 30 });
  await page.mouse.up();
  return page.evaluate<number[]>('window.__stop = true, window.__frames.slice(1)');
}

const FRAME = 1000 / 60;

function frameReport(frames: number[]) {
  return {
    ...summarize(frames),
    /** Frames that took longer than one and a half 60 Hz frames: visible as a stutter. */
    slowFrames: frames.filter((f) => f > FRAME * 1.5).length,
  };
}

/** Scrolling every column, the board sideways, and a drag, with long tasks seen meanwhile. */
export async function measureInteraction(page: Page, stages: readonly string[]) {
  const before = (await readProbe(page)).longTasks.length;
  const columnFrames: number[] = [];
  for (const stage of stages) {
    const selector = `[data-column-scroll="${stage}"]`;
    columnFrames.push(...(await scrollFrames(page, selector, 'y', 90, 60)));
    await scrollFrames(page, selector, 'y', 2, -1_000_000);
  }
  const boardFrames = await scrollFrames(page, '[data-board]', 'x', 60, 20);
  await scrollFrames(page, '[data-board]', 'x', 2, -100_000);
  const drag = await dragFrames(page);
  const probe = await readProbe(page);
  const longTasks = probe.longTasks.slice(before);
  return {
    columnScroll: frameReport(columnFrames),
    boardScroll: frameReport(boardFrames),
    drag: frameReport(drag),
    longTasks: {
      count: longTasks.length,
      totalMs: Math.round(longTasks.reduce((n, t) => n + t.duration, 0)),
      maxMs: Math.round(Math.max(0, ...longTasks.map((t) => t.duration))),
    },
  };
}

export async function throttleCpu(session: CDPSession, rate: number) {
  await session.send('Emulation.setCPUThrottlingRate', { rate });
}
