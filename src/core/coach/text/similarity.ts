import { findClosingStart, parseGreeting, type CoachDocument } from '../document';
import { memoizeWord } from '../memo';
import { canonicalWord, tokenize, type Token } from './tokens';

interface BodyWords {
  words: string[];
  spans: { start: number; end: number }[];
}

function collectWords(tokens: readonly Token[], offset: number, into: BodyWords) {
  for (const token of tokens) {
    if (token.kind !== 'word') continue;
    for (const word of canonicalWord(token.text).split(' ')) {
      into.words.push(word);
      into.spans.push({ start: offset + token.start, end: offset + token.end });
    }
  }
}

/** The words of a message's body: greeting and sign-off dropped, so names do not count. */
export function bodyWords(text: string): {
  words: string[];
  spans: { start: number; end: number }[];
} {
  const greeting = parseGreeting(text);
  const start = greeting ? greeting.end : 0;
  const end = Math.max(start, findClosingStart(text));
  const body: BodyWords = { words: [], spans: [] };
  collectWords(tokenize(text.slice(start, end)), start, body);
  return body;
}

/**
 * `bodyWords` of a checked message's masked text, from the greeting, sign-off and tokens its
 * document already holds. A word never spans the clause mark that ends a greeting or the line
 * break before a sign-off, so these are the same words as tokenizing the body on its own.
 */
export function documentBodyWords(doc: CoachDocument): BodyWords {
  return doc.memo('similarity.body', () => {
    const start = doc.greeting ? doc.greeting.end : 0;
    const end = Math.max(start, doc.closingStart);
    const body: BodyWords = { words: [], spans: [] };
    collectWords(
      doc.tokens.filter((t) => t.start >= start && t.end <= end),
      0,
      body,
    );
    return body;
  });
}

/**
 * The body words of an earlier message, remembered by its text: a composer that builds a new
 * context for each check still sends the same earlier messages. Callers must not change them.
 */
export const earlierBodyWords = memoizeWord((text: string) => bodyWords(text).words, 1_000);

/** Overlapping runs of `size` words, the unit near-duplicates are compared in. */
export function shingles(words: readonly string[], size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i + size <= words.length; i += 1) out.push(words.slice(i, i + size).join(' '));
  return out;
}

export interface ShingleIndex {
  /** Distinct shingles per document. */
  sizes: number[];
  /** Which documents hold each shingle. */
  postings: Map<string, number[]>;
}

/** An inverted index over documents' shingles: comparing a new text costs one lookup per shingle. */
export function indexShingles(documents: readonly string[][]): ShingleIndex {
  const postings = new Map<string, number[]>();
  const sizes = documents.map((doc, index) => {
    const distinct = new Set(doc);
    for (const shingle of distinct) {
      const list = postings.get(shingle);
      if (list) list.push(index);
      else postings.set(shingle, [index]);
    }
    return distinct.size;
  });
  return { sizes, postings };
}

export interface Overlap {
  index: number;
  shared: number;
  /** |A ∩ B| / |A ∪ B| */
  jaccard: number;
  /** |A ∩ B| / |A|: how much of the new text came from the earlier one. */
  containment: number;
}

/** Exact Jaccard similarity and containment of a text's shingles against every indexed document. */
export function overlaps(index: ShingleIndex, shingleSet: ReadonlySet<string>): Overlap[] {
  const counts = new Map<number, number>();
  for (const shingle of shingleSet) {
    for (const doc of index.postings.get(shingle) ?? [])
      counts.set(doc, (counts.get(doc) ?? 0) + 1);
  }
  const size = shingleSet.size;
  return [...counts].map(([doc, shared]) => {
    const other = index.sizes[doc] ?? 0;
    return {
      index: doc,
      shared,
      jaccard: shared / (size + other - shared),
      containment: size === 0 ? 0 : shared / size,
    };
  });
}
