import { AppError, isAppError } from '../core/app-error';

/** Where a command writes; injectable so commands can be tested without a subprocess. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Writes bytes or text exactly as given: files sent to stdout keep their BOM and line ends. */
  raw(data: string | Uint8Array): void;
  readStdin(): Promise<string>;
  /** Standard input as the bytes it is, or undefined as soon as it runs past `maxBytes`. */
  readStdinBytes(maxBytes?: number): Promise<Uint8Array | undefined>;
}

async function readStdinBytes(maxBytes = Infinity): Promise<Uint8Array | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    // Stops reading rather than holding more than the caller can take.
    if (size > maxBytes) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export const processIo: Io = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  raw: (data) => process.stdout.write(data),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  readStdin: async () => Buffer.from((await readStdinBytes()) ?? []).toString('utf8'),
  readStdinBytes,
};

export function printJson(io: Io, value: unknown) {
  io.out(JSON.stringify(value, null, 2));
}

/** A plain text table: columns padded to their widest cell, long cells cut with an ellipsis. */
export function formatTable(headers: string[], rows: string[][], maxWidth = 48): string {
  const clip = (cell: string) =>
    cell.length > maxWidth ? `${cell.slice(0, maxWidth - 1)}…` : cell.replace(/\s+/g, ' ');
  const cells = rows.map((row) => row.map(clip));
  const widths = headers.map((h, i) =>
    Math.max(h.length, ...cells.map((r) => (r[i] ?? '').length)),
  );
  const line = (row: string[]) =>
    row
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

/**
 * Ends a command with a given exit code after it has printed its result, as a linter exits 1
 * when it found an error. Not a failure of the command itself.
 */
export class ExitStatus extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
    this.name = 'ExitStatus';
  }
}

/** Reports an error on stderr, as text or JSON, and returns the exit code. */
export function reportError(io: Io, error: unknown, json: boolean): number {
  const appError = isAppError(error)
    ? error
    : new AppError('validation', error instanceof Error ? error.message : String(error));
  if (json) {
    io.err(
      JSON.stringify({
        error: {
          code: appError.code,
          message: appError.message,
          ...(appError.field !== undefined && { field: appError.field }),
        },
      }),
    );
  } else {
    io.err(`rebound: ${appError.message}`);
  }
  return 1;
}

/** Shows an instant as a short local date and time. */
export function shortDate(instant: string | null): string {
  if (instant === null) return '—';
  return instant.slice(0, 10);
}
