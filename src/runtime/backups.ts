import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { AppError } from '../core/app-error';
import type { BackupInfo } from '../http/services';
import { MIGRATIONS } from '../storage/migrations/index';
import {
  createPrivateFile,
  makePrivateDir,
  makePrivateFile,
  makeSqliteFilesPrivate,
} from '../storage/private-files';

/** Backups live in the data folder, next to the database: `<data>/backups/`. */
export const BACKUPS_FOLDER = 'backups';

export type BackupReason = BackupInfo['reason'];

// Names from before the random part was added still list and restore.
const NAME =
  /^rebound-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)-(manual|pre-migration|pre-restore)(?:-(\d+))?(?:-([0-9a-f]{20}))?\.sqlite$/;
const attemptOf = (name: string) => Number(NAME.exec(name)?.[3] ?? 0);

export function backupsDir(dataDir: string): string {
  return path.join(dataDir, BACKUPS_FOLDER);
}

/**
 * `rebound-2026-11-26T09-30-00-000Z-manual-9f86d081884c7d659a2f.sqlite`: sortable, valid on every
 * file system, and not guessable from the time it was taken (80 random bits), so nothing that
 * can only guess names — a page on another site, a stray script — can point a restore at one.
 */
function backupName(at: Date, reason: BackupReason, attempt: number): string {
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  const random = randomBytes(10).toString('hex');
  return `rebound-${stamp}-${reason}${attempt > 0 ? `-${attempt}` : ''}-${random}.sqlite`;
}

function infoOf(file: string): BackupInfo | undefined {
  const match = NAME.exec(path.basename(file));
  if (!match) return undefined;
  const [date, time] = (match[1] as string).split('T') as [string, string];
  const [h, m, s, ms] = time.replace('Z', '').split('-');
  return {
    name: path.basename(file),
    size: fs.statSync(file).size,
    createdAt: `${date}T${h}:${m}:${s}.${ms}Z`,
    reason: match[2] as BackupReason,
  };
}

/** Every backup in the folder, newest first. */
export function listBackups(dir: string): BackupInfo[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .map((name) => infoOf(path.join(dir, name)))
    .filter((info): info is BackupInfo => info !== undefined)
    .sort(
      (a, b) => b.createdAt.localeCompare(a.createdAt) || attemptOf(b.name) - attemptOf(a.name),
    );
}

function quickCheck(database: SQLite.Database): string {
  const rows = database.pragma('quick_check') as { quick_check: string }[];
  return rows.map((r) => r.quick_check).join('; ');
}

/**
 * Copies the live database with SQLite's online backup (consistent even while Rebound runs),
 * into a `.partial` file that becomes the backup only once complete and checked — a crash
 * never leaves a half backup with a real name. The copy is a single self-contained file.
 */
export async function backupDatabase(databaseFile: string, target: string): Promise<void> {
  if (!fs.existsSync(databaseFile)) {
    throw new AppError('not_found', `There is no database at ${databaseFile} to back up yet.`, {
      field: 'data',
    });
  }
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const partial = `${target}.partial`;
  fs.rmSync(partial, { force: true });
  // Created empty and private first: SQLite would make the copy with the usual 0644.
  createPrivateFile(partial);
  const source = new SQLite(databaseFile, { fileMustExist: true });
  try {
    source.pragma('busy_timeout = 5000');
    await source.backup(partial);
  } finally {
    source.close();
  }
  const copy = new SQLite(partial);
  try {
    copy.pragma('journal_mode = DELETE');
    const check = quickCheck(copy);
    if (check !== 'ok') throw new Error(`The backup copy failed its check: ${check}`);
  } finally {
    copy.close();
  }
  fs.renameSync(partial, target);
}

/** Takes a timestamped backup into the backups folder (readable by its owner only). */
export async function createBackup(
  databaseFile: string,
  dir: string,
  reason: BackupReason,
  now: Date = new Date(),
): Promise<BackupInfo> {
  makePrivateDir(dir);
  // Backups taken in the same millisecond keep their order by a counter after the reason.
  const stamp = backupName(now, reason, 0).replace(/-[0-9a-f]{20}\.sqlite$/, '');
  const attempt = fs.readdirSync(dir).filter((name) => {
    const match = NAME.exec(name);
    return match !== null && name.startsWith(stamp) && match[2] === reason;
  }).length;
  const target = path.join(dir, backupName(now, reason, attempt));
  await backupDatabase(databaseFile, target);
  return infoOf(target) as BackupInfo;
}

/** Why a file cannot be restored, or undefined when it is a sound Rebound database. */
function problemWith(candidate: SQLite.Database, shown: string): string | undefined {
  let check: string;
  try {
    check = (candidate.pragma('integrity_check') as { integrity_check: string }[])
      .map((r) => r.integrity_check)
      .join('; ');
  } catch {
    return `${shown} is not a SQLite database`;
  }
  if (check !== 'ok')
    return `${shown} is damaged: SQLite's integrity check says ${check.slice(0, 200)}`;
  const tables = new Set(
    (
      candidate.prepare("select name from sqlite_master where type = 'table'").all() as {
        name: string;
      }[]
    ).map((r) => r.name),
  );
  if (!tables.has('rebound_migrations') || !tables.has('workspaces'))
    return `${shown} is a SQLite database but not a Rebound one`;
  const known = new Set(MIGRATIONS.map((m) => m.name));
  const applied = (
    candidate.prepare('select name from rebound_migrations').all() as { name: string }[]
  ).map((r) => r.name);
  const unknown = applied.find((name) => !known.has(name));
  if (unknown !== undefined)
    return `${shown} was made by a newer version of Rebound (it has the upgrade ${unknown}); update Rebound first`;
  return undefined;
}

/** Copies the candidate (and a WAL file beside it) to a scratch file, so checks never touch the original. */
function scratchCopy(from: string, dir: string): string {
  const scratch = path.join(dir, `.restore-${process.pid}-${Date.now()}.sqlite`);
  makePrivateDir(dir);
  try {
    // A copy keeps the mode of its source, which may be any file the user named.
    fs.copyFileSync(from, scratch);
    makePrivateFile(scratch);
    if (fs.existsSync(`${from}-wal`)) {
      fs.copyFileSync(`${from}-wal`, `${scratch}-wal`);
      makePrivateFile(`${scratch}-wal`);
    }
  } catch (error) {
    // A copy cut short (a full disk) must not stay behind either.
    removeScratch(scratch);
    throw error;
  }
  return scratch;
}

const SCRATCH_SUFFIXES = ['', '-wal', '-shm', '-journal'];

const removeScratch = (scratch: string) => {
  for (const suffix of SCRATCH_SUFFIXES) fs.rmSync(`${scratch}${suffix}`, { force: true });
};

const SCRATCH_NAME = /^\.restore-(\d+)-\d+\.sqlite(?:-wal|-shm|-journal)?$/;

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the scratch copies of restores that were killed before they could tidy up (a
 * database-sized file each). A copy whose process still runs — a restore under way in the CLI
 * while the server starts — is left alone. Returns the names removed.
 */
export function removeRestoreLeftovers(dir: string): string[] {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const match = SCRATCH_NAME.exec(name);
    if (!match || isRunning(Number(match[1]))) continue;
    fs.rmSync(path.join(dir, name), { force: true });
    removed.push(name);
  }
  return removed;
}

/**
 * Replaces the database with a backup. The file is first checked (SQLite, intact, Rebound, not
 * from a newer version) on a scratch copy; then the current database is backed up; then the
 * backup is copied in with SQLite's backup API, which writes it in one transaction — a crash
 * midway leaves the database as it was, never half restored.
 */
export async function restoreDatabase(
  databaseFile: string,
  from: string,
  dir: string,
  now: Date = new Date(),
  { shownAs = from }: { shownAs?: string } = {},
): Promise<{ restoredFrom: string; safetyBackup: BackupInfo | null }> {
  const source = path.resolve(from);
  if (!fs.existsSync(source) || !fs.statSync(source).isFile())
    throw AppError.validation('FILE', `cannot read ${shownAs}`);
  const scratch = scratchCopy(source, dir);
  try {
    const candidate = new SQLite(scratch);
    try {
      const problem = problemWith(candidate, shownAs);
      if (problem !== undefined) throw AppError.validation('FILE', problem);
      const safetyBackup = fs.existsSync(databaseFile)
        ? await createBackup(databaseFile, dir, 'pre-restore', now)
        : null;
      createPrivateFile(databaseFile);
      // One step for all pages: the destination's write transaction spans the whole copy.
      await candidate.backup(databaseFile, { progress: () => 0x7fffffff });
      makeSqliteFilesPrivate(databaseFile);
      return { restoredFrom: source, safetyBackup };
    } finally {
      candidate.close();
    }
  } catch (error) {
    if (error instanceof Error && /SQLITE_BUSY|database is locked/i.test(error.message)) {
      throw new AppError('conflict', 'The database is busy; try the restore again in a moment.', {
        field: 'data',
        cause: error,
      });
    }
    throw error;
  } finally {
    removeScratch(scratch);
  }
}
