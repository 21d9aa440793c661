import { analyse } from 'chardet';
import { err, ok, type Result } from '../result';

/**
 * Reading a file someone else's program wrote, in whatever encoding it chose. Excel on Windows
 * saves "CSV" in the system's code page (Windows-1252 in Western Europe and the Americas), some
 * tools write UTF-16, and LinkedIn and most others write UTF-8. Decoding is done by the platform's
 * `TextDecoder` (the WHATWG encodings, in Node and in browsers); the guess, when the file says
 * nothing, by `chardet`.
 */
export interface DecodedText {
  text: string;
  /** The encoding the file was read in, as people know it: `UTF-8`, `windows-1252`, … */
  encoding: string;
}

const BOMS: readonly { bytes: readonly number[]; encoding: string; label: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8', label: 'UTF-8' },
  // UTF-32 LE starts with the UTF-16 LE mark: checked first so it is named, not misread.
  { bytes: [0xff, 0xfe, 0x00, 0x00], encoding: 'utf-32le', label: 'UTF-32' },
  { bytes: [0x00, 0x00, 0xfe, 0xff], encoding: 'utf-32be', label: 'UTF-32' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le', label: 'UTF-16' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be', label: 'UTF-16' },
];

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) =>
  prefix.every((byte, index) => bytes[index] === byte);

/** Whether the platform can decode `encoding` (every browser and Node build with full ICU). */
function decoderFor(encoding: string): TextDecoder | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true });
  } catch {
    return undefined;
  }
}

/**
 * UTF-16 without a byte-order mark: text that is mostly Latin letters has a zero in every other
 * byte, on the odd positions for little-endian and the even ones for big-endian.
 */
function utf16WithoutMark(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096));
  if (sample.length < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i += 1) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) evenZeros += 1;
    else oddZeros += 1;
  }
  const half = sample.length / 2;
  if (oddZeros > half * 0.4 && evenZeros < half * 0.05) return 'utf-16le';
  if (evenZeros > half * 0.4 && oddZeros < half * 0.05) return 'utf-16be';
  return undefined;
}

const LABELS: Record<string, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16',
  'utf-16be': 'UTF-16',
};

function decodeWith(bytes: Uint8Array, encoding: string, skip = 0): DecodedText | undefined {
  const decoder = decoderFor(encoding);
  if (decoder === undefined) return undefined;
  try {
    const text = decoder.decode(bytes.subarray(skip));
    return { text, encoding: LABELS[encoding] ?? decoder.encoding };
  } catch {
    return undefined;
  }
}

const WESTERN = new Set(['ISO-8859-1', 'windows-1252']);
const CLOSE_CALL = 10;

/**
 * The encodings to try, likeliest first. On a few lines the single-byte Latin encodings score
 * within a few points of each other; Windows-1252 (which browsers also use for Latin-1) is then
 * taken, as by far the commonest of them in spreadsheets, so "Núñez" does not become "Núńez".
 */
function preferWestern(guesses: readonly { name: string; confidence: number }[]): string[] {
  const names = guesses.map((g) => g.name);
  const best = guesses[0];
  const western = guesses.find((g) => WESTERN.has(g.name));
  if (
    best &&
    western &&
    best.name.startsWith('ISO-8859-') &&
    best.confidence - western.confidence <= CLOSE_CALL
  ) {
    return ['windows-1252', ...names];
  }
  return names.map((name) => (name === 'ISO-8859-1' ? 'windows-1252' : name));
}

/**
 * The text of a file from its bytes: by its byte-order mark when it has one (UTF-8, UTF-16),
 * as UTF-8 when it is valid UTF-8, as UTF-16 when its zeros say so, and otherwise in the
 * encoding `chardet` finds most likely (a Windows-1252 or Latin-1 CSV from Excel, a Shift_JIS
 * one from a Japanese system). An encoding that cannot be read is refused, naming it; nothing is
 * ever decoded into replacement characters without a word.
 */
export function decodeTextFile(bytes: Uint8Array): Result<DecodedText, string> {
  for (const bom of BOMS) {
    if (!startsWith(bytes, bom.bytes)) continue;
    const decoded = decodeWith(bytes, bom.encoding, bom.bytes.length);
    if (decoded) return ok(decoded);
    return err(
      `the file is in ${bom.label}, which Rebound cannot read; save it as UTF-8 (in Excel: Save As, "CSV UTF-8")`,
    );
  }
  const utf16 = utf16WithoutMark(bytes);
  const asUtf16 = utf16 && decodeWith(bytes, utf16);
  if (asUtf16) return ok(asUtf16);
  // Outside UTF-16 a zero byte is no character of any text encoding: a picture, a spreadsheet.
  if (bytes.includes(0)) {
    return err(
      'the file is not text (it holds zero bytes): is it the right file? A spreadsheet must be saved as CSV first',
    );
  }
  const utf8 = decodeWith(bytes, 'utf-8');
  if (utf8) return ok(utf8);
  const guesses = preferWestern(analyse(bytes).filter((match) => match.confidence >= 10));
  for (const guess of guesses) {
    const decoded = decodeWith(bytes, guess);
    if (decoded) return ok(decoded);
  }
  const named = guesses[0];
  return err(
    named
      ? `the file looks like ${named}, which Rebound cannot read; save it as UTF-8 (in Excel: Save As, "CSV UTF-8")`
      : 'the file is not text in an encoding Rebound can recognize; save it as UTF-8 (in Excel: Save As, "CSV UTF-8")',
  );
}
