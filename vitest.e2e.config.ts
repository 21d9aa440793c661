import { defineConfig } from 'vitest/config';

/** `npm run test:e2e`: journeys in Debian's chromium against a real server and database. */
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/support/global-setup.ts'],
    pool: 'forks',
    // One browser at a time: the machines this runs on have two cores.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // What the page shows can take a moment on a busy machine; a second is too tight to wait.
    expect: { poll: { timeout: 8_000, interval: 50 } },
  },
});
