import { fillers } from 'fillers';
import { hedges } from 'hedges';
import retextIntensify from 'retext-intensify';
import retextPassive from 'retext-passive';
import { weasels } from 'weasels';
import { quote } from '../phrases';
import { retextRunner, sentencesWith } from '../retext';
import { defineRule, type BaseRuleOptions } from '../rule';

const BE = ['am', 'are', 'were', 'being', 'is', 'been', 'was', 'be'];

/** `style/passive`: passive voice (retext-passive). */
export const passiveRule = defineRule<BaseRuleOptions>({
  id: 'style/passive',
  category: 'style',
  defaults: { severity: 'info' },
  create() {
    // retext-passive reports a word only when the word before it is a form of "to be".
    const run = retextRunner(retextPassive, {}, 'passive', sentencesWith(BE));
    return (doc) =>
      run(doc).map((note) => ({
        start: note.start,
        end: note.end,
        message: `“${quote(doc.text.slice(note.start, note.end))}” is passive, which hides who did what. Naming the person often reads warmer and clearer.`,
      }));
  },
});

/**
 * Hedges and fillers worth pointing out in a short letter. Polite modals ("could you", "would
 * you") and words of acceptance ("I understand") are on the libraries' lists but are exactly
 * what these messages need, so only these are reported.
 */
const HEDGES = [
  'maybe',
  'perhaps',
  'possibly',
  'probably',
  'sort of',
  'kind of',
  'somewhat',
  'hopefully',
  'guess',
  'suppose',
  'think',
  'in my opinion',
  'more or less',
  'somehow',
];
const FILLERS = [
  'just',
  'basically',
  'actually',
  'literally',
  'totally',
  'essentially',
  'stuff',
  'whatever',
];

export interface IntensifyOptions extends BaseRuleOptions {
  /** The words to report; everything else retext-intensify knows is ignored. */
  words: readonly string[];
}

function intensifyRule(
  id: string,
  defaults: readonly string[],
  explain: (actual: string) => string,
) {
  return defineRule<IntensifyOptions>({
    id,
    category: 'style',
    defaults: { severity: 'info', words: defaults },
    create(options) {
      const keep = new Set(options.words.map((w) => w.toLowerCase()));
      // One retext-intensify pass serves both rules when their words are the defaults'.
      const searched = new Set([...HEDGES, ...FILLERS, ...keep]);
      const ignore = [...new Set([...hedges, ...fillers, ...weasels])].filter(
        (w) => !searched.has(w),
      );
      // With everything else ignored, a phrase it reports starts with a searched phrase's word.
      const run = retextRunner(
        retextIntensify,
        { ignore },
        `intensify:${[...searched].sort().join('|')}`,
        sentencesWith([...searched].map((phrase) => phrase.split(' ')[0] ?? '')),
      );
      return (doc) =>
        run(doc)
          .filter((note) => keep.has(note.actual.toLowerCase()))
          .map((note) => ({
            start: note.start,
            end: note.end,
            message: explain(doc.text.slice(note.start, note.end)),
          }));
    },
  });
}

/** `style/hedge`: words that make a request easy to overlook (retext-intensify). */
export const hedgeRule = intensifyRule(
  'style/hedge',
  HEDGES,
  (actual) =>
    `“${actual}” softens what follows. Politeness is good, but one soft word per request is plenty; more make the ask easy to overlook.`,
);

/** `style/filler`: words that add nothing (retext-intensify). */
export const fillerRule = intensifyRule(
  'style/filler',
  FILLERS,
  (actual) => `“${actual}” adds little here; the sentence is stronger without it.`,
);
