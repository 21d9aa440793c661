import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRebound } from '../../test/cli';
import { generateConnections, linkedInCsv } from '../../test/fixtures/linkedin';

const BIN = path.resolve(import.meta.dirname, '../../bin/rebound');
const ROWS = 120_000;

let dir: string;
let data: string;
let csv: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rebound-crash-'));
  data = path.join(dir, 'data');
  csv = path.join(dir, 'Connections.csv');
  fs.writeFileSync(csv, linkedInCsv(generateConnections(ROWS)));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const databaseFile = () => path.join(data, 'rebound.sqlite');
const walSize = () => {
  try {
    return fs.statSync(`${databaseFile()}-wal`).size;
  } catch {
    return 0;
  }
};

/** Starts the import and SIGKILLs it once `when` says so; resolves with how it ended. */
function importAndKill(
  when: (elapsedMs: number) => boolean,
): Promise<{ signal: NodeJS.Signals | null; code: number | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, '--data', data, 'import', 'linkedin', csv], {
      stdio: 'ignore',
    });
    const started = Date.now();
    const timer = setInterval(() => {
      if (when(Date.now() - started)) child.kill('SIGKILL');
    }, 2);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearInterval(timer);
      resolve({ code, signal });
    });
  });
}

/** Opens the database as a fresh process would after the crash, and reads what it holds. */
function inspect() {
  const db = new SQLite(databaseFile());
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    const contacts = (db.prepare('select count(*) as n from contacts').get() as { n: number }).n;
    return { integrity, contacts };
  } finally {
    db.close();
  }
}

describe('a killed import', () => {
  it('leaves an intact database holding none of the import when killed while writing', async () => {
    await runRebound(['--data', data, 'contacts', 'add', '--name', 'Already here']);
    // Uncommitted pages reach the WAL once the import's transaction outgrows SQLite's page cache:
    // killing then is killing in the middle of writing.
    const ended = await importAndKill(() => walSize() > 2 * 1024 * 1024);
    expect(ended.signal).toBe('SIGKILL');
    expect(inspect()).toEqual({ integrity: 'ok', contacts: 1 });
  }, 180_000);

  it('holds all of it or none of it, wherever the kill lands, and the next import completes', async () => {
    for (const delay of [250, 700, 1500]) {
      const before = inspect().contacts;
      const ended = await importAndKill((elapsed) => elapsed >= delay);
      const after = inspect();
      expect(after.integrity).toBe('ok');
      if (ended.signal === 'SIGKILL') expect([before, before + ROWS]).toContain(after.contacts);
    }
    const finished = await runRebound(['--data', data, 'import', 'linkedin', csv, '--json']);
    expect(finished.code).toBe(0);
    expect(inspect()).toEqual({ integrity: 'ok', contacts: 1 + ROWS });
  }, 300_000);
});
