import type { CoachDocument } from '../document';
import { quote } from '../phrases';
import { defineRule, type BaseRuleOptions, type RuleFinding } from '../rule';
import { TONE_MODEL_RULE } from '../tone/gate';
import {
  loadToneModel,
  raisingPhrases,
  sentenceScores,
  type ShippedToneModel,
} from '../tone/model';
import { TONE_MODEL } from '../tone/weights';
import type { CoachKind } from '../types';

export interface ToneModelOptions extends BaseRuleOptions {
  model: ShippedToneModel;
  /** A sentence this far above the threshold is an error rather than a warning. */
  errorMargin: number;
}

/** A calmer sentence to put in place of the flagged one, by the kind of message. */
const SUGGESTIONS: Partial<Record<CoachKind, string>> = {
  feedback_request: 'Is there one thing I could work on before my next application?',
  thank_you: 'Thank you again for your time; I enjoyed learning how the team works.',
  follow_up: 'I am still very interested, and I would be glad to hear if anything opens up.',
};
const DEFAULT_SUGGESTION = 'I would be glad to stay in touch.';

function listOf(doc: CoachDocument, spans: readonly { start: number; end: number }[]): string {
  const quoted = spans.map((s) => `“${quote(doc.text.slice(s.start, s.end), 30)}”`);
  if (quoted.length < 2) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1] ?? ''}`;
}

/**
 * `tone/model`: the learned tone model's verdict on each sentence. It reports a sentence that
 * reads as resentful, sarcastic, pressing or hostile however it is worded, naming the words that
 * weigh most, so the writer can see what a reader would react to. Where a phrase rule explains
 * the same sentence better, its finding is kept instead (`tone/gate.ts`).
 */
export const toneModelRule = defineRule<ToneModelOptions>({
  id: TONE_MODEL_RULE,
  category: 'tone',
  defaults: { severity: 'warning', model: TONE_MODEL, errorMargin: 2.5 },
  create(options) {
    const model = loadToneModel(options.model);
    return (doc): RuleFinding[] =>
      sentenceScores(doc, model)
        .filter((s) => s.score >= model.threshold)
        .map((s) => {
          const words = raisingPhrases(doc, model, s);
          const named = words.length > 0 ? `${listOf(doc, words)} ` : 'Its wording ';
          const verb = words.length > 1 ? 'are' : 'is';
          return {
            start: s.start,
            end: s.end,
            severity: s.score >= model.threshold + options.errorMargin ? 'error' : options.severity,
            message: `${named}${verb} the kind of wording that reads as resentment, sarcasm or pressure in a note like this, even when it is not meant that way. A hiring manager reads quickly and answers the edge, not your question. If that is not what you mean, say what you valued and what you would like to know, and leave the rest out.`,
            suggestion: SUGGESTIONS[doc.input.kind] ?? DEFAULT_SUGGESTION,
          };
        });
  },
});
