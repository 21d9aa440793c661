import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../core/app-error';

/** One raw message read from a file, and where it was. */
export interface RawMail {
  source: string;
  raw: Uint8Array;
}

const FROM_LINE = /^From /;

/**
 * Splits an mbox file (as Gmail's Takeout and Thunderbird write it) into messages: each starts
 * with a `From ` line after a blank line (or at the start); `>From ` lines quoted by mboxrd or
 * mboxo writers get their `>` back off. Reads the file as a stream, so size is no problem.
 */
export async function* readMbox(file: string): AsyncGenerator<RawMail> {
  let lines: string[] = [];
  let index = 0;
  let previousBlank = true;
  let pending = '';
  const flush = function* () {
    while (lines.length > 0 && (lines.at(-1) ?? '').trim() === '') lines.pop();
    if (lines.length === 0) return;
    index += 1;
    yield { source: `${file}#${index}`, raw: Buffer.from(lines.join('\n'), 'latin1') };
    lines = [];
  };
  let started = false;
  // latin1 keeps every byte as one character, so 8-bit bodies survive to the MIME parser.
  for await (const chunk of fs.createReadStream(file, {
    encoding: 'latin1',
    highWaterMark: 1 << 20,
  })) {
    const parts = (pending + (chunk as string)).split('\n');
    pending = parts.pop() ?? '';
    for (const rawLine of parts) {
      const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
      if (FROM_LINE.test(line) && previousBlank) {
        yield* flush();
        started = true;
      } else if (started) {
        lines.push(/^>+From /.test(line) ? line.slice(1) : line);
      } else if (line.trim() !== '') {
        throw AppError.validation(
          file,
          'is not an mbox file: it does not start with a "From " line',
        );
      }
      previousBlank = line === '';
    }
  }
  if (pending !== '' && started) lines.push(pending);
  yield* flush();
}

/** An empty file (or one of blank lines only) holds no message: it is skipped, not an error. */
function isBlank(raw: Uint8Array): boolean {
  return raw.every((byte) => byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d);
}

function isMaildir(dir: string) {
  return ['cur', 'new'].some((sub) => fs.existsSync(path.join(dir, sub)));
}

/** Every message in a Maildir folder (its `cur` and `new`, never `tmp`, where delivery is unfinished). */
export function* readMaildir(dir: string): Generator<RawMail> {
  for (const sub of ['cur', 'new']) {
    const folder = path.join(dir, sub);
    if (!fs.existsSync(folder)) continue;
    for (const name of fs.readdirSync(folder).sort()) {
      if (name.startsWith('.')) continue;
      const file = path.join(folder, name);
      if (!fs.statSync(file).isFile()) continue;
      const raw = fs.readFileSync(file);
      if (!isBlank(raw)) yield { source: file, raw };
    }
  }
}

function looksLikeMbox(file: string): boolean {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(5);
    fs.readSync(fd, head, 0, 5, 0);
    return head.toString('latin1') === 'From ';
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Reads each path as what it is: a Maildir folder (with `cur/` or `new/`), an mbox file (starts
 * with `From `, whatever its name) or a single message (`.eml` or any other file). A path that
 * does not exist or a folder that is not a Maildir is refused, naming it.
 */
export async function* readMailPaths(paths: readonly string[]): AsyncGenerator<RawMail> {
  for (const given of paths) {
    if (!fs.existsSync(given)) throw AppError.validation(given, 'no such file or folder');
    const stat = fs.statSync(given);
    if (stat.isDirectory()) {
      if (!isMaildir(given))
        throw AppError.validation(
          given,
          'is a folder but not a Maildir (it has no cur/ or new/ folder)',
        );
      yield* readMaildir(given);
    } else if (looksLikeMbox(given)) {
      yield* readMbox(given);
    } else {
      const raw = fs.readFileSync(given);
      if (!isBlank(raw)) yield { source: given, raw };
    }
  }
}
