import { AppError } from './app-error';

/**
 * What one import may cost. A workspace document is parsed whole before anything is written (so a
 * bad record anywhere refuses all of it), which takes about eight times its size in memory: 50 MB
 * is about 450 MB at the peak (`npm run bench -- import-limits`). Larger requests are refused
 * before their body is read.
 */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
/** Records in one workspace document (a workspace of 1,000 applications holds about 63,000). */
export const MAX_IMPORT_RECORDS = 200_000;
/**
 * Rows of one CSV file, or cards of one vCard file: LinkedIn keeps at most 30,000 connections, and
 * the largest file its crash test imports has 120,000 rows.
 */
export const MAX_IMPORT_ROWS = 200_000;

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const count = (n: number) => n.toLocaleString('en-US');

/** The refusal of an import larger than {@link MAX_IMPORT_BYTES}, naming the limit. */
export function importTooLargeError(field: string, size?: number): AppError {
  const what = size === undefined ? 'is larger than' : `is ${megabytes(size)}, more than`;
  return new AppError(
    'payload_too_large',
    `${field}: the import ${what} the ${megabytes(MAX_IMPORT_BYTES)} one import may hold; nothing was imported. Split it into smaller files.`,
    { field },
  );
}

/**
 * The refusal of a file or document with more rows or records than one import takes. `found` is
 * the exact number when it was counted, or left out when reading stopped at the limit.
 */
export function tooManyRowsError(field: string, what: string, limit: number, found?: number) {
  const holds = found === undefined ? `more than ${count(limit)}` : count(found);
  return new AppError(
    'payload_too_large',
    `${field}: the import holds ${holds} ${what}, and one import takes at most ${count(limit)}; nothing was imported. Split it into smaller files.`,
    { field },
  );
}
