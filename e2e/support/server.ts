import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface TestServer {
  url: string;
  dataDir: string;
  /** Calls the API directly, to arrange data a test is not about. */
  api<T = unknown>(method: string, route: string, body?: unknown): Promise<T>;
  stop(): Promise<void>;
}

/** A port free on 127.0.0.1 now, for a server whose address must be known before it starts. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface StartServerOptions {
  /** The port to listen on, when something must know the address first (a sign-in provider). */
  port?: number;
  /** More environment for the server, given the address it will listen on (team mode, mail). */
  env?: (url: string) => Record<string, string>;
}

/** Starts `bin/rebound serve` on 127.0.0.1 with a fresh data folder, as a user would run it. */
export async function startServer(options: StartServerOptions = {}): Promise<TestServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rebound-e2e-data-'));
  const port = options.port ?? (await freePort());
  const extraEnv = options.env?.(`http://127.0.0.1:${port}`) ?? {};
  const child: ChildProcess = spawn(
    process.execPath,
    [
      'bin/rebound',
      '--data',
      dataDir,
      '--json',
      'serve',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
    ],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, DATABASE_URL: '', ...extraEnv },
    },
  );
  let output = '';
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 20_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /"url":\s*"([^"]+)"/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    dataDir,
    async api<T>(method: string, route: string, body?: unknown): Promise<T> {
      // The header every change needs when it is not JSON (a body-less POST), as the app sends.
      const headers = { 'X-Rebound-Request': '1' };
      const response = await fetch(`${url}/api${route}`, {
        method,
        headers: body === undefined ? headers : { ...headers, 'Content-Type': 'application/json' },
        ...(body !== undefined && { body: JSON.stringify(body) }),
      });
      if (!response.ok) {
        throw new Error(`${method} ${route} answered ${response.status}: ${await response.text()}`);
      }
      return (response.status === 204 ? undefined : await response.json()) as T;
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
