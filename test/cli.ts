import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';

export const BIN = path.resolve('bin/rebound');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real `bin/rebound` in a child process, as a user's shell would. */
export function runRebound(
  args: string[],
  options: { input?: string; env?: Record<string, string | undefined>; cwd?: string } = {},
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd ?? process.cwd(),
      env: { ...process.env, DATABASE_URL: '', REBOUND_DATA: '', ...options.env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    // A command may stop reading its input early (refusing it as too large): not a test failure.
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
  });
}

/**
 * `bin/rebound` on one data folder (read when a command runs, so it can be made in `beforeAll`):
 * `rebound` as is, and `reboundJson` with `--json`, expecting success and returning the output.
 */
export function reboundOn(data: () => string) {
  const rebound = (...args: string[]) => runRebound([...args, '--data', data()]);
  // CLI JSON output is read loosely in tests.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const reboundJson = async (...args: string[]): Promise<any> => {
    const result = await rebound(...args, '--json');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    return JSON.parse(result.stdout);
  };
  return { rebound, reboundJson };
}

export function tempDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'rebound-cli-'));
}

/** Like {@link runRebound}, with stdout as bytes: for exports whose exact bytes matter (a BOM). */
export function runReboundBytes(
  args: string[],
  options: { env?: Record<string, string | undefined> } = {},
): Promise<{ code: number | null; stdout: Buffer; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { ...process.env, DATABASE_URL: '', REBOUND_DATA: '', ...options.env },
    });
    const out: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out), stderr }));
    child.stdin.end();
  });
}
