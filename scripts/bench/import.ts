/**
 * The LinkedIn import target: 30,000 connections in under 3 s for the whole command — process
 * start, reading the file, matching, writing, exit — into a fresh data folder, and the same file
 * imported again (every row matched, nothing written). The people share a hundred names at five
 * companies, as a large network does, each with a profile of their own: the import must keep
 * all 30,000 apart (`createdAll`).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateConnections, linkedInCsv } from '../../test/fixtures/linkedin';
import type { BenchSection } from '../bench';
import { buildServer } from '../build-server';

const ROWS = 30_000;
const RUNS = 5;
const TARGET_MS = 3000;
const BIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bin/rebound');

function timeCommand(args: string[]): { ms: number; report: Record<string, unknown> } {
  const started = performance.now();
  const result = spawnSync(process.execPath, [BIN, ...args, '--json'], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`rebound ${args.join(' ')} failed: ${result.stderr}`);
  return { ms, report: JSON.parse(result.stdout) as Record<string, unknown> };
}

const stats = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    runs: sorted.length,
    minMs: Math.round(sorted[0] ?? 0),
    medianMs: Math.round(sorted[Math.floor(sorted.length / 2)] ?? 0),
    maxMs: Math.round(sorted.at(-1) ?? 0),
  };
};

async function run() {
  await buildServer();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rebound-bench-import-'));
  try {
    const file = path.join(dir, 'Connections.csv');
    fs.writeFileSync(file, linkedInCsv(generateConnections(ROWS, { namesakes: true })));
    const first: number[] = [];
    const again: number[] = [];
    let created = 0;
    let skipped = 0;
    for (let i = 0; i < RUNS; i += 1) {
      const data = path.join(dir, `data-${i}`);
      const fresh = timeCommand(['--data', data, 'import', 'linkedin', file]);
      const repeat = timeCommand(['--data', data, 'import', 'linkedin', file]);
      first.push(fresh.ms);
      again.push(repeat.ms);
      created = Number(fresh.report.created);
      skipped = Number(repeat.report.skipped);
    }
    const firstImport = stats(first);
    const reimport = stats(again);
    return {
      // Other work on the machine slows a whole-command timing; the load shows how busy it was.
      loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
      rows: ROWS,
      fileMB: Math.round((fs.statSync(file).size / 1024 / 1024) * 10) / 10,
      distinctPeople: ROWS,
      created,
      createdAll: created === ROWS,
      skippedOnReimport: skipped,
      targetMs: TARGET_MS,
      firstImport,
      reimport,
      meetsTarget:
        created === ROWS && firstImport.medianMs < TARGET_MS && reimport.medianMs < TARGET_MS,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const section: BenchSection = { name: 'import', run };
export default section;
