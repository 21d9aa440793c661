import { spawn } from 'node:child_process';
import path from 'node:path';

const BIN = path.resolve(import.meta.dirname, '../bin/rebound');

export interface CliResult {
  status: number | null;
  stdout: Buffer;
  stderr: string;
  text: string;
}

/**
 * Runs the real `bin/rebound` (the bundle the test setup built) in a child process. Async, so a
 * server the test runs in this process (an SMTP server) keeps answering meanwhile.
 */
export function runRebound(
  args: readonly string[],
  options: { env?: NodeJS.ProcessEnv; input?: string } = {},
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (status) => {
      const stdout = Buffer.concat(out);
      resolve({
        status,
        stdout,
        stderr: Buffer.concat(err).toString('utf8'),
        text: stdout.toString('utf8'),
      });
    });
    child.stdin.end(options.input ?? '');
  });
}
