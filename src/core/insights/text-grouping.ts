/**
 * Brings together short texts that say the same thing in different words: the interview
 * questions that tripped the user up ("Tell me about a time you failed", "tell me about a
 * failure") and the experiences they forgot to mention. Pure and deterministic; the reasoning
 * behind the thresholds is in docs/decisions/0006-insight-themes.md.
 */

/** Words that carry no topic: English function words and the boilerplate of interview prompts. */
const STOPWORDS = new Set(
  (
    'a an the and or but if of to in on at by for with about as into through from up down out ' +
    'over under again then once here there when where why how what which who whom whose this ' +
    'that these those i me my myself we us our ours you your yours yourself yourselves he him his ' +
    'she her it its they them their is am are was were be been being have has had having do does ' +
    'did doing would should could can will shall may might must not no nor so than too very just ' +
    'also any some such own same other both each few more most all only ever one two three four ' +
    'five several many much tell describe walk give share talk explain example instance time ' +
    'times moment occasion situation please let know like really biggest greatest main top ' +
    'particular specific recent last previous past ago get got go going went make made take took'
  ).split(' '),
);

/** Interview words that name the same thing. */
const WORD_SYNONYMS: Readonly<Record<string, string>> = {
  boss: 'manager',
  supervisor: 'manager',
  coworker: 'colleague',
  teammate: 'colleague',
  peer: 'colleague',
  job: 'role',
  position: 'role',
  company: 'employer',
  organization: 'employer',
  organisation: 'employer',
  mistake: 'error',
  fault: 'error',
};

/** American spelling for the British endings people mix (prioritise, organisation). */
function americanSpelling(word: string): string {
  return word
    .replace(/isation/, 'ization')
    .replace(/ise(s|d)?$/, 'ize$1')
    .replace(/ising$/, 'izing')
    .replace(/yse$/, 'yze');
}

const VOWEL = /[aeiouy]/;

/**
 * A light suffix stripper: enough for "failed", "failure" and "failing" to meet at "fail" and
 * "weaknesses" at "weakness", without a full stemmer's surprises. Applied the same way to every
 * text, so what matters is that it is consistent, not that it yields dictionary words.
 */
export function stemWord(input: string): string {
  let word = americanSpelling(input);
  if (word.length <= 3) return word;
  if (word.endsWith('ies') && word.length > 4) word = `${word.slice(0, -3)}y`;
  else if (word.endsWith('sses')) word = word.slice(0, -2);
  else if (word.endsWith('s') && !/(ss|us|is)$/.test(word)) word = word.slice(0, -1);
  if (word.endsWith('ied') && word.length > 4) return `${word.slice(0, -3)}y`;
  for (const suffix of ['ing', 'ed', 'ure']) {
    const stem = word.slice(0, -suffix.length);
    if (word.endsWith(suffix) && stem.length >= 3 && VOWEL.test(stem)) {
      // "planned" → "plann" → "plan"; "failed" → "fail".
      return /([^aeiouls])\1$/.test(stem) ? stem.slice(0, -1) : stem;
    }
  }
  // "leave" and "leaving" both end up as "leav".
  return word.length > 4 && word.endsWith('e') && !word.endsWith('ee') ? word.slice(0, -1) : word;
}

/** The words of a text: lowercased, accents and punctuation gone, apostrophes joined. */
export function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

/**
 * The comparison form of a text: its topic words, stemmed, synonyms merged, in a stable order
 * with repeats removed. A text made only of common words ("Tell me about yourself") keeps all
 * its words, so it can still be told apart from others.
 */
export function textTokens(text: string): string[] {
  const all = words(text).map((w) => WORD_SYNONYMS[w] ?? w);
  const topical = all.filter((w) => !STOPWORDS.has(w));
  const chosen = topical.length > 0 ? topical : all;
  return [...new Set(chosen.map((w) => WORD_SYNONYMS[stemWord(w)] ?? stemWord(w)))];
}

/** The key two texts share when they reduce to the same words, in any order. */
export function textKey(text: string): string {
  return [...textTokens(text)].sort().join(' ');
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
  return n;
}

/** Two stems match when equal, or when long and sharing most of their beginning. */
function tokensMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  if (shorter < 5) return false;
  const prefix = commonPrefix(a, b);
  return prefix >= 5 && prefix / shorter >= 0.7;
}

/** How many tokens of `a` find a distinct partner in `b`. */
function matchedTokens(a: readonly string[], b: readonly string[]): number {
  const used = new Set<number>();
  let matched = 0;
  for (const token of a) {
    const index = b.findIndex((other, i) => !used.has(i) && tokensMatch(token, other));
    if (index >= 0) {
      used.add(index);
      matched += 1;
    }
  }
  return matched;
}

/** Overlap measures of two token lists: Jaccard, and the share of the shorter list matched. */
export function tokenSimilarity(a: readonly string[], b: readonly string[]) {
  if (a.length === 0 || b.length === 0) return { jaccard: 0, overlap: 0, matched: 0 };
  const matched = matchedTokens(a, b);
  return {
    jaccard: matched / (a.length + b.length - matched),
    overlap: matched / Math.min(a.length, b.length),
    matched,
  };
}

/**
 * Whether two token lists say the same thing: more than half of all their words shared, or at
 * least two shared that cover two thirds of the shorter one (a rewording that adds detail).
 */
export function tokensAlike(a: readonly string[], b: readonly string[]): boolean {
  const { jaccard, overlap, matched } = tokenSimilarity(a, b);
  return jaccard > 0.5 || (matched >= 2 && overlap >= 2 / 3 && jaccard >= 1 / 3);
}

/** Whether two texts say the same thing (see {@link tokensAlike}). */
export function textsAlike(a: string, b: string): boolean {
  return textKey(a) === textKey(b) || tokensAlike(textTokens(a), textTokens(b));
}

/** One group of texts that say the same thing. */
export interface TextGroup<T> {
  /** The comparison key of the wording that started the group. */
  key: string;
  /** Every distinct comparison form in the group, the first one first. */
  forms: string[][];
  items: T[];
}

/**
 * Groups items by what their text says. Distinct wordings are taken most frequent first (ties in
 * the order given); each joins the first group holding a wording it reads like, or starts a new
 * one. A group so grows outwards from its commonest wording, one close rewording at a time: the
 * same rule that files a new question under a practice card (see card-sync.ts).
 */
export function groupTexts<T>(items: readonly T[], textOf: (item: T) => string): TextGroup<T>[] {
  const byKey = new Map<string, { tokens: string[]; items: T[] }>();
  // The same words come back often (that is the point); each distinct text is reduced once.
  const reduced = new Map<string, { key: string; tokens: string[] }>();
  for (const item of items) {
    const text = textOf(item);
    let form = reduced.get(text);
    if (form === undefined) {
      const tokens = textTokens(text);
      form = { key: [...tokens].sort().join(' '), tokens };
      reduced.set(text, form);
    }
    const entry = byKey.get(form.key);
    if (entry) entry.items.push(item);
    else byKey.set(form.key, { tokens: form.tokens, items: [item] });
  }
  const distinct = [...byKey.entries()].sort((a, b) => b[1].items.length - a[1].items.length);
  const groups: TextGroup<T>[] = [];
  for (const [key, { tokens, items: members }] of distinct) {
    const home = tokens.length === 0 ? undefined : groups.find((g) => alikeAny(tokens, g.forms));
    if (home) {
      home.forms.push(tokens);
      home.items.push(...members);
    } else {
      groups.push({ key, forms: [tokens], items: [...members] });
    }
  }
  return groups;
}

/** Whether `tokens` reads like any of the group's wordings. */
export function alikeAny(tokens: readonly string[], forms: readonly (readonly string[])[]) {
  return forms.some((form) => tokensAlike(tokens, form));
}
