import type { Page } from 'playwright-core';
import type { TestServer } from '../../e2e/support/server';
import { summarize } from './_stats';

/** A 300-word feedback request, the length the composer must stay fast at. */
export function longMessage(): string {
  const paragraph =
    'Thank you for the conversation last week about the churn dashboard rebuild and the way your ' +
    'team plans its quarter. I enjoyed hearing how the analysts pair with product managers, and ' +
    'the example about the pricing experiment stayed with me. ';
  const words = paragraph.split(' ');
  const out: string[] = ['Hi Helen,', ''];
  let count = 2;
  while (count < 300) {
    const sentence = words.slice(0, Math.min(words.length, 300 - count)).join(' ');
    out.push(sentence);
    count += sentence.split(/\s+/).length;
  }
  out.push('', 'Best wishes,', 'Sam');
  return out.join('\n');
}

/**
 * Records, for each key pressed, the time until the browser starts the next frame (which shows
 * it), and every long animation frame (over 50 ms) with how long it blocked input.
 */
export const TYPING_PROBE = `
  window.__typing = { latencies: [], longFrames: [] };
  addEventListener('keydown', () => {
    const pressed = performance.now();
    requestAnimationFrame(() => window.__typing.latencies.push(performance.now() - pressed));
  }, true);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      window.__typing.longFrames.push({ start: e.startTime, duration: e.duration, blocking: e.blockingDuration });
    }
  }).observe({ type: 'long-animation-frame', buffered: true });
`;

interface TypingProbe {
  latencies: number[];
  longFrames: { start: number; duration: number; blocking: number }[];
}

/**
 * Types into a 300-word message in the composer at a brisk 25 characters a second and reports
 * how soon each keystroke reached the screen, the long frames meanwhile, and each coach run.
 */
export async function measureTyping(page: Page, server: TestServer) {
  const application = await server.api<{ id: string }>('POST', '/applications', {
    company: 'Acme Analytics',
    role: 'Data Analyst',
    stage: 'interview',
  });
  const contact = await server.api<{ id: string }>('POST', '/contacts', {
    name: 'Helen Cho',
    relationship: 'hiring_manager',
    applicationIds: [application.id],
  });
  const message = await server.api<{ id: string }>('POST', '/messages', {
    kind: 'feedback_request',
    applicationId: application.id,
    contactId: contact.id,
    body: longMessage(),
  });
  await page.goto(`/messages/${message.id}`);
  const editor = page.locator('[data-coach-editor] .cm-content');
  await editor.waitFor();
  await page.waitForTimeout(800);
  await editor.click();
  await page.keyboard.press('Control+End');
  const typingFrom = await page.evaluate<number>(
    'performance.clearMeasures("rebound:coach"); window.__typing.latencies = []; performance.now()',
  );
  await page.keyboard.type(
    ' I would be grateful for one thing I could do better next time, if you have a moment.',
    { delay: 40 },
  );
  await page.waitForTimeout(500);
  const probe = await page.evaluate<TypingProbe>('window.__typing');
  const coachRuns = await page.evaluate<number[]>(
    'performance.getEntriesByName("rebound:coach").map((e) => e.duration)',
  );
  const longFrames = probe.longFrames.filter((f) => f.start >= typingFrom);
  return {
    words: longMessage().split(/\s+/).length,
    keyToNextFrameMs: summarize(probe.latencies),
    longFramesWhileTyping: {
      count: longFrames.length,
      maxMs: Math.round(Math.max(0, ...longFrames.map((f) => f.duration))),
      maxBlockingMs: Math.round(Math.max(0, ...longFrames.map((f) => f.blocking))),
    },
    coachRunMs: summarize(coachRuns),
  };
}
