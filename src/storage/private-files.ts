import fs from 'node:fs';
import path from 'node:path';

/** Files Rebound writes hold someone's job search: only their owner may read them. */
export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_DIR_MODE = 0o700;

/** Whether this process owns the path (chmod would fail otherwise; Windows has no owners). */
function ownedByUs(stats: fs.Stats): boolean {
  return typeof process.getuid !== 'function' || stats.uid === process.getuid();
}

function restrict(target: string, mode: number, kind: 'file' | 'dir'): void {
  let stats: fs.Stats;
  try {
    stats = fs.statSync(target);
  } catch {
    return;
  }
  if (kind === 'file' ? !stats.isFile() : !stats.isDirectory()) return;
  if ((stats.mode & 0o777) === mode || !ownedByUs(stats)) return;
  // A shared folder such as /tmp (sticky bit) or the root is never narrowed, even as root.
  if (kind === 'dir' && ((stats.mode & 0o1000) !== 0 || path.dirname(target) === target)) return;
  fs.chmodSync(target, mode);
}

/** Makes an existing file readable and writable by its owner only (0600); a missing one is left. */
export function makePrivateFile(file: string): void {
  restrict(file, PRIVATE_FILE_MODE, 'file');
}

/** Creates a folder (and its parents) if needed, and makes it its owner's only (0700). */
export function makePrivateDir(dir: string): void {
  const resolved = path.resolve(dir);
  fs.mkdirSync(resolved, { recursive: true, mode: PRIVATE_DIR_MODE });
  restrict(resolved, PRIVATE_DIR_MODE, 'dir');
}

/** Creates an empty file readable by its owner only, unless it exists already. */
export function createPrivateFile(file: string): void {
  try {
    fs.writeFileSync(file, '', { mode: PRIVATE_FILE_MODE, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  makePrivateFile(file);
}

/** The files SQLite keeps beside a database: its write-ahead log, shared memory and journal. */
export const SQLITE_COMPANION_SUFFIXES = ['-wal', '-shm', '-journal'] as const;

/**
 * Makes a SQLite database and the files beside it private. SQLite gives its log files the mode of
 * the database file, so a private database keeps them private when they come back.
 */
export function makeSqliteFilesPrivate(file: string): void {
  makePrivateFile(file);
  for (const suffix of SQLITE_COMPANION_SUFFIXES) makePrivateFile(`${file}${suffix}`);
}

/**
 * Writes a JSON settings file in the data folder atomically (a temporary file, then renamed),
 * readable by its owner only: it may hold a password.
 */
export function writePrivateJson(dataDir: string, name: string, value: unknown): void {
  makePrivateDir(dataDir);
  const file = path.join(dataDir, name);
  const temporary = `${file}.${process.pid}.partial`;
  fs.writeFileSync(temporary, `${JSON.stringify(value, null, 2)}\n`, { mode: PRIVATE_FILE_MODE });
  fs.renameSync(temporary, file);
}

/**
 * Reads a JSON file in the data folder: its parsed content (undefined when it is not JSON), or
 * null when there is no such file. Checking what it holds is the caller's, which knows.
 */
export function readDataFile(
  dataDir: string,
  name: string,
): { file: string; json: unknown } | null {
  const file = path.join(dataDir, name);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  try {
    return { file, json: JSON.parse(text) };
  } catch {
    return { file, json: undefined };
  }
}
