/**
 * Insights on the heavy workspace (10,000 applications, 4,000 rejections, 50,000 contacts):
 * every insight in one go, against the goal of 200 ms. Measured cold (computed from the database
 * every time: the use case, and the HTTP route right after a write) and on repeat visits with
 * nothing changed (the route's memo), beside the bare SQL the use case runs on better-sqlite3.
 */
import os from 'node:os';
import { sql } from 'kysely';
import { createApp } from '../../src/http/app';
import { resolveConfig } from '../../src/runtime/config';
import { openWorkspace } from '../../src/runtime/open-workspace';
import { startServer } from '../../src/runtime/serve';
import type { UseCaseDeps } from '../../src/use-cases/deps';
import { getInsights } from '../../src/use-cases/insights';
import type { BenchSection } from '../bench';
import { bareSqlOf } from './_route-sql';
import { summarize, timeRuns } from './_stats';
import { benchDataDir } from './_workspace';

const RUNS = 100;
const WARMUP = 10;
const GOAL_MS = 200;
const WORKSPACE = 'local';

type Request = () => Promise<ArrayBuffer>;

/** Cold and repeat timings of every insight, and the bare SQL behind them. */
async function measure(
  routed: Request,
  overLoopback: Request,
  deps: UseCaseDeps,
  databaseFile: string,
) {
  const bytes = (await routed()).byteLength;
  // Any write makes the next request compute afresh; this one changes nothing visible.
  const touch = () =>
    sql`update workspaces set updated_at = updated_at where id = ${WORKSPACE}`.execute(deps.db);
  const loadBefore = os.loadavg()[0];
  const useCase = summarize(await timeRuns(() => getInsights(deps), RUNS, WARMUP));
  const httpAfterWrite = summarize(
    await timeRuns(
      async () => {
        await touch();
        return routed();
      },
      RUNS,
      WARMUP,
    ),
  );
  const httpRepeat = summarize(await timeRuns(routed, RUNS, WARMUP));
  const loopbackRepeat = summarize(await timeRuns(overLoopback, RUNS, WARMUP));
  const bareSql = summarize(
    await timeRuns(
      await bareSqlOf(databaseFile, WORKSPACE, (logging) => getInsights(logging)),
      RUNS,
      WARMUP,
    ),
  );
  return {
    bytes,
    loadAverage: [loadBefore, os.loadavg()[0]],
    useCase,
    httpAfterWrite,
    httpRepeat,
    loopbackRepeat,
    bareSql,
  };
}

const section: BenchSection = {
  name: 'insights',
  async run() {
    const { dataDir, seedSeconds } = await benchDataDir();
    const config = resolveConfig({ dataDir, port: 0 }, {});
    const workspace = await openWorkspace(config);
    const server = await startServer(config);
    const { app } = createApp({ ...workspace.deps, logError: console.error });
    const databaseFile = config.database.dialect === 'sqlite' ? config.database.file : '';

    const sample = await getInsights(workspace.deps);
    const routed = async () => {
      const response = await app.request('/api/insights');
      if (!response.ok) throw new Error(`/api/insights → ${response.status}`);
      return response.arrayBuffer();
    };
    const overLoopback = async () => {
      const response = await fetch(`${server.url}/api/insights`);
      if (!response.ok) throw new Error(`/api/insights → ${response.status}`);
      return response.arrayBuffer();
    };
    const { bytes, ...timings } = await measure(routed, overLoopback, workspace.deps, databaseFile);
    await server.close();
    await workspace.close();
    return {
      workspace: {
        applications: sample.funnel.overall.applications + sample.funnel.savedOnly,
        rejections: sample.followThrough.rejections,
        reflections: sample.themes.reflections,
        practiceCards: sample.practice.cards,
        practiceReviews: sample.practice.reviews,
        seedSeconds,
      },
      method: `${RUNS} runs after ${WARMUP} warm-up. Cold: "useCase" calls getInsights directly; "httpAfterWrite" makes a write and then requests GET /api/insights from the Hono app in process, so every request computes afresh. Repeat: "httpRepeat" and "loopbackRepeat" (a real socket to the running server) request it again with nothing changed. "bareSql" runs the statements the use case runs on better-sqlite3 prepared statements, with nothing around them. "loadAverage" is the machine's 1-minute load at the start and end (the machine is shared, ${os.cpus().length} CPUs)`,
      responseBytes: bytes,
      ...timings,
      goalMs: GOAL_MS,
      meetsGoalCold: timings.useCase.p99 <= GOAL_MS && timings.httpAfterWrite.p99 <= GOAL_MS,
      meetsGoalRepeat: timings.httpRepeat.p99 <= GOAL_MS && timings.loopbackRepeat.p99 <= GOAL_MS,
    };
  },
};

export default section;
