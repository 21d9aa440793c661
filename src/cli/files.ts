import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../core/app-error';
import { decodeTextFile } from '../core/portability/text-encoding';
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
 * Reads another program's text file (or stdin for `-`) in the encoding it was written in: UTF-8,
 * UTF-16 or a legacy code page such as Windows-1252 (see core/portability/text-encoding.ts).
 * A file that cannot be read as text is refused, naming it and the encoding.
 */
export async function readTextFile(io: Io, file: string, flag = 'FILE'): Promise<string> {
  let bytes: Uint8Array;
  if (file === '-') bytes = await io.readStdinBytes();
  else {
    try {
      bytes = fs.readFileSync(file);
    } catch (error) {
      const reason =
        (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'cannot be read';
      throw AppError.validation(flag, `${file}: ${reason}`);
    }
  }
  const decoded = decodeTextFile(bytes);
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
    fs.writeFileSync(temporary, data);
    fs.renameSync(temporary, target);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw AppError.validation('--out', `cannot write ${file} (${(error as Error).message})`);
  }
  return target;
}
