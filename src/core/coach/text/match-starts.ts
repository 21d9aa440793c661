/**
 * Works out the strings every match of a regular expression starts with, from its text: the
 * literal words most phrase patterns open with. Lookarounds are left out, which can only add
 * starts, so a position no start fits can never begin a match.
 */

/** How many leading characters of a match are worked out. */
export const START_DEPTH = 6;
/** Character classes larger than this count as "any character". */
const MAX_CLASS = 12;
/** Past this many distinct starts the analysis tries a shallower depth. */
const MAX_STARTS = 3000;

type Node =
  /** One of these strings (single characters, or a run of literal text); null for any. */
  | { kind: 'chars'; set: readonly string[] | null }
  | { kind: 'empty' }
  | { kind: 'seq'; items: Node[] }
  | { kind: 'alt'; options: Node[] }
  | { kind: 'repeat'; node: Node; min: number; max: number };

class Unsupported extends Error {}

const isLiteral = (node: Node): node is { kind: 'chars'; set: [string] } =>
  node.kind === 'chars' && node.set?.length === 1;

const ANY: Node = { kind: 'chars', set: null };
const EMPTY: Node = { kind: 'empty' };
const DIGITS = '0123456789'.split('');
const CONTROL: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v' };

/** Parses the subset of regular-expression syntax (no flags) that patterns are written in. */
function parse(source: string): Node {
  let i = 0;
  const peek = () => source[i];

  function alternation(): Node {
    const options = [sequence()];
    while (peek() === '|') {
      i += 1;
      options.push(sequence());
    }
    return options.length === 1 ? (options[0] as Node) : { kind: 'alt', options };
  }

  function sequence(): Node {
    const items: Node[] = [];
    while (i < source.length && peek() !== '|' && peek() !== ')') {
      const node = quantified(atom());
      const last = items[items.length - 1];
      // Runs of plain characters become one literal, so a word costs one step, not one per letter.
      if (isLiteral(node) && last && isLiteral(last)) {
        items[items.length - 1] = { kind: 'chars', set: [last.set[0] + node.set[0]] };
      } else items.push(node);
    }
    return { kind: 'seq', items };
  }

  function quantified(node: Node): Node {
    const ch = peek();
    let min: number;
    let max: number;
    if (ch === '*' || ch === '+' || ch === '?') {
      i += 1;
      [min, max] = ch === '*' ? [0, Infinity] : ch === '+' ? [1, Infinity] : [0, 1];
    } else if (ch === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
      if (!m) return node;
      i += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity;
    } else {
      return node;
    }
    if (peek() === '?') i += 1;
    return { kind: 'repeat', node, min, max };
  }

  function atom(): Node {
    const ch = source[i] as string;
    i += 1;
    if (ch === '(') return group();
    if (ch === '[') return charClass();
    if (ch === '.') return ANY;
    if (ch === '^' || ch === '$') return EMPTY;
    if (ch === '\\') return escape();
    if (ch === '*' || ch === '+' || ch === '?') throw new Unsupported(ch);
    return { kind: 'chars', set: [ch] };
  }

  function group(): Node {
    let zeroWidth = false;
    if (source.startsWith('?:', i)) i += 2;
    else if (source.startsWith('?=', i) || source.startsWith('?!', i))
      [i, zeroWidth] = [i + 2, true];
    else if (source.startsWith('?<=', i) || source.startsWith('?<!', i))
      [i, zeroWidth] = [i + 3, true];
    else if (source.startsWith('?<', i)) {
      const close = source.indexOf('>', i);
      if (close === -1) throw new Unsupported('group name');
      i = close + 1;
    } else if (peek() === '?') throw new Unsupported('group');
    const inner = alternation();
    if (peek() !== ')') throw new Unsupported('unclosed group');
    i += 1;
    // A lookaround only narrows where a match may be; leaving it out keeps the starts complete.
    return zeroWidth ? EMPTY : inner;
  }

  function escape(): Node {
    const ch = source[i];
    i += 1;
    if (ch === undefined) throw new Unsupported('trailing backslash');
    if (ch === 'd') return { kind: 'chars', set: DIGITS };
    if ('DwWsS'.includes(ch)) return ANY;
    if (ch === 'b' || ch === 'B') return EMPTY;
    if (/[1-9kcux0]/.test(ch)) throw new Unsupported(`\\${ch}`);
    return { kind: 'chars', set: [CONTROL[ch] ?? ch] };
  }

  function charClass(): Node {
    const negated = peek() === '^';
    if (negated) i += 1;
    const chars = new Set<string>();
    let any = negated;
    const classAtom = (): string | null => {
      const ch = source[i];
      i += 1;
      if (ch === undefined) throw new Unsupported('unclosed class');
      if (ch !== '\\') return ch;
      const escaped = source[i];
      i += 1;
      if (escaped === undefined) throw new Unsupported('trailing backslash');
      if (escaped === 'd') {
        for (const d of DIGITS) chars.add(d);
        return null;
      }
      if ('DwWsS'.includes(escaped)) {
        any = true;
        return null;
      }
      if (/[1-9kcux0b]/.test(escaped)) throw new Unsupported(`\\${escaped}`);
      return CONTROL[escaped] ?? escaped;
    };
    while (peek() !== ']') {
      const from = classAtom();
      if (from !== null && peek() === '-' && source[i + 1] !== ']' && source[i + 1] !== undefined) {
        i += 1;
        const to = classAtom();
        if (to === null) throw new Unsupported('class range');
        const [first, last] = [from.charCodeAt(0), to.charCodeAt(0)];
        if (last - first >= MAX_CLASS) any = true;
        else for (let code = first; code <= last; code += 1) chars.add(String.fromCharCode(code));
      } else if (from !== null) chars.add(from);
    }
    i += 1;
    return any || chars.size > MAX_CLASS ? ANY : { kind: 'chars', set: [...chars] };
  }

  const node = alternation();
  if (i !== source.length) throw new Unsupported('unbalanced parenthesis');
  return node;
}

/**
 * Strings a node's matches start with, cut to `depth` characters. `true` marks a string that is
 * a whole match so far and may be followed by more; `false` one that may be followed by anything.
 */
type Starts = Map<string, boolean>;

class TooMany extends Error {}

function add(into: Starts, text: string, open: boolean) {
  if (into.get(text) === false) return;
  into.set(text, open);
  if (into.size > MAX_STARTS) throw new TooMany();
}

function hasOpen(starts: Starts): boolean {
  for (const open of starts.values()) if (open) return true;
  return false;
}

function concat(a: Starts, b: Starts, depth: number): Starts {
  const out: Starts = new Map();
  for (const [head, open] of a) {
    if (!open) {
      add(out, head, false);
      continue;
    }
    for (const [tail, tailOpen] of b) {
      const joined = head + tail;
      if (joined.length >= depth) add(out, joined.slice(0, depth), false);
      else add(out, joined, tailOpen);
    }
  }
  return out;
}

function startsOf(node: Node, depth: number): Starts {
  switch (node.kind) {
    case 'empty':
      return new Map([['', true]]);
    case 'chars': {
      if (node.set === null) return new Map([['', false]]);
      const out: Starts = new Map();
      for (const text of node.set) add(out, text.slice(0, depth), text.length < depth);
      return out;
    }
    case 'seq': {
      let out: Starts = new Map([['', true]]);
      for (const item of node.items) {
        // Once every start is `depth` long (or open-ended), the rest cannot change them.
        if (!hasOpen(out)) break;
        out = concat(out, startsOf(item, depth), depth);
      }
      return out;
    }
    case 'alt': {
      const out: Starts = new Map();
      for (const option of node.options) {
        for (const [text, open] of startsOf(option, depth)) add(out, text, open);
      }
      return out;
    }
    case 'repeat': {
      // Past depth + 1 copies nothing new can start a match: each copy adds a character or none.
      const min = Math.min(node.min, depth + 1);
      const max = Math.min(node.max, depth + 1);
      const once = startsOf(node.node, depth);
      let run: Starts = new Map([['', true]]);
      for (let n = 0; n < min && hasOpen(run); n += 1) run = concat(run, once, depth);
      const out: Starts = new Map(run);
      for (let n = min; n < max && hasOpen(run); n += 1) {
        run = concat(run, once, depth);
        for (const [text, open] of run) add(out, text, open);
      }
      return out;
    }
  }
}

/**
 * The strings every match of `body` starts with, or null when they cannot be pinned down (a
 * pattern that may start with any word, or syntax this analysis does not know).
 */
export function matchStarts(body: string): string[] | null {
  let tree: Node;
  try {
    tree = parse(body);
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
  for (let depth = START_DEPTH; depth >= 1; depth -= 1) {
    try {
      const starts = [...startsOf(tree, depth).keys()];
      return starts.includes('') ? null : starts;
    } catch (error) {
      if (!(error instanceof TooMany)) throw error;
    }
  }
  return null;
}
