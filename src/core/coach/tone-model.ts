import { findCues } from './cues';
import { bodySentences, type CoachDocument, type Span } from './document';
import { toneCues } from './tone-cues';

/**
 * A small logistic model over a sentence's words, word pairs and tone cues. It catches tone the
 * phrase rules have no pattern for yet, learnt from the labelled messages: the sentences the
 * rules flag in problem messages against every sentence of clean ones. Words of the company,
 * role, person and facts are masked, so it learns how people write about a rejection, not what
 * the job was. Scoring sentences rather than whole messages keeps a short note from looking
 * suspicious merely for lacking the warm words longer letters have.
 */
export interface ToneModel {
  bias: number;
  /** Report a sentence from this score (log-odds), chosen for few alarms on clean messages. */
  threshold: number;
  /** Weight per feature: `w:word`, `b:word_word` or `c:cue`. */
  weights: Readonly<Record<string, number>>;
}

/** One feature seen in a sentence, with the words it came from. */
export interface FeatureHit extends Span {
  feature: string;
  sentence: number;
}

const MASK = '_';

/**
 * Function words carry no tone on their own, so they are not features by themselves (a pair
 * with one content word, like `over me` or `did warn`, still is). This keeps every feature
 * something an explanation can quote meaningfully.
 */
const FUNCTION_WORDS = new Set(
  'a an the and or but so to of in on at for with from by as is are was were be been being am i me my mine you your yours we us our they them their he him his she her it its this that these those there here do does did doing have has had having would will could can should may might must shall not no yes if then than when while what which who whom whose how why where all any some each every one two more most much many very just also too up down out over under about into again further once off both only own same such few other nor s t don now ll re ve d m o y'.split(
    ' ',
  ),
);
const isWord = (token: string) => /[\p{L}\p{N}]/u.test(token);
const isFunctionWord = (token: string) => FUNCTION_WORDS.has(token) || !isWord(token);
const CONTEXT_WORD = /[\p{L}\p{N}']+/gu;

function contextWords(doc: CoachDocument): Set<string> {
  const { company, role, contactName, facts } = doc.input.context;
  const words = [company, role, contactName, ...facts].join(' ').toLowerCase();
  return new Set(words.match(CONTEXT_WORD) ?? []);
}

/**
 * The model's features in a message body (greeting and sign-off left out), each with where it
 * was found. The same function builds the training data, so the two can never drift apart.
 */
export function toneFeatures(doc: CoachDocument): FeatureHit[] {
  return doc.memo('tone-model.features', () => {
    const masked = contextWords(doc);
    const hits: FeatureHit[] = [];
    for (const sentence of bodySentences(doc)) {
      const tokens = doc.canon.slice(sentence.first, sentence.last);
      const index = tokens[0]?.sentence ?? 0;
      const words = tokens.map((t) => (masked.has(t.text) ? MASK : t.text));
      words.forEach((word, i) => {
        const token = tokens[i];
        if (!token || word === MASK || !isWord(word)) return;
        if (!isFunctionWord(word)) {
          hits.push({ feature: `w:${word}`, sentence: index, start: token.start, end: token.end });
        }
        const next = words[i + 1];
        const nextToken = tokens[i + 1];
        if (next === undefined || next === MASK || !nextToken || !isWord(next)) return;
        if (isFunctionWord(word) && isFunctionWord(next)) return;
        hits.push({
          feature: `b:${word}_${next}`,
          sentence: index,
          start: token.start,
          end: nextToken.end,
        });
      });
    }
    for (const [sentence, cues] of findCues(doc, toneCues()).bySentence) {
      for (const cue of cues) hits.push({ feature: `c:${cue.cue}`, ...cue, sentence });
    }
    return hits;
  });
}

/** The distinct features of each body sentence, by sentence index. */
export function sentenceFeatures(doc: CoachDocument): Map<number, Set<string>> {
  const bySentence = new Map<number, Set<string>>();
  for (const hit of toneFeatures(doc)) {
    const features = bySentence.get(hit.sentence) ?? new Set<string>();
    features.add(hit.feature);
    bySentence.set(hit.sentence, features);
  }
  return bySentence;
}

/** The model's score for a sentence: log-odds that it would put a hiring manager off. */
export function toneScore(model: ToneModel, features: ReadonlySet<string>): number {
  let score = model.bias;
  for (const feature of features) score += model.weights[feature] ?? 0;
  return score;
}
