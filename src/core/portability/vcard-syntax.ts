/**
 * The text syntax of vCard (RFC 6350 §3, also read for RFC 2426 vCard 3.0): line folding, content
 * lines with groups and parameters, and value escaping. Knows nothing about contacts.
 */

/** One unfolded content line, `[group.]NAME;PARAM=value:VALUE`. */
export interface ContentLine {
  /** The physical line the property starts on, counting from 1. */
  line: number;
  group: string | null;
  /** Upper-cased property name, e.g. `EMAIL`. */
  name: string;
  /** Upper-cased parameter names to their values (already unquoted and caret-decoded). */
  params: Map<string, string[]>;
  /** The raw value: still escaped, since structured values split on unescaped `;` and `,`. */
  value: string;
}

export interface LogicalLine {
  line: number;
  text: string;
}

/** Joins folded lines: a line starting with a space or tab continues the one before it. */
export function unfoldLines(text: string): LogicalLine[] {
  const physical = text.split(/\r\n|\n|\r/);
  const out: LogicalLine[] = [];
  physical.forEach((raw, index) => {
    const last = out[out.length - 1];
    if ((raw.startsWith(' ') || raw.startsWith('\t')) && last !== undefined) {
      last.text += raw.slice(1);
    } else {
      out.push({ line: index + 1, text: raw });
    }
  });
  return out;
}

/** RFC 6868: `^n` is a line break, `^'` a double quote and `^^` a caret in parameter values. */
function decodeParamValue(value: string): string {
  return value.replace(/\^(n|N|'|\^)/g, (_, ch: string) =>
    ch === "'" ? '"' : ch === '^' ? '^' : '\n',
  );
}

/** Splits `a,"b,c",d` on commas outside double quotes, unquoting each part. */
function splitParamValues(raw: string): string[] {
  const values: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of raw) {
    if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) {
      values.push(decodeParamValue(current));
      current = '';
    } else current += ch;
  }
  values.push(decodeParamValue(current));
  return values;
}

/** Splits the part before the value on `;` outside double quotes and finds the value's colon. */
function splitHead(text: string): { head: string[]; value: string } | undefined {
  const head: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] as string;
    if (ch === '"') quoted = !quoted;
    if (!quoted && (ch === ';' || ch === ':')) {
      head.push(current);
      current = '';
      if (ch === ':') return { head, value: text.slice(i + 1) };
      continue;
    }
    current += ch;
  }
  return undefined;
}

export type ContentLineResult = { ok: true; value: ContentLine } | { ok: false; message: string };

/** Parses one unfolded line into its group, name, parameters and raw value. */
export function parseContentLine({ line, text }: LogicalLine): ContentLineResult {
  const split = splitHead(text);
  if (split === undefined) return { ok: false, message: 'is not a vCard property (no colon)' };
  const [qualified = '', ...rawParams] = split.head;
  const dot = qualified.lastIndexOf('.');
  const group = dot > 0 ? qualified.slice(0, dot) : null;
  const name = (dot > 0 ? qualified.slice(dot + 1) : qualified).trim().toUpperCase();
  if (!/^[A-Z0-9-]+$/.test(name)) {
    return { ok: false, message: `"${name.slice(0, 40)}" is not a property name` };
  }
  const params = new Map<string, string[]>();
  for (const raw of rawParams) {
    const eq = raw.indexOf('=');
    // vCard 3.0 files from older tools write bare types such as `TEL;WORK;VOICE:`.
    const key = (eq < 0 ? 'TYPE' : raw.slice(0, eq)).trim().toUpperCase();
    const values = eq < 0 ? [raw] : splitParamValues(raw.slice(eq + 1));
    params.set(key, [...(params.get(key) ?? []), ...values]);
  }
  return { ok: true, value: { line, group, name, params, value: split.value } };
}

/** Splits a raw value on an unescaped separator (`;` for components, `,` for lists). */
export function splitEscaped(raw: string, separator: ';' | ','): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < raw.length; i += 1) {
    const ch = raw[i] as string;
    if (ch === '\\' && i + 1 < raw.length) {
      current += ch + (raw[i + 1] as string);
      i += 1;
    } else if (ch === separator) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

/** Undoes TEXT escaping: `\n` (or `\N`), `\,`, `\;`, `\:` and `\\`. */
export function unescapeText(raw: string): string {
  return raw.replace(/\\([nN,;:\\])/g, (_, ch: string) => (ch === 'n' || ch === 'N' ? '\n' : ch));
}

/**
 * TEXT escaping (RFC 6350 §3.4). Commas are always escaped; semicolons only inside a compound
 * value such as N or ORG, where they separate components — elsewhere the RFC leaves it optional
 * and some readers would keep the backslash.
 */
export function escapeText(text: string, compound = false): string {
  const escaped = text
    .replace(/\\/g, '\\\\')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/,/g, '\\,');
  return compound ? escaped.replace(/;/g, '\\;') : escaped;
}

const MAX_OCTETS = 75;

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * Folds a content line so no physical line exceeds 75 octets, breaking only between whole
 * characters so a UTF-8 sequence is never split; continuation lines start with one space.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = utf8Length(ch.codePointAt(0) as number);
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
