import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { backupsDir, restoreDatabase } from './backups';
import { resolveConfig } from './config';
import { openWorkspace } from './open-workspace';

let dataDir: string;
beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rebound-leftovers-'));
});
afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

/** The id of a process that ran and is gone, as a restore killed with SIGKILL is. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
    encoding: 'utf8',
  });
  return Number(child.stdout);
}

it('removes the scratch copies of killed restores at start, and leaves one still in use', async () => {
  const dir = backupsDir(dataDir);
  fs.mkdirSync(dir, { recursive: true });
  const dead = deadPid();
  const running = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
  try {
    const killed = [
      `.restore-${dead}-1765000000000.sqlite`,
      `.restore-${dead}-1765000000000.sqlite-wal`,
    ];
    const inUse = `.restore-${running.pid}-1765000000001.sqlite`;
    const backup = 'rebound-2026-11-26T09-30-00-000Z-manual.sqlite';
    for (const name of [...killed, inUse, backup]) fs.writeFileSync(path.join(dir, name), 'x');

    const workspace = await openWorkspace(resolveConfig({ dataDir }, {}));
    await workspace.close();

    expect(fs.readdirSync(dir).sort()).toEqual([inUse, backup].sort());
  } finally {
    running.kill();
  }
});

it('leaves no scratch copy behind when the file to restore is refused', async () => {
  const workspace = await openWorkspace(resolveConfig({ dataDir }, {}));
  await workspace.close();
  const bogus = path.join(dataDir, 'not-a-database.sqlite');
  fs.writeFileSync(bogus, 'this is not SQLite '.repeat(1000));
  const dir = backupsDir(dataDir);
  await expect(
    restoreDatabase(path.join(dataDir, 'rebound.sqlite'), bogus, dir),
  ).rejects.toMatchObject({ code: 'validation' });
  expect(fs.readdirSync(dir).filter((name) => name.startsWith('.restore-'))).toEqual([]);
});
