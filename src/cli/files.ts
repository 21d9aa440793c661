import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../core/app-error';
import type { Io } from './output';

/** Reads a file the user named (or stdin for `-`) as UTF-8; an error names the file. */
export async function readInputFile(io: Io, file: string, flag = 'FILE'): Promise<string> {
  if (file === '-') return io.readStdin();
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'cannot be read';
    throw AppError.validation(flag, `${file}: ${reason}`);
  }
}

/**
 * Writes a file completely or not at all: into `FILE.partial`, then renamed, so an interrupted
 * export never leaves a truncated file under the real name. Returns the full path.
 */
export function writeFileAtomically(file: string, data: string | Uint8Array): string {
  const target = path.resolve(file);
  const temporary = `${target}.partial`;
  try {
    // The user's data: readable by them only, like everything else Rebound writes.
    fs.writeFileSync(temporary, data, { mode: 0o600 });
    fs.renameSync(temporary, target);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw AppError.validation('--out', `cannot write ${file} (${(error as Error).message})`);
  }
  return target;
}
