/**
 * What the largest import one request may carry costs the server: a workspace export just under
 * the size limit is posted to a running `rebound serve`, and the server's peak resident memory
 * (Linux's VmHWM) is read before and after. A body declared larger than the limit is refused
 * before it is read, so it adds nothing.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_IMPORT_BYTES } from '../../src/core/import-limits';
import type { BenchSection } from '../bench';
import { buildServer } from '../build-server';

const BIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bin/rebound');
/** The sample workspace's export grows by about 0.52 MB per unit of scale. */
const SCALE = 90;

const megabytes = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

function memoryOf(pid: number): { rssMB: number; peakMB: number } | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
    return { rssMB: megabytes(kb('VmRSS') * 1024), peakMB: megabytes(kb('VmHWM') * 1024) };
  } catch {
    return null;
  }
}

function rebound(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`rebound ${args.join(' ')}: ${result.stderr}`);
}

async function serve(dataDir: string) {
  const child = spawn(process.execPath, [BIN, '--data', dataDir, '--json', 'serve', '--port', '0']);
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /"url":\s*"([^"]+)"/.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return { child, url };
}

async function run() {
  await buildServer();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rebound-bench-limits-'));
  const { child, url } = await serve(path.join(dir, 'server'));
  try {
    const file = path.join(dir, 'workspace.json');
    rebound(['--data', path.join(dir, 'source'), 'demo', '--scale', String(SCALE)]);
    rebound(['--data', path.join(dir, 'source'), 'export', '--out', file]);
    const body = fs.readFileSync(file);
    const document = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
    const records = Object.values(document).reduce<number>(
      (sum, v) => sum + (Array.isArray(v) ? v.length : 0),
      0,
    );
    const idle = memoryOf(child.pid ?? 0);
    const started = performance.now();
    const imported = await fetch(`${url}/api/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    const importMs = Math.round(performance.now() - started);
    const afterImport = memoryOf(child.pid ?? 0);
    const refused = await fetch(`${url}/api/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: Buffer.alloc(MAX_IMPORT_BYTES + 1, 32),
    });
    return {
      loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
      limitMB: megabytes(MAX_IMPORT_BYTES),
      fileMB: megabytes(body.length),
      records,
      importStatus: imported.status,
      importMs,
      idleRssMB: idle?.rssMB ?? null,
      peakRssMB: afterImport?.peakMB ?? null,
      peakOverIdleMB: idle && afterImport ? Math.round(afterImport.peakMB - idle.rssMB) : null,
      overLimitStatus: refused.status,
      peakAfterRefusalMB: memoryOf(child.pid ?? 0)?.peakMB ?? null,
    };
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const section: BenchSection = { name: 'import-limits', run };
export default section;
