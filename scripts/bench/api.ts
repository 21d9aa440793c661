import SQLite from 'better-sqlite3';
import { resolveConfig } from '../../src/runtime/config';
import { createApp } from '../../src/http/app';
import { openWorkspace } from '../../src/runtime/open-workspace';
import { startServer } from '../../src/runtime/serve';
import type { BenchSection } from '../bench';
import { summarize, timeRuns } from './_stats';
import { getAgenda } from '../../src/use-cases/agenda';
import { bareSqlOf } from './_route-sql';
import { benchDataDir } from './_workspace';

const RUNS = 400;
const WORKSPACE = 'local';

/**
 * API latency on the heavy workspace, through a real HTTP server on loopback, beside the bare
 * SQL behind each route run directly on better-sqlite3 in the same process and run.
 */
const section: BenchSection = {
  name: 'api',
  async run() {
    const { dataDir, seedSeconds } = await benchDataDir();
    const config = resolveConfig({ dataDir, port: 0 }, {});
    const server = await startServer(config);
    const workspace = await openWorkspace(config);
    const { app } = createApp({ ...workspace.deps, logError: console.error });
    const databaseFile = config.database.dialect === 'sqlite' ? config.database.file : '';
    const bare = new SQLite(databaseFile, { readonly: true });
    const stages = ['applied', 'screen', 'interview', 'final', 'rejected', 'ghosted'];
    const ids = (
      bare.prepare('select id from applications where workspace_id = ?').all(WORKSPACE) as {
        id: string;
      }[]
    ).map((r) => r.id);
    let i = 0;
    const next = <T>(list: readonly T[]) => list[(i += 1) % list.length] as T;
    const get = async (path: string) => {
      const response = await fetch(`${server.url}${path}`);
      if (!response.ok) throw new Error(`${path} → ${response.status}`);
      await response.arrayBuffer();
    };

    const listByStage = bare.prepare(
      'select * from applications where workspace_id = ? and stage in (?) order by updated_at desc, id limit 51 offset 0',
    );
    const contactsByLast = bare.prepare(
      'select * from contacts where workspace_id = ? order by last_interaction_at desc nulls last, id limit 51 offset 0',
    );
    const detailQueries = [
      bare.prepare('select * from applications where workspace_id = ? and id = ?'),
      bare.prepare(
        'select * from stage_events where workspace_id = ? and application_id = ? order by at, id',
      ),
      bare.prepare(
        'select * from interviews where workspace_id = ? and application_id = ? order by scheduled_at, id',
      ),
      bare.prepare(
        'select contact_id from application_contacts where workspace_id = ? and application_id = ?',
      ),
      bare.prepare(
        'select contact_id from interview_contacts where workspace_id = ? and interview_id in (select id from interviews where workspace_id = ?1 and application_id = ?2)'
          .replace('?1', '?')
          .replace('?2', '?'),
      ),
      bare.prepare(
        'select contact_id from interactions where workspace_id = ? and application_id = ?',
      ),
      bare.prepare(
        'select * from interactions where workspace_id = ? and application_id = ? order by occurred_at desc, id desc limit 200',
      ),
      bare.prepare('select * from rejections where workspace_id = ? and application_id = ?'),
      bare.prepare(
        'select * from tasks where workspace_id = ? and application_id = ? order by due_at, id',
      ),
      bare.prepare(
        'select * from messages where workspace_id = ? and application_id = ? order by created_at, id',
      ),
    ];

    const inProcess = async (path: string) => {
      const response = await app.request(path);
      if (!response.ok) throw new Error(`${path} → ${response.status}`);
      await response.arrayBuffer();
    };
    const ratio = (a: number, b: number) => Math.round((a / b) * 10) / 10;
    const measure = async (path: () => string, sql: () => unknown) => {
      const http = summarize(await timeRuns(() => inProcess(path()), RUNS, 50));
      const loopback = summarize(await timeRuns(() => get(path()), RUNS, 50));
      const bareSql = summarize(await timeRuns(sql, RUNS, 50));
      return {
        http,
        loopback,
        bareSql,
        ratioP50: ratio(http.p50, bareSql.p50),
        ratioP99: ratio(http.p99, bareSql.p99),
        meetsP99Goal: http.p99 <= 20 && loopback.p99 <= 20,
        within3x: ratio(http.p50, bareSql.p50) <= 3,
      };
    };

    const result = {
      workspace: {
        applications: ids.length,
        contacts: (bare.prepare('select count(*) n from contacts').get() as { n: number }).n,
        interactions: (bare.prepare('select count(*) n from interactions').get() as { n: number })
          .n,
        seedSeconds,
      },
      method: `${RUNS} requests per route after 50 warm-up: "http" through the Hono app in process (routing, validation, Kysely, presenters, JSON), "loopback" over a real socket to the running server with fetch (client in the same process); "bareSql" the same SQL on better-sqlite3 prepared statements; ratios compare http with bareSql`,
      applicationsByStage: await measure(
        () => `/api/applications?stage=${next(stages)}&limit=50`,
        () => listByStage.all(WORKSPACE, next(stages)),
      ),
      contactsByLastInteraction: await measure(
        () => '/api/contacts?limit=50',
        () => contactsByLast.all(WORKSPACE),
      ),
      applicationWithTimeline: await measure(
        () => `/api/applications/${next(ids)}`,
        () => {
          const id = next(ids);
          const contactIds = new Set<string>();
          for (const query of detailQueries) {
            const rows = (
              query.source.includes('interview_id in')
                ? query.all(WORKSPACE, WORKSPACE, id)
                : query.all(WORKSPACE, id)
            ) as { contact_id?: string }[];
            for (const row of rows) if (row.contact_id) contactIds.add(row.contact_id);
          }
          const list = [...contactIds];
          if (list.length > 0) {
            bare
              .prepare(
                `select * from contacts where workspace_id = ? and id in (${list.map(() => '?').join(',')})`,
              )
              .all(WORKSPACE, ...list);
          }
        },
      ),
      agenda: await measure(
        () => '/api/agenda',
        await bareSqlOf(databaseFile, WORKSPACE, (deps) => getAgenda(deps)),
      ),
    };
    bare.close();
    await workspace.close();
    await server.close();
    return result;
  },
};

export default section;
