import { bodySentences, type CoachDocument, type Sentence, type Span } from '../document';
import { STOP_WORDS } from '../text/words';
import { fnv1a } from './hash';

/** What the lexicon knows about one word (lower case, contractions spelled out). */
export interface WordTraits {
  /** How pleasant or unpleasant the word is on its own, from −4 to 4 (0: neutral). */
  valence: number;
  /** How offensive the word is, from 0 (not at all) to 2 (profanity or a slur). */
  profanity: number;
}

/**
 * General knowledge about English words that no labelled set could teach: sentiment and
 * profanity ratings from published lexicons, shipped with the model as one compact table.
 */
export interface ToneLexicon {
  traits(word: string): WordTraits | undefined;
  /** The group of words used alike that a word belongs to, when it is in one. */
  cluster?(word: string): number | undefined;
}

/** The dense features, in this order. */
export const DENSE_FEATURES = [
  'negative',
  'positive',
  'lowest',
  'profanity',
  'you',
  'exclaim',
  'question',
  'question-run',
  'shouting',
  'ellipsis',
  'scare-quote',
  'length',
] as const;

/** Size of the hashed feature space; a power of two. */
export const HASH_BITS = 18;

/**
 * A stretch of a message the model scores: a whole body sentence, or one clause of it. Scoring
 * clauses as well finds the sting in a warm sentence ("I enjoyed the day, though I doubt the
 * panel has run a project themselves") that the polite words around it would otherwise outweigh.
 */
export interface ToneUnit extends Sentence {
  /** Index into `doc.sentences` of the sentence it belongs to. */
  sentence: number;
  clause: boolean;
}

/** One unit, ready to score. */
export interface UnitFeatures extends Span {
  sentence: number;
  clause: boolean;
  /** Hashed ids of the sparse features present (each once). */
  sparse: number[];
  /** Values of {@link DENSE_FEATURES}. */
  dense: Float64Array;
}

/** A sparse feature with where it was written, for explanations. */
export interface FeatureOrigin extends Span {
  id: number;
  name: string;
}

const MASK = '_';
const NEGATORS = new Set([
  'not',
  'no',
  'never',
  'nothing',
  'nobody',
  'none',
  'neither',
  'nor',
  'without',
  'hardly',
  'barely',
]);
const SECOND_PERSON = new Set([
  'you',
  'your',
  'yours',
  'yourself',
  'yourselves',
  'u',
  'ur',
  "y'all",
  'ya',
  'youse',
]);
/** How much a negator before a sentiment word turns it round (VADER's published constant). */
const NEGATION_SCALAR = -0.74;
const EMOJI = /\p{Extended_Pictographic}/gu;
const SCARE_QUOTE = /["“][^"“”\n]{1,30}["”]/;
const IS_WORD = /^[\p{L}\p{N}]/u;

/**
 * The words of the user's own context (company, role, person, facts): the subject of the job is
 * never held against them ("the mortgage arrears book" is not pleading about money). A word
 * that is hostile or offensive in itself stays judged, even when the user's own notes hold it:
 * a note that reads "how unfair the panel was" must not make "unfair" invisible in the message.
 */
export function contextWords(doc: CoachDocument, lexicon: ToneLexicon): Set<string> {
  return doc.memo('tone.context-words', () => {
    const { company, role, contactName, facts } = doc.input.context;
    const words = [company, role, contactName, ...facts].join(' ').toLowerCase();
    return new Set(
      (words.match(/[\p{L}\p{N}']+/gu) ?? []).filter((word) => {
        // Function words in a note ("how", "the", "was") name no subject; masking them would
        // blind the model to the message's own grammar.
        if (STOP_WORDS.has(word)) return false;
        const traits = traitsOf(lexicon, word);
        return !traits || (traits.valence > HOSTILE_VALENCE && traits.profanity === 0);
      }),
    );
  });
}

/** A word at or below this valence is judged wherever it comes from. */
const HOSTILE_VALENCE = -1.5;

/**
 * Character n-grams take the upper half of the hashed space, words and word groups the lower,
 * so the two kinds never collide and the learner can weigh each kind as a whole.
 */
export const CHAR_GRAM_BASE = 1 << (HASH_BITS - 1);

/** The sparse feature id of a feature name. */
export function featureId(name: string): number {
  const hash = fnv1a(name) & (CHAR_GRAM_BASE - 1);
  return name.startsWith('g:') ? CHAR_GRAM_BASE | hash : hash;
}

interface Word extends Span {
  text: string;
  masked: boolean;
}

/** The words and end marks of a sentence, with the user's own context words masked. */
function sentenceWords(doc: CoachDocument, sentence: Sentence, masked: Set<string>): Word[] {
  const words: Word[] = [];
  for (let i = sentence.first; i < sentence.last; i += 1) {
    const token = doc.canon[i];
    if (!token) continue;
    const isWord = IS_WORD.test(token.text);
    if (!isWord && !/^[!?]/.test(token.text)) continue;
    const text = isWord ? (/^\d/.test(token.text) ? '#' : token.text) : token.text.slice(0, 1);
    words.push({ text, start: token.start, end: token.end, masked: isWord && masked.has(text) });
  }
  return words;
}

/**
 * Where a sentence's characters end: after its last word and end marks, the emoji or emoticon
 * that follow it on the same line still belong to it ("Thanks for the decision 🙃").
 */
function reachOf(doc: CoachDocument, sentence: Sentence): number {
  const whole = doc.sentences.find((s) => s.start <= sentence.start && sentence.end <= s.end);
  if (whole && whole.end > sentence.end) return sentence.end;
  const next = doc.sentences.find((s) => s.start >= sentence.end);
  const lineEnd = doc.text.indexOf('\n', sentence.end);
  return Math.min(
    next?.start ?? doc.text.length,
    lineEnd === -1 ? doc.text.length : lineEnd,
    Math.max(doc.closingStart, sentence.end),
  );
}

const CLAUSE_MARKS = new Set([',', ';', ':', '(', ')']);
const CLAUSE_OPENERS = new Set([
  'but',
  'though',
  'although',
  'however',
  'yet',
  'whereas',
  'unless',
  'except',
  'otherwise',
]);
/** A clause shorter than this many words joins its neighbour. */
const MIN_CLAUSE_WORDS = 3;

/** The clauses of a sentence: split at clause marks and before contrasting words. */
function clausesOf(doc: CoachDocument, sentence: Sentence): Sentence[] {
  const parts: { first: number; last: number; words: number }[] = [];
  let first = sentence.first;
  let words = 0;
  const close = (last: number) => {
    if (last > first) parts.push({ first, last, words });
    first = last;
    words = 0;
  };
  for (let i = sentence.first; i < sentence.last; i += 1) {
    const text = doc.canon[i]?.text ?? '';
    if (CLAUSE_OPENERS.has(text) && words > 0) close(i);
    if (IS_WORD.test(text)) words += 1;
    if (CLAUSE_MARKS.has(text)) close(i + 1);
  }
  close(sentence.last);
  const merged: typeof parts = [];
  for (const part of parts) {
    const previous = merged[merged.length - 1];
    if (previous && (part.words < MIN_CLAUSE_WORDS || previous.words < MIN_CLAUSE_WORDS)) {
      previous.last = part.last;
      previous.words += part.words;
    } else merged.push({ ...part });
  }
  return merged
    .filter((part) => part.words > 0)
    .map((part) => ({
      first: part.first,
      last: part.last,
      start: doc.canon[part.first]?.start ?? sentence.start,
      end: doc.canon[part.last - 1]?.end ?? sentence.end,
    }));
}

/** The units the model scores: every body sentence, and its clauses when it has several. */
export function toneUnits(doc: CoachDocument): ToneUnit[] {
  return doc.memo('tone.units', () =>
    bodySentences(doc).flatMap((sentence) => {
      const index = doc.sentences.indexOf(sentence);
      const whole: ToneUnit = { ...sentence, sentence: index, clause: false };
      const clauses = clausesOf(doc, sentence);
      if (clauses.length < 2) return [whole];
      return [whole, ...clauses.map((c) => ({ ...c, sentence: index, clause: true }))];
    }),
  );
}

/** Calls `emit` with every sparse feature name of a sentence and where it was written. */
function eachSparse(
  doc: CoachDocument,
  sentence: Sentence,
  words: readonly Word[],
  lexicon: ToneLexicon,
  emit: (name: string, span: Span) => void,
) {
  const shown = words.map((w) => (w.masked ? MASK : w.text));
  if (lexicon.cluster) {
    const groups = shown.map((w) => (w === MASK ? undefined : lexicon.cluster?.(w)));
    groups.forEach((group, i) => {
      const word = words[i];
      if (group === undefined || !word) return;
      emit(`k:${group}`, word);
      const next = groups[i + 1];
      const nextWord = words[i + 1];
      if (next !== undefined && nextWord)
        emit(`kb:${group} ${next}`, { start: word.start, end: nextWord.end });
    });
  }
  words.forEach((word, i) => {
    const text = shown[i] ?? MASK;
    if (text !== MASK) {
      emit(`w:${text}`, word);
      if (text.length >= 4 && IS_WORD.test(text)) {
        const padded = `<${text}>`;
        for (let n = 3; n <= 5; n += 1) {
          for (let k = 0; k + n <= padded.length; k += 1) emit(`g:${padded.slice(k, k + n)}`, word);
        }
      }
    }
    const next = shown[i + 1];
    const nextWord = words[i + 1];
    if (next === undefined || !nextWord || (text === MASK && next === MASK)) return;
    emit(`b:${text} ${next}`, { start: word.start, end: nextWord.end });
    const third = shown[i + 2];
    const thirdWord = words[i + 2];
    if (third === undefined || !thirdWord) return;
    emit(`t:${text} ${next} ${third}`, { start: word.start, end: thirdWord.end });
  });
  const raw = doc.text.slice(sentence.start, reachOf(doc, sentence));
  for (const match of raw.matchAll(EMOJI)) {
    const start = sentence.start + match.index;
    emit(`e:${match[0]}`, { start, end: start + match[0].length });
  }
}

/** Singular of a regular plural, for a word only rated in the singular. */
export function singular(word: string): string | undefined {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return undefined;
}

/** A word's traits, taking its rating from the singular when only that is rated. */
export function traitsOf(lexicon: ToneLexicon, word: string): WordTraits | undefined {
  const own = lexicon.traits(word);
  if (own && (own.valence !== 0 || own.profanity !== 0)) return own;
  const one = singular(word);
  const base = one === undefined ? undefined : lexicon.traits(one);
  if (!base) return own;
  return base;
}

function denseOf(
  doc: CoachDocument,
  sentence: Sentence,
  words: readonly Word[],
  lexicon: ToneLexicon,
): Float64Array {
  let negative = 0;
  let positive = 0;
  let lowest = 0;
  let profanity = 0;
  let you = 0;
  words.forEach((word, i) => {
    if (word.masked || !IS_WORD.test(word.text)) return;
    if (SECOND_PERSON.has(word.text)) you += 1;
    const traits = traitsOf(lexicon, word.text);
    if (!traits) return;
    let valence = traits.valence;
    const before = words.slice(Math.max(0, i - 3), i);
    if (valence !== 0 && before.some((w) => NEGATORS.has(w.text))) valence *= NEGATION_SCALAR;
    if (valence < 0) negative -= valence;
    else positive += valence;
    lowest = Math.min(lowest, valence);
    profanity = Math.max(profanity, traits.profanity);
  });
  const raw = doc.text.slice(sentence.start, reachOf(doc, sentence));
  for (const [emoji] of raw.matchAll(EMOJI)) {
    const valence = lexicon.traits(emoji)?.valence ?? 0;
    if (valence < 0) negative -= valence;
    else positive += valence;
    lowest = Math.min(lowest, valence);
  }
  const shouted = (raw.match(/\b\p{Lu}{4,}\b/gu) ?? []).length;
  return Float64Array.from([
    Math.min(negative / 4, 3),
    Math.min(positive / 4, 3),
    -lowest / 4,
    profanity / 2,
    Math.min(you, 3) / 3,
    Math.min((raw.match(/!/g) ?? []).length, 3) / 3,
    /\?\s*$/.test(raw) || /\?[^?]*$/.test(raw) ? 1 : 0,
    /[?!]\s*[?!]/.test(raw) ? 1 : 0,
    Math.min(shouted, 3) / 3,
    /\.\.\.|…/.test(raw) ? 1 : 0,
    SCARE_QUOTE.test(raw) ? 1 : 0,
    Math.log1p(words.length) / 4,
  ]);
}

/**
 * The tone model's features for every unit of a message's body (greeting and sign-off left out):
 * words, word pairs and triples, character n-grams of longer words (so a misspelling or a new
 * form of a word still shares most of its features), emoji, and dense features from the lexicon.
 * The user's own context words are masked, so a "mortgage book" the interview was about is never
 * read as pleading about money. Training and the coach share this one function.
 */
export function toneUnitFeatures(doc: CoachDocument, lexicon: ToneLexicon): UnitFeatures[] {
  return doc.memo('tone.features', () => {
    const masked = contextWords(doc, lexicon);
    return toneUnits(doc).map((unit) => {
      const words = sentenceWords(doc, unit, masked);
      const ids = new Set<number>();
      eachSparse(doc, unit, words, lexicon, (name) => ids.add(featureId(name)));
      return {
        sentence: unit.sentence,
        clause: unit.clause,
        start: unit.start,
        end: unit.end,
        sparse: [...ids],
        dense: denseOf(doc, unit, words, lexicon),
      };
    });
  });
}

/** Every sparse feature of one unit with where it was written, for explaining a score. */
export function featureOrigins(
  doc: CoachDocument,
  lexicon: ToneLexicon,
  unit: Sentence,
): FeatureOrigin[] {
  const origins: FeatureOrigin[] = [];
  const words = sentenceWords(doc, unit, contextWords(doc, lexicon));
  eachSparse(doc, unit, words, lexicon, (name, span) =>
    origins.push({ id: featureId(name), name, ...span }),
  );
  return origins;
}
