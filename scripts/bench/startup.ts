import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { BenchSection } from '../bench';
import { summarize } from './_stats';

const RUNS = 7;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Milliseconds from spawning `command` until GET /api/health answers. */
async function timeToFirstResponse(command: string, args: string[], dataDir: string) {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(command, args, {
    env: { ...process.env, REBOUND_DATA: dataDir, REBOUND_PORT: String(port), DATABASE_URL: '' },
    stdio: 'ignore',
    detached: true,
  });
  try {
    for (;;) {
      try {
        const response = await fetch(`http://127.0.0.1:${port}/api/health`);
        if (response.ok) return performance.now() - started;
      } catch {
        // Not listening yet.
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
      if (performance.now() - started > 30_000) throw new Error(`${command} did not answer`);
    }
  } finally {
    process.kill(-(child.pid ?? 0), 'SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

/** Cold start of the installed app: `npm start` and `bin/rebound serve`, on an existing data folder. */
const section: BenchSection = {
  name: 'startup',
  async run() {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rebound-start-'));
    await timeToFirstResponse(process.execPath, ['bin/rebound', 'serve'], dataDir); // creates the database
    const npmStart: number[] = [];
    const binServe: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      npmStart.push(await timeToFirstResponse('npm', ['start', '--silent'], dataDir));
      binServe.push(await timeToFirstResponse(process.execPath, ['bin/rebound', 'serve'], dataDir));
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
    const npm = summarize(npmStart);
    return {
      method: `${RUNS} runs each, alternating, on an existing data folder: time from spawn to the first 200 from /api/health`,
      npmStartMs: npm,
      binServeMs: summarize(binServe),
      meetsGoal: npm.max <= 2000,
    };
  },
};

export default section;
