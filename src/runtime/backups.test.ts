import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contactInput } from '../../test/factories';
import type { Database } from '../storage/database';
import { columnKinds } from '../storage/migrations/column-kinds';
import { MIGRATIONS } from '../storage/migrations/index';
import { createContact, listContacts } from '../use-cases/contacts';
import { backupsDir, createBackup, listBackups, restoreDatabase } from './backups';
import { resolveConfig } from './config';
import { openWorkspace } from './open-workspace';

let dataDir: string;
beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rebound-backup-'));
});
afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const config = () => resolveConfig({ dataDir }, {});
const databaseFile = () => path.join(dataDir, 'rebound.sqlite');
const names = async () => {
  const workspace = await openWorkspace(config());
  try {
    return (await listContacts(workspace.deps, { limit: 100, offset: 0 })).items
      .map((c) => c.name)
      .sort();
  } finally {
    await workspace.close();
  }
};
async function addContact(name: string) {
  const workspace = await openWorkspace(config());
  try {
    await createContact(workspace.deps, contactInput({ name }));
  } finally {
    await workspace.close();
  }
}
const journalMode = (file: string) => {
  const db = new SQLite(file, { readonly: true });
  try {
    return db.pragma('journal_mode', { simple: true });
  } finally {
    db.close();
  }
};

describe('backups', () => {
  it('copies the live database into a timestamped, self-contained file', async () => {
    await addContact('Zoë Ångström');
    const workspace = await openWorkspace(config());
    // Taken while the database is open, as when the server runs.
    const info = await createBackup(
      databaseFile(),
      backupsDir(dataDir),
      'manual',
      new Date('2026-11-26T09:30:00.123Z'),
    );
    await workspace.close();
    expect(info).toMatchObject({ reason: 'manual', createdAt: '2026-11-26T09:30:00.123Z' });
    expect(info.name).toMatch(/^rebound-2026-11-26T09-30-00-123Z-manual-[0-9a-f]{20}\.sqlite$/);
    const file = path.join(backupsDir(dataDir), info.name);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.statSync(backupsDir(dataDir)).mode & 0o777).toBe(0o700);
    expect(journalMode(file)).toBe('delete');
    expect(fs.readdirSync(backupsDir(dataDir))).toEqual([info.name]);
    const copy = new SQLite(file, { readonly: true });
    expect(copy.prepare('select name from contacts').all()).toEqual([{ name: 'Zoë Ångström' }]);
    copy.close();
    const second = await createBackup(
      databaseFile(),
      backupsDir(dataDir),
      'manual',
      new Date('2026-11-26T09:30:00.123Z'),
    );
    expect(second.name).toMatch(/^rebound-2026-11-26T09-30-00-123Z-manual-1-[0-9a-f]{20}\.sqlite$/);
    expect(second.name.slice(-27)).not.toBe(info.name.slice(-27));
    // A backup named the way older versions did is still listed (and so can be restored).
    const legacy = 'rebound-2026-11-25T08-00-00-000Z-pre-migration.sqlite';
    fs.copyFileSync(file, path.join(backupsDir(dataDir), legacy));
    expect(listBackups(backupsDir(dataDir)).map((b) => b.name)).toEqual([
      second.name,
      info.name,
      legacy,
    ]);
  });

  it('restores a backup after saving the current database, keeping WAL mode', async () => {
    await addContact('Before');
    const backup = await createBackup(databaseFile(), backupsDir(dataDir), 'manual');
    await addContact('After');
    const result = await restoreDatabase(
      databaseFile(),
      path.join(backupsDir(dataDir), backup.name),
      backupsDir(dataDir),
    );
    expect(result.safetyBackup?.reason).toBe('pre-restore');
    expect(await names()).toEqual(['Before']);
    expect(journalMode(databaseFile())).toBe('wal');
    await restoreDatabase(
      databaseFile(),
      path.join(backupsDir(dataDir), result.safetyBackup!.name),
      backupsDir(dataDir),
    );
    expect(await names()).toEqual(['After', 'Before']);
    expect(fs.readdirSync(backupsDir(dataDir)).filter((n) => n.startsWith('.restore'))).toEqual([]);
  });

  it('refuses files that are not sound Rebound databases, changing nothing', async () => {
    await addContact('Kept');
    const bad = path.join(dataDir, 'bad');
    const refuse = async (file: string, message: RegExp) => {
      await expect(
        restoreDatabase(databaseFile(), file, backupsDir(dataDir)),
      ).rejects.toMatchObject({
        code: 'validation',
        field: 'FILE',
        message: expect.stringMatching(message),
      });
    };
    fs.writeFileSync(bad, 'First Name,Last Name\n'.repeat(500));
    await refuse(bad, /is not a SQLite database/);
    await refuse(path.join(dataDir, 'missing.sqlite'), /cannot read/);

    const other = new SQLite(bad + '.sqlite');
    other.exec('create table notes (body text)');
    other.close();
    await refuse(bad + '.sqlite', /is a SQLite database but not a Rebound one/);

    const newer = path.join(dataDir, 'newer.sqlite');
    await createBackup(databaseFile(), dataDir, 'manual').then((b) =>
      fs.renameSync(path.join(dataDir, b.name), newer),
    );
    const db = new SQLite(newer);
    db.prepare('insert into rebound_migrations (name, timestamp) values (?, ?)').run(
      '29990101000000_future',
      new Date().toISOString(),
    );
    db.close();
    await refuse(newer, /newer version of Rebound \(it has the upgrade 29990101000000_future\)/);

    const damaged = path.join(dataDir, 'damaged.sqlite');
    fs.copyFileSync(newer, damaged);
    const bytes = fs.readFileSync(damaged);
    bytes.fill(0x41, 4096 * 2, 4096 * 2 + 2000);
    fs.writeFileSync(damaged, bytes);
    await refuse(damaged, /is damaged|is not a SQLite database/);

    expect(await names()).toEqual(['Kept']);
    expect(listBackups(backupsDir(dataDir))).toEqual([]);
  });

  it('backs up an existing database before upgrading it, and only then', async () => {
    // A database made by an older version: only the first upgrade applied.
    const raw = new SQLite(databaseFile());
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) });
    const kinds = columnKinds('sqlite');
    const first = MIGRATIONS[0]!;
    const migrator = new Migrator({
      db,
      migrationTableName: 'rebound_migrations',
      migrationLockTableName: 'rebound_migrations_lock',
      provider: {
        getMigrations: async () => ({ [first.name]: { up: (m) => first.up(m, kinds) } }),
      },
    });
    expect((await migrator.migrateToLatest()).error).toBeUndefined();
    await db.destroy();

    await (await openWorkspace(config())).close();
    const [backup, ...others] = listBackups(backupsDir(dataDir));
    expect(others).toEqual([]);
    expect(backup?.reason).toBe('pre-migration');
    const copy = new SQLite(path.join(backupsDir(dataDir), backup!.name), { readonly: true });
    expect(copy.prepare('select name from rebound_migrations').all()).toEqual([
      { name: first.name },
    ]);
    copy.close();

    await (await openWorkspace(config())).close();
    expect(listBackups(backupsDir(dataDir))).toHaveLength(1);
  });

  it('takes no backup of a brand-new database', async () => {
    await (await openWorkspace(config())).close();
    expect(fs.existsSync(backupsDir(dataDir))).toBe(false);
  });
});
