import { bodySentences, type CoachDocument } from '../document';
import { defineRule, type RuleFinding } from '../rule';
import {
  COLLECTIVES,
  FIRST_PERSON,
  INSULT_DEFAULTS,
  INSULT_MESSAGE,
  judgeOf,
  VERDICT_INTENSIFIERS,
  type InsultOptions,
  type Judge,
} from './tone-insult';

/** A plural noun at or below `maxValence`, called on its own, is a name; as `tone/insult`. */
export type NameCallingOptions = InsultOptions;

/**
 * `tone/name-calling`: a sentence that is only a name called ("Clowns.", "Total idiots, the lot
 * of you."). Nothing around it can make it kind, so the tone model is not asked about it (see
 * `tone/gate.ts`); `tone/insult` covers names said of someone within a sentence.
 */
export const nameCallingRule = defineRule<NameCallingOptions>({
  id: 'tone/name-calling',
  category: 'tone',
  defaults: INSULT_DEFAULTS,
  create(options) {
    const judges = judgeOf(options);
    return (doc) =>
      bodySentences(doc).flatMap((sentence) => epithetSentence(doc, sentence, judges) ?? []);
  },
});

/** The words that may stand around a name called on its own: "Total idiots, the lot of you." */
const EPITHET_FRAME = new Set([
  ...VERDICT_INTENSIFIERS,
  ...COLLECTIVES,
  'what',
  'a',
  'an',
  'such',
  'of',
  'the',
  'lot',
  'you',
  'all',
  'y',
  "y'all",
  'bloody',
  'fucking',
  'just',
  'honestly',
  'frankly',
  'bunch',
]);
const WRITER_AND_US = new Set([...FIRST_PERSON, 'we', 'us', 'our', 'ours', 'ourselves']);

/**
 * A sentence that is nothing but a name called ("Clowns.", "Total idiots.", "Cowboys, the lot of
 * you."): a plural of contempt or a swear word with at most intensifiers and "the lot of you"
 * around it. A single adjective ("Gutted.", "Hopeless.") may be the writer's verdict on
 * themselves, so only names count, and never with the writer or "us" in the sentence.
 */
function epithetSentence(
  doc: CoachDocument,
  sentence: { first: number; last: number },
  judges: Judge,
): RuleFinding | null {
  let name = -1;
  let lastWord = -1;
  for (let k = sentence.first; k < sentence.last; k += 1) {
    const word = doc.canon[k]?.text ?? '';
    if (!/^[\p{L}']/u.test(word)) continue;
    lastWord = k;
    if (EPITHET_FRAME.has(word)) continue;
    if (WRITER_AND_US.has(word) || name >= 0) return null;
    name = k;
  }
  const word = doc.canon[name]?.text ?? '';
  if (name < 0 || !/s$/.test(word) || !judges(doc, word)) return null;
  const start = doc.canon[sentence.first]?.start ?? 0;
  const end = doc.canon[lastWord]?.end ?? start;
  const match = `“${doc.text.slice(start, end)}”`;
  return { start, end, message: INSULT_MESSAGE.replace('{match}', match) };
}
