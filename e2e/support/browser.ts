import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Debian's chromium, which CI installs with apt. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

export interface TestBrowser {
  context: BrowserContext;
  page: Page;
  downloadsDir: string;
  close(): Promise<void>;
}

/**
 * A fresh chromium profile in a temporary folder, closed and removed by `close`. The browser
 * lives in Berlin unless told otherwise.
 */
export async function openBrowser(
  baseURL: string,
  { timezoneId = 'Europe/Berlin' }: { timezoneId?: string } = {},
): Promise<TestBrowser> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'rebound-e2e-profile-'));
  const downloadsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rebound-e2e-downloads-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
    baseURL,
    viewport: DESKTOP,
    acceptDownloads: true,
    downloadsPath: downloadsDir,
    permissions: ['clipboard-read', 'clipboard-write'],
    timezoneId,
    locale: 'en-GB',
    reducedMotion: 'reduce',
  });
  context.setDefaultTimeout(10_000);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    downloadsDir,
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
      fs.rmSync(downloadsDir, { recursive: true, force: true });
    },
  };
}
