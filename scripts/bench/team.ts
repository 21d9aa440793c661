import type { BenchSection } from '../bench';
import { runTeamBench } from './_team-run';
import { SPEC_SHAPE } from './_team-seed';

/** A whole number from the environment, or the default; anything else stops the run naming it. */
function setting(name: string, fallback: number, min: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new Error(`${name}: must be a whole number of at least ${min} (got "${raw}")`);
  }
  return value;
}

/**
 * The team load (issue 16): 1,000 seekers and 50 coaches on one PostgreSQL, 200 clients for 60 s
 * against three team-mode servers and then against one. BENCH_TEAM_SECONDS, BENCH_TEAM_CLIENTS
 * and BENCH_TEAM_THINK_MS shorten or reshape it; BENCH_DATABASE_URL (or TEST_DATABASE_URL) uses
 * your own PostgreSQL instead of starting one.
 */
const section: BenchSection = {
  name: 'team',
  run: () =>
    runTeamBench({
      shape: SPEC_SHAPE,
      seconds: setting('BENCH_TEAM_SECONDS', 60, 1),
      clients: setting('BENCH_TEAM_CLIENTS', 200, 1),
      thinkMs: setting('BENCH_TEAM_THINK_MS', 1000, 0),
      adminUrl: process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || undefined,
    }),
};

export default section;
