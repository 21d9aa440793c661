import { bodySentences, type CoachDocument, type Sentence, type Span } from '../document';
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

/** One body sentence, ready to score. */
export interface SentenceFeatures extends Span {
  /** Index into `doc.sentences`. */
  sentence: number;
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

/** The words of the user's own context (company, role, person, facts): never held against them. */
export function contextWords(doc: CoachDocument): Set<string> {
  return doc.memo('tone.context-words', () => {
    const { company, role, contactName, facts } = doc.input.context;
    const words = [company, role, contactName, ...facts].join(' ').toLowerCase();
    return new Set(words.match(/[\p{L}\p{N}']+/gu) ?? []);
  });
}

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
  const raw = doc.text.slice(sentence.start, sentence.end);
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
  const raw = doc.text.slice(sentence.start, sentence.end);
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
 * The tone model's features for every body sentence of a message (greeting and sign-off left
 * out): words, word pairs and triples, character n-grams of longer words (so a misspelling or a
 * new form of a word still shares most of its features), emoji, and dense features from the
 * lexicon. The user's own context words are masked, so a "mortgage book" the interview was about
 * is never read as pleading about money. Training and the coach share this one function.
 */
export function toneSentenceFeatures(doc: CoachDocument, lexicon: ToneLexicon): SentenceFeatures[] {
  return doc.memo('tone.features', () => {
    const masked = contextWords(doc);
    return bodySentences(doc).map((sentence) => {
      const words = sentenceWords(doc, sentence, masked);
      const ids = new Set<number>();
      eachSparse(doc, sentence, words, lexicon, (name) => ids.add(featureId(name)));
      return {
        sentence: doc.sentences.indexOf(sentence),
        start: sentence.start,
        end: sentence.end,
        sparse: [...ids],
        dense: denseOf(doc, sentence, words, lexicon),
      };
    });
  });
}

/** Every sparse feature of one sentence with where it was written, for explaining a score. */
export function featureOrigins(
  doc: CoachDocument,
  lexicon: ToneLexicon,
  sentenceIndex: number,
): FeatureOrigin[] {
  const sentence = doc.sentences[sentenceIndex];
  if (!sentence) return [];
  const origins: FeatureOrigin[] = [];
  const words = sentenceWords(doc, sentence, contextWords(doc));
  eachSparse(doc, sentence, words, lexicon, (name, span) =>
    origins.push({ id: featureId(name), name, ...span }),
  );
  return origins;
}
