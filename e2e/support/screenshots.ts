import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { seriousViolations, type AxeViolation } from './axe';
import { DESKTOP, PHONE } from './browser';

export const SCREENSHOT_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../test-results/screenshots',
);

/** Waits until nothing is loading: no pending requests shown and fonts settled. */
export async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForTimeout(150);
}

/**
 * Switches the system color scheme and waits until the app has followed it (the app applies it
 * after a render, which can lag on a busy machine), so nothing is checked half-way.
 */
async function showScheme(page: Page, scheme: 'light' | 'dark') {
  await page.emulateMedia({ colorScheme: scheme });
  await page.waitForFunction(
    (wanted) => document.documentElement.getAttribute('data-mantine-color-scheme') === wanted,
    scheme,
  );
  await settle(page);
  await waitForStableColors(page);
}

/**
 * Waits until every element's colours read the same twice, a few frames apart: components that
 * pick a colour in script re-render after the scheme changes, and transitions take a moment, so
 * a check made earlier could measure a colour the user never sees.
 */
async function waitForStableColors(page: Page) {
  const sample = () =>
    page.evaluate(() =>
      Array.from(document.querySelectorAll('body *'), (el) => {
        const style = getComputedStyle(el);
        return `${style.color}/${style.backgroundColor}/${style.opacity}`;
      }).join('|'),
    );
  let previous = await sample();
  for (let attempt = 0; attempt < 20; attempt += 1) {
    await page.waitForTimeout(100);
    const next = await sample();
    if (next === previous) return;
    previous = next;
  }
  // Something animates for good (a spinner): check the page as it stands.
}

/**
 * Saves the page as a user would see it in light and dark, on a desktop and on a phone, as
 * `<name>-<scheme>-<size>.png`. The viewport is restored afterwards.
 */
export async function captureAllWays(page: Page, name: string) {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  for (const [size, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    await page.setViewportSize(viewport);
    for (const scheme of ['light', 'dark'] as const) {
      await showScheme(page, scheme);
      await page.screenshot({
        path: path.join(SCREENSHOT_DIR, `${name}-${scheme}-${size}.png`),
        fullPage: size === 'phone',
      });
    }
  }
  await page.setViewportSize(DESKTOP);
  await page.emulateMedia({ colorScheme: 'light' });
}

/**
 * Reviews the page as it stands: axe-core in light and in dark (a contrast problem can hide in
 * either), then the four screenshots. Returns the serious and critical violations, labelled with
 * the scheme they were found in.
 */
export async function reviewPage(
  page: Page,
  name: string,
): Promise<(AxeViolation & { scheme: string })[]> {
  const found: (AxeViolation & { scheme: string })[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    await showScheme(page, scheme);
    found.push(...(await seriousViolations(page)).map((v) => ({ ...v, scheme })));
  }
  await captureAllWays(page, name);
  return found;
}
