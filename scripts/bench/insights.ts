/**
 * Insights on the heavy workspace (10,000 applications, 4,000 rejections, 50,000 contacts):
 * every insight in one go, through the use case and through the HTTP route, against the goal of
 * 200 ms. Beside them, the bare SQL the use case runs, on better-sqlite3 prepared statements.
 */
import { createApp } from '../../src/http/app';
import { resolveConfig } from '../../src/runtime/config';
import { openWorkspace } from '../../src/runtime/open-workspace';
import { startServer } from '../../src/runtime/serve';
import { getInsights } from '../../src/use-cases/insights';
import type { BenchSection } from '../bench';
import { bareSqlOf } from './_route-sql';
import { summarize, timeRuns } from './_stats';
import { benchDataDir } from './_workspace';

const RUNS = 100;
const WARMUP = 10;
const GOAL_MS = 200;
const WORKSPACE = 'local';

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
    const bytes = (await routed()).byteLength;
    const useCase = summarize(await timeRuns(() => getInsights(workspace.deps), RUNS, WARMUP));
    const http = summarize(await timeRuns(routed, RUNS, WARMUP));
    const loopback = summarize(await timeRuns(overLoopback, RUNS, WARMUP));
    const bareSql = summarize(
      await timeRuns(
        await bareSqlOf(databaseFile, WORKSPACE, (deps) => getInsights(deps)),
        RUNS,
        WARMUP,
      ),
    );
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
      method: `${RUNS} runs after ${WARMUP} warm-up: "useCase" calls getInsights directly; "http" requests GET /api/insights from the Hono app in process (validation, JSON); "loopback" fetches it from the running server over a real socket; "bareSql" runs the same statements on better-sqlite3 prepared statements, with nothing around them`,
      responseBytes: bytes,
      useCase,
      http,
      loopback,
      bareSql,
      goalMs: GOAL_MS,
      meetsGoal: useCase.p99 <= GOAL_MS && http.p99 <= GOAL_MS && loopback.p99 <= GOAL_MS,
    };
  },
};

export default section;
