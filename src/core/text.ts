/**
 * Text hygiene shared by every way data comes in. PostgreSQL refuses NUL in text and JSON, and an
 * unpaired UTF-16 surrogate cannot be written as UTF-8 at all, so neither may reach storage.
 */
const UNPAIRED_SURROGATE =
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_EXCEPT_WHITESPACE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** Whether `text` holds a character no database can store faithfully (NUL, a lone surrogate). */
export function hasUnstorableCharacters(text: string): boolean {
  UNPAIRED_SURROGATE.lastIndex = 0;
  return text.includes('\u0000') || UNPAIRED_SURROGATE.test(text);
}

/**
 * Text as a database can store it: NUL dropped, lone surrogates as U+FFFD. For values stored
 * before every edge refused such characters (SQLite kept them), so an export always imports.
 */
export function storableText(text: string): string {
  return hasUnstorableCharacters(text)
    ? text.replaceAll('\u0000', '').replace(UNPAIRED_SURROGATE, '\uFFFD')
    : text;
}

/** Every string in a JSON value, keys included, made storable (see `storableText`). */
export function storableJson<T>(value: T): T {
  if (typeof value === 'string') return storableText(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => storableJson(item)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [storableText(key), storableJson(item)]),
    ) as T;
  }
  return value;
}

/**
 * Text read from someone else's file, made safe to keep: control characters other than tab and
 * line breaks are dropped (they are invisible noise from other tools), lone surrogates become U+FFFD.
 */
export function cleanImportedText(text: string): string {
  return text.replace(CONTROL_EXCEPT_WHITESPACE, '').replace(UNPAIRED_SURROGATE, '\uFFFD');
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * A key for "is this the same name": compatibility-normalized, accents and case dropped,
 * whitespace collapsed — so "Zoë  Ångström" and "zoe angstrom" match.
 */
export function matchKey(text: string): string {
  // Plain ASCII has no accents to fold; skipping normalization matters across 30,000 names.
  const folded = PRINTABLE_ASCII.test(text) ? text : text.normalize('NFKD').replace(/\p{M}/gu, '');
  return folded.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Line breaks of any origin (CRLF, CR, LF) as LF. */
export function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
