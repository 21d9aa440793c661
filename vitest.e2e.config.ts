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
  },
});
