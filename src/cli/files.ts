import fs from 'node:fs';
import path from 'node:path';
import { AppError, isAppError } from '../core/app-error';
import { importTooLargeError, MAX_IMPORT_BYTES } from '../core/import-limits';
import { decodeTextFile } from '../core/portability/text-encoding';
import type { Io } from './output';

/**
 * Reads a file to import (or stdin for `-`) as UTF-8; an error names the file. A file larger than
 * one import may hold is refused before it is read, as the API refuses such a request.
 */
export async function readInputFile(io: Io, file: string, flag = 'FILE'): Promise<string> {
  return Buffer.from(await readImportBytes(io, file, flag)).toString('utf8');
}

/** The bytes of a file to import (or stdin for `-`), refused when larger than one import. */
async function readImportBytes(io: Io, file: string, flag: string): Promise<Uint8Array> {
  if (file === '-') {
    const bytes = await io.readStdinBytes(MAX_IMPORT_BYTES);
    if (bytes === undefined) throw importTooLargeError(flag);
    return bytes;
  }
  try {
    const size = fs.statSync(file).size;
    if (size > MAX_IMPORT_BYTES) throw importTooLargeError(flag, size);
    return fs.readFileSync(file);
  } catch (error) {
    if (isAppError(error)) throw error;
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'cannot be read';
    throw AppError.validation(flag, `${file}: ${reason}`);
  }
}

/**
 * Reads another program's text file (or stdin for `-`) in the encoding it was written in: UTF-8,
 * UTF-16 or a legacy code page such as Windows-1252 (see core/portability/text-encoding.ts).
 * A file that cannot be read as text is refused, naming it and the encoding.
 */
export async function readTextFile(io: Io, file: string, flag = 'FILE'): Promise<string> {
  const decoded = decodeTextFile(await readImportBytes(io, file, flag));
  if (!decoded.ok)
    throw AppError.validation(flag, `${file === '-' ? 'stdin' : file}: ${decoded.error}`);
  return decoded.value.text;
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
