import { memoizeWord } from '../memo';

/** A word or a punctuation mark in the original text, with its offsets. */
export interface Token {
  /** The characters as written. */
  text: string;
  start: number;
  end: number;
  kind: 'word' | 'punct' | 'break';
}

/**
 * Words (letters and digits, keeping inner apostrophes and hyphens: `don't`, `take-home`),
 * runs of end punctuation (`!!!`), single clause marks, and line breaks, which end a clause in
 * a letter ("Hi Helen," then a new line).
 */
const TOKEN =
  /[\p{L}\p{N}]+(?:['’][\p{L}]+)*(?:[-‐][\p{L}\p{N}]+(?:['’][\p{L}]+)*)*|[.!?]+|[,;:()"“”—–]|\s-\s|\n/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const value = match[0];
    const start = match.index;
    if (value === '\n') tokens.push({ text: value, start, end: start + 1, kind: 'break' });
    else if (/^[\p{L}\p{N}]/u.test(value))
      tokens.push({ text: value, start, end: start + value.length, kind: 'word' });
    else {
      const trimmed = value.trim();
      const offset = value.indexOf(trimmed);
      tokens.push({
        text: trimmed,
        start: start + offset,
        end: start + offset + trimmed.length,
        kind: 'punct',
      });
    }
  }
  return tokens;
}

/** Whole-word contractions and common apostrophe-less spellings, as canonical words. */
const WHOLE: Record<string, string> = {
  "can't": 'can not',
  cannot: 'can not',
  cant: 'can not',
  "won't": 'will not',
  wont: 'will not',
  "shan't": 'shall not',
  "ain't": 'is not',
  "it's": 'it is',
  "that's": 'that is',
  "what's": 'what is',
  "there's": 'there is',
  "here's": 'here is',
  "who's": 'who is',
  "he's": 'he is',
  "she's": 'she is',
  "let's": 'let us',
  "how's": 'how is',
  "where's": 'where is',
  im: 'i am',
  ive: 'i have',
  dont: 'do not',
  didnt: 'did not',
  doesnt: 'does not',
  isnt: 'is not',
  wasnt: 'was not',
  werent: 'were not',
  arent: 'are not',
  havent: 'have not',
  hasnt: 'has not',
  couldnt: 'could not',
  wouldnt: 'would not',
  shouldnt: 'should not',
  gonna: 'going to',
  wanna: 'want to',
  gotta: 'have to',
};

const SUFFIXES: [string, string][] = [
  ["n't", ' not'],
  ["'m", ' am'],
  ["'re", ' are'],
  ["'ve", ' have'],
  ["'ll", ' will'],
  ["'d", ' would'],
  ["'s", " 's"],
];

/**
 * The canonical spelling of one word: lower case, straight apostrophes, contractions spelled
 * out (`didn't` → `did not`, `I'm` → `i am`), so one pattern covers every way of writing it.
 */
export const canonicalWord = memoizeWord((word: string): string => {
  const lower = word.toLowerCase().replace(/[’‐]/g, (ch) => (ch === '’' ? "'" : '-'));
  const whole = WHOLE[lower];
  if (whole !== undefined) return whole;
  for (const [suffix, replacement] of SUFFIXES) {
    if (lower.length > suffix.length && lower.endsWith(suffix)) {
      return lower.slice(0, -suffix.length) + replacement;
    }
  }
  return lower;
});

/** Whether a word is written entirely in capitals (two letters or more). */
export function isAllCaps(word: string): boolean {
  return /^[\p{Lu}'’-]{2,}$/u.test(word) && /\p{Lu}.*\p{Lu}/u.test(word);
}

/** Whether a word starts with a capital letter. */
export function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** A name or word without accents, lower case: `Wójcik` → `wojcik`. */
/** Letters that carry no combining accent to strip, with the plain letters they are typed as. */
const PLAIN_LETTERS: Record<string, string> = {
  đ: 'd',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ł: 'l',
  ı: 'i',
  þ: 'th',
};

export const foldName = memoizeWord((value: string): string =>
  value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/[đøæœßłıþ]/g, (ch) => PLAIN_LETTERS[ch] ?? ch),
);
