import { sql } from 'kysely';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  createThrowawayDatabase,
  startTestPostgres,
  teamDatabaseEnv,
} from '../../test/postgres-server';
import { openDatabase } from '../../src/storage/connect';
import { migrateToLatest } from '../../src/storage/migrate';
import { cpuMeter } from './_cpu';
import { closeClients, runLoad, signInClients, type LoadReport } from './_team-load';
import { seedTeam, type TeamShape } from './_team-seed';
import { startTeamServer, type ServerProcess } from './_team-servers';

export interface TeamBenchOptions {
  shape: TeamShape;
  clients: number;
  seconds: number;
  thinkMs: number;
  /** A PostgreSQL superuser URL to create the bench database on; otherwise one is started. */
  adminUrl?: string | undefined;
}

/** The spec's goals: p99 for seeker pages and for the 200-seeker caseload, and no errors. */
export const TEAM_TARGETS = { seekerPagesP99Ms: 50, caseloadLargeP99Ms: 200 } as const;

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Whether each goal was met in a run, with the figure it was judged on. */
function targets(load: LoadReport) {
  const seeker = load.categories.seekerPages;
  const large = load.categories.caseloadLarge;
  const errors =
    load.warmupErrors + Object.values(load.categories).reduce((sum, c) => sum + c.errors, 0);
  return {
    seekerPagesP99: {
      goalMs: TEAM_TARGETS.seekerPagesP99Ms,
      ms: seeker?.p99 ?? null,
      met: seeker !== undefined && seeker.p99 <= TEAM_TARGETS.seekerPagesP99Ms,
    },
    caseloadLargeP99: {
      goalMs: TEAM_TARGETS.caseloadLargeP99Ms,
      ms: large?.p99 ?? null,
      met: large !== undefined && large.p99 <= TEAM_TARGETS.caseloadLargeP99Ms,
    },
    errors: { goal: 0, count: errors, met: errors === 0 },
  };
}

/** One server's figures over three servers', per category: above 1, three servers help. */
function ratios(three: LoadReport, one: LoadReport) {
  const out: Record<string, { p50: number | null; p99: number | null }> = {};
  for (const [name, figures] of Object.entries(three.categories)) {
    const single = one.categories[name];
    const ratio = (a: number | undefined, b: number) =>
      a === undefined || b === 0 ? null : round1(a / b);
    out[name] = { p50: ratio(single?.p50, figures.p50), p99: ratio(single?.p99, figures.p99) };
  }
  return {
    oneOverThree: out,
    throughputThreeOverOne:
      one.requestsPerSecond === 0 ? null : round1(three.requestsPerSecond / one.requestsPerSecond),
  };
}

/** How the load was made, in words, for whoever reads the figures. */
function describeMethod(options: TeamBenchOptions, largeCaseload: number, warmupSeconds: number) {
  return (
    'The loaded database is vacuumed and checkpointed first. ' +
    `${options.clients} clients (one in ten a coach; a quarter of those on the ${largeCaseload}-seeker caseload), each signed in once from its own loopback address, ` +
    `then each sends a request, reads the whole answer and pauses ${options.thinkMs} ms ±50% before the next, round-robin across the servers; ` +
    'seekers: Today (GET /api/agenda) 30%, board (GET /api/applications?limit=1000) 25%, one application 20%, a recovery plan 15%, ' +
    `log an application 5%, complete a plan step 5%; coaches: GET /api/team/caseload. ${warmupSeconds} s of warm-up, then ${options.seconds} s measured, ` +
    'first on three `rebound serve` processes (so also the colder start), then the same clients on one (the other two stopped). ' +
    'Servers, PostgreSQL and the clients share this machine; `cpu` says how busy it was and what the servers and clients used.'
  );
}

/**
 * The team load: an organisation seeded on a fresh PostgreSQL database, three `rebound serve`
 * processes in team mode, every client signed in once, then the mixed load against all three,
 * then the same load against one of them alone.
 */
export async function runTeamBench(options: TeamBenchOptions) {
  const cleanup: (() => Promise<void>)[] = [];
  try {
    let adminUrl = options.adminUrl;
    if (adminUrl === undefined) {
      const server = await startTestPostgres();
      cleanup.unshift(() => server.stop());
      adminUrl = server.url;
    }
    const database = await createThrowawayDatabase(adminUrl, 'rebound_bench');
    cleanup.unshift(database.drop);
    const handle = openDatabase({ dialect: 'postgres', url: database.url, poolSize: 2 });
    cleanup.unshift(() => handle.close());
    await migrateToLatest({ db: handle.db, dialect: 'postgres' });
    const seedStarted = performance.now();
    const team = await seedTeam(handle.db, options.shape, Date.now());
    const seedSeconds = round1((performance.now() - seedStarted) / 1000);
    // A live database is vacuumed and checkpointed in the background long before anyone reads
    // it; a just-loaded one is not. Settle it first, so the measured run is the steady state and
    // not autovacuum and the first reads' hint-bit writes after a bulk load.
    await sql`vacuum (analyze)`.execute(handle.db);
    await sql`checkpoint`.execute(handle.db);

    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rebound-team-bench-'));
    cleanup.unshift(async () => fs.rmSync(dataDir, { recursive: true, force: true }));
    // The servers serve as the application's role, which row-level security binds.
    const serverDatabase = await teamDatabaseEnv(database.url);
    const servers: ServerProcess[] = [];
    for (let i = 0; i < 3; i += 1) {
      const server = await startTeamServer(serverDatabase, dataDir);
      servers.push(server);
      cleanup.unshift(() => server.stop());
    }
    const urls = servers.map((s) => s.url);
    const { clients, signInMs } = await signInClients(team, options.clients, urls);
    cleanup.unshift(() => closeClients(clients));
    const warmupSeconds = Math.min(10, Math.max(1, Math.round(options.seconds / 6)));
    const load = { seconds: options.seconds, warmupSeconds, thinkMs: options.thinkMs };

    const pids = (list: readonly ServerProcess[]) => () => list.map((s) => s.pid);
    const meterThree = cpuMeter(pids(servers));
    const three = await runLoad(clients, { ...load, servers: urls });
    const cpuThree = meterThree();
    for (const server of servers.slice(1)) await server.stop();
    const meterOne = cpuMeter(pids(servers.slice(0, 1)));
    const one = await runLoad(clients, { ...load, servers: urls.slice(0, 1) });
    const cpuOne = meterOne();
    const unexpected = servers.map((s) => s.stderrTail()).filter((text) => text.trim() !== '');

    return {
      method: describeMethod(options, team.caseloadSizes.large, warmupSeconds),
      organisation: {
        seekers: options.shape.seekers,
        coaches: options.shape.coaches,
        caseloads: team.caseloadSizes,
        rows: team.rows,
        seedSeconds,
      },
      settings: { clients: options.clients, ...load },
      signInMs,
      threeServers: { ...three, cpu: cpuThree, targets: targets(three) },
      oneServer: { ...one, cpu: cpuOne, targets: targets(one) },
      ratios: ratios(three, one),
      serverStderr: unexpected,
    };
  } finally {
    for (const step of cleanup) await step().catch((error: unknown) => console.error(error));
  }
}
