import { afterAll, beforeAll } from 'vitest';
import { openBrowser, type TestBrowser } from './browser';
import { startServer, type StartServerOptions, type TestServer } from './server';

export interface AppUnderTest {
  server: TestServer;
  browser: TestBrowser;
  /** Errors the page logged or threw; a journey that logs one has a bug. */
  pageErrors: string[];
}

/**
 * A real server with a fresh data folder and a fresh chromium profile for the suite in the
 * calling file; both are stopped and removed afterwards.
 */
export function useApp(
  options: { timezoneId?: string; server?: () => Promise<StartServerOptions> } = {},
): () => AppUnderTest {
  let app: AppUnderTest | undefined;
  beforeAll(async () => {
    const server = await startServer(await options.server?.());
    const browser = await openBrowser(server.url, options);
    const pageErrors: string[] = [];
    browser.page.on('pageerror', (error) => pageErrors.push(String(error)));
    browser.page.on('console', (message) => {
      // A 4xx answer is logged by the browser too; tests that cause one check what is shown.
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
        pageErrors.push(message.text());
      }
    });
    app = { server, browser, pageErrors };
  });
  afterAll(async () => {
    await app?.browser.close();
    await app?.server.stop();
  });
  return () => {
    if (!app) throw new Error('the app is not started');
    return app;
  };
}
