import { automatedReadability } from 'automated-readability';
import { colemanLiau } from 'coleman-liau';
import { daleChallFormula, daleChallGradeLevel } from 'dale-chall-formula';
import { fleschKincaid } from 'flesch-kincaid';
import { gunningFog } from 'gunning-fog';
import { smogFormula } from 'smog-formula';
import { bodySentences, type CoachDocument, type Sentence } from '../document';
import type { Token } from '../text/tokens';
import { defineRule, type BaseRuleOptions, type RuleFinding } from '../rule';
import { FAMILIAR_WORDS, syllableCount } from '../text/words';

export interface ReadabilityOptions extends BaseRuleOptions {
  /** US school grade a sentence should not go beyond (11 is about age 16). */
  targetGrade: number;
  /** How many of the six formulas must put a sentence above the target. */
  agree: number;
  /**
   * Shorter sentences are not judged: the formulas mean little on a handful of words, and
   * "two shorter sentences would be easier" is no advice for a sentence of twelve. Plain-English
   * guides put the limit near here (GOV.UK's style guide: at most 25 words; the Plain English
   * Campaign: an average of 15 to 20).
   */
  minWords: number;
}

/** Dale–Chall's list of words familiar to most fourth-graders, as a set for quick lookups. */
const EASY_WORDS = FAMILIAR_WORDS;

type Counts = {
  sentence: number;
  word: number;
  syllable: number;
  letter: number;
  character: number;
  polysillabicWord: number;
  complexPolysillabicWord: number;
  difficultWord: number;
};

/** Index of the first token that starts at or after `offset` (tokens are in text order). */
function firstTokenFrom(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((tokens[mid]?.start ?? 0) < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The words of a sentence, found by binary search rather than a walk of every token. */
function wordsOf(doc: CoachDocument, sentence: Sentence): string[] {
  const words: string[] = [];
  for (let i = firstTokenFrom(doc.tokens, sentence.start); i < doc.tokens.length; i += 1) {
    const token = doc.tokens[i];
    if (!token || token.end > sentence.end) break;
    if (token.kind === 'word') words.push(token.text);
  }
  return words;
}

function countWords(words: readonly string[]): Counts {
  const counts: Counts = {
    sentence: 1,
    word: 0,
    syllable: 0,
    letter: 0,
    character: 0,
    polysillabicWord: 0,
    complexPolysillabicWord: 0,
    difficultWord: 0,
  };
  const unfamiliar = new Set<string>();
  for (const word of words) {
    const lower = word.toLowerCase();
    const count = syllableCount(word);
    counts.word += 1;
    counts.syllable += count;
    counts.letter += word.length;
    counts.character += word.length;
    if (count >= 3) {
      counts.polysillabicWord += 1;
      if (lower[0] === word[0]) counts.complexPolysillabicWord += 1;
    }
    if (!EASY_WORDS.has(lower)) unfamiliar.add(lower);
  }
  counts.difficultWord = unfamiliar.size;
  return counts;
}

/** Six grade-level estimates of one sentence, from wooorm's formula packages. */
function grades(counts: Counts): number[] {
  return [
    fleschKincaid(counts),
    gunningFog(counts),
    colemanLiau(counts),
    automatedReadability(counts),
    smogFormula(counts),
    daleChallGradeLevel(daleChallFormula(counts))[0],
  ];
}

/**
 * `style/readability`: sentences most readability formulas find hard. The formulas and the
 * Dale–Chall word list come from their own packages; the list is held in a Set because the
 * retext plugin's linear scans of it cost more than every other rule together.
 */
export const readabilityRule = defineRule<ReadabilityOptions>({
  id: 'style/readability',
  category: 'style',
  defaults: { severity: 'info', targetGrade: 11, agree: 4, minWords: 20 },
  create(options) {
    // A verdict per sentence's words: typing changes one sentence, the rest are looked up.
    const verdicts = new Map<string, number>();
    const hardness = (words: readonly string[]): number => {
      const key = words.join(' ');
      let hard = verdicts.get(key);
      if (hard === undefined) {
        hard = grades(countWords(words)).filter((g) => g > options.targetGrade).length;
        if (verdicts.size >= 5_000) verdicts.clear();
        verdicts.set(key, hard);
      }
      return hard;
    };
    return (doc) => {
      const found: RuleFinding[] = [];
      const body = bodySentences(doc);
      for (const sentence of body) {
        const words = wordsOf(doc, sentence);
        if (words.length < options.minWords) continue;
        if (hardness(words) < options.agree) continue;
        const counts = { word: words.length };
        found.push({
          start: sentence.start,
          end: sentence.end,
          message: `This ${counts.word}-word sentence is hard to follow: most readability formulas place it above a grade ${options.targetGrade} reading level. Two shorter sentences would be easier to take in, especially on a phone.`,
        });
      }
      return found;
    };
  },
});
