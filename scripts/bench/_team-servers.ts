import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A `rebound serve` in team mode running in its own process. */
export interface ServerProcess {
  url: string;
  pid: number;
  /** The end of what it wrote to stderr, for a report when something went wrong. */
  stderrTail(): string;
  stop(): Promise<void>;
}

/**
 * Starts `rebound serve` in team mode as a separate Node process on 127.0.0.1 and a free port,
 * run from source (as `npm start` runs the build, with the same V8 flag), so the code measured
 * is the code in the tree. Resolves once it prints where it listens.
 */
export async function startTeamServer(
  database: { DATABASE_URL: string; DATABASE_OWNER_URL: string },
  dataDir: string,
): Promise<ServerProcess> {
  const child = spawn(
    process.execPath,
    [
      ...(process.env.BENCH_TEAM_CPU_PROF
        ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_TEAM_CPU_PROF}`]
        : []),
      '--max-semi-space-size=64',
      '--import',
      'tsx',
      'src/cli/bin.ts',
      'serve',
      '--port',
      '0',
      '--host',
      '127.0.0.1',
      '--json',
    ],
    {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        REBOUND_MODE: 'team',
        ...database,
        REBOUND_DATA: dataDir,
        // To compare with prepared statements off, as behind a pooler that cannot keep them.
        ...(process.env.DATABASE_PREPARED_STATEMENTS !== undefined && {
          DATABASE_PREPARED_STATEMENTS: process.env.DATABASE_PREPARED_STATEMENTS,
        }),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4096);
  });
  const stopOnExit = () => child.kill('SIGKILL');
  process.once('exit', stopOnExit);
  try {
    const url = await listening(child, () => stderr);
    return {
      url,
      pid: child.pid ?? 0,
      stderrTail: () => stderr,
      async stop() {
        process.removeListener('exit', stopOnExit);
        await stopChild(child);
      },
    };
  } catch (error) {
    process.removeListener('exit', stopOnExit);
    await stopChild(child);
    throw error;
  }
}

/** The URL `serve --json` prints; rejects if the process ends first. */
function listening(child: ChildProcess, stderr: () => string): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(
      () => reject(new Error(`rebound serve did not start in 60 s:\n${stderr()}`)),
      60_000,
    );
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      // `--json` prints one document, possibly over several chunks: wait until it parses.
      let printed: { url?: unknown };
      try {
        printed = JSON.parse(out) as { url?: unknown };
      } catch {
        return;
      }
      clearTimeout(timer);
      if (typeof printed.url === 'string') resolve(printed.url);
      else reject(new Error(`rebound serve printed ${out}`));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`rebound serve exited (${code}) while starting:\n${stderr()}`));
    });
  });
}

/** SIGTERM (the server closes its connections and pool), SIGKILL after ten seconds. */
async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(force);
}
