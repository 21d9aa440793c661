import { matchStarts, START_DEPTH } from './match-starts';

/**
 * Phrase and cue patterns are long alternations run over the canonical text. Tried at every
 * word of a message, each costs a pass through hundreds of alternatives, and the coach holds
 * about ninety of them. Most alternatives start with a literal word, so the few characters a
 * match can start with are known in advance: a pattern compiled here records them, and is
 * tried only where the text starts that way. The matches are the same as a plain scan's.
 */

/** Word characters of the canonical text; a pattern's match never starts or ends inside a word. */
const EDGE_BEFORE = "(?<![a-z0-9'-])";
const EDGE_AFTER = "(?![a-z0-9'-])";

export interface WordPattern {
  /** Numbers the pattern in the table of starts. */
  id: number;
  /** `body` between word edges, global: the plain scan. */
  regex: RegExp;
  /** The same pattern, sticky: tried at one position. */
  sticky: RegExp;
  /**
   * Every match starts with one of these strings (one to `START_DEPTH` characters); null when the
   * pattern may start with almost anything, and every position is tried.
   */
  starts: readonly string[] | null;
}

/**
 * Every word pattern compiled so far, by body, and which patterns each start belongs to. A
 * pattern is compiled once however many rule sets use it, so this stays as small as the rules.
 */
const compiled = new Map<string, WordPattern>();
/** The starts of every pattern as a trie of character codes, naming the patterns at each end. */
interface StartNode {
  next: Map<number, StartNode>;
  ids: number[];
}
const startTrie: StartNode = { next: new Map(), ids: [] };

/** Compiles `body` (regular-expression text) to match whole words only. */
export function compileWordPattern(body: string): WordPattern {
  const known = compiled.get(body);
  if (known) return known;
  const source = `${EDGE_BEFORE}(?:${body})${EDGE_AFTER}`;
  const pattern: WordPattern = {
    id: compiled.size,
    regex: new RegExp(source, 'g'),
    sticky: new RegExp(source, 'y'),
    starts: matchStarts(body),
  };
  compiled.set(body, pattern);
  for (const start of pattern.starts ?? []) {
    let node = startTrie;
    for (let i = 0; i < start.length; i += 1) {
      const code = start.charCodeAt(i);
      let child = node.next.get(code);
      if (!child) {
        child = { next: new Map(), ids: [] };
        node.next.set(code, child);
      }
      node = child;
    }
    node.ids.push(pattern.id);
  }
  return pattern;
}

/** Every word pattern compiled so far. */
export function compiledWordPatterns(): readonly WordPattern[] {
  return [...compiled.values()];
}

/** Where in one text each compiled pattern may match: a single pass over its word starts. */
export interface StartTable {
  text: string;
  /** Patterns compiled when the table was made; later ones are looked up on their own. */
  size: number;
  at: (number[] | undefined)[];
}

/** Whether a position is not inside a word of the canonical text. */
function isEdge(text: string, at: number): boolean {
  if (at === 0) return true;
  const code = text.charCodeAt(at - 1);
  // a-z, 0-9, apostrophe, hyphen
  return !((code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 39 || code === 45);
}

export function startTable(text: string): StartTable {
  const at: (number[] | undefined)[] = [];
  for (let position = 0; position < text.length; position += 1) {
    if (!isEdge(text, position)) continue;
    let node: StartNode | undefined = startTrie;
    for (let i = position; i < text.length && i < position + START_DEPTH; i += 1) {
      node = node.next.get(text.charCodeAt(i));
      if (!node) break;
      for (const id of node.ids) {
        const list = at[id];
        if (!list) at[id] = [position];
        else if (list[list.length - 1] !== position) list.push(position);
      }
    }
  }
  return { text, size: compiled.size, at };
}

function candidates(pattern: WordPattern, starts: readonly string[], table: StartTable) {
  if (pattern.id < table.size) return table.at[pattern.id] ?? [];
  const { text } = table;
  const out: number[] = [];
  for (let position = 0; position < text.length; position += 1) {
    if (isEdge(text, position) && starts.some((s) => text.startsWith(s, position))) {
      out.push(position);
    }
  }
  return out;
}

/**
 * A scanner over one text that returns, like `exec` on the global pattern from `lastIndex`,
 * the first match at or after a position.
 */
export interface WordScanner {
  next(from: number): RegExpExecArray | null;
}

export function scanWords(pattern: WordPattern, table: StartTable): WordScanner {
  const { starts } = pattern;
  const { text } = table;
  if (starts === null) {
    return {
      next(from) {
        pattern.regex.lastIndex = from;
        return pattern.regex.exec(text);
      },
    };
  }
  const at = candidates(pattern, starts, table);
  let cursor = 0;
  return {
    next(from) {
      // A scan moves forward, but may step back to one past a match it refused.
      while (cursor > 0 && (at[cursor - 1] ?? -1) >= from) cursor -= 1;
      while (cursor < at.length && (at[cursor] ?? 0) < from) cursor += 1;
      for (; cursor < at.length; cursor += 1) {
        pattern.sticky.lastIndex = at[cursor] ?? 0;
        const match = pattern.sticky.exec(text);
        if (match) return match;
      }
      return null;
    },
  };
}

/** Every match of a pattern in a text, in order, as `matchAll` gives them. */
export function allWordMatches(pattern: WordPattern, table: StartTable): RegExpExecArray[] {
  const scanner = scanWords(pattern, table);
  const out: RegExpExecArray[] = [];
  for (let match = scanner.next(0); match;) {
    out.push(match);
    match = scanner.next(match.index + Math.max(1, match[0].length));
  }
  return out;
}
