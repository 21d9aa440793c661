import type { CoachDocument } from '../document';
import type { Finding } from '../types';
import { contextWords, type ToneLexicon } from './features';
import { toneLexicon } from './lexicon';
import { scoreAt, type ToneModel } from './model';

/** The rule id of the model's own findings. */
export const TONE_MODEL_RULE = 'tone/model';

/**
 * Tone rules about what a message asks rather than how it will be taken (an ask in a first
 * LinkedIn note), a sentence that is nothing but a name called, and a strong swear word: the
 * model is not asked about them. Everything else, capitals and exclamation marks included, is
 * judged in its sentence ("Jordan!! Thank you…" is joy, not shouting).
 */
export const UNGATED_TONE_RULES: ReadonlySet<string> = new Set([
  'tone/linkedin-ask',
  'tone/name-calling',
  'tone/profanity',
]);

/** Whether every word of a span is one of the user's own context words. */
export function onlyContextWords(
  doc: CoachDocument,
  start: number,
  end: number,
  lexicon: ToneLexicon = toneLexicon(),
): boolean {
  const mine = contextWords(doc, lexicon);
  const words = doc.canon.filter((t) => t.start >= start && t.end <= end && /\p{L}/u.test(t.text));
  return words.length > 0 && words.every((t) => mine.has(t.text));
}

/**
 * Joins the phrase rules and the model into one verdict per sentence. A phrase rule's match
 * stands only where the model scores its sentence at least `model.gate`: the rule knows the
 * words, the model knows whether the sentence around them carries an edge ("kindly share" is a
 * courtesy, not a demand). Where a rule's match stands, it explains the sentence better than the
 * model can, so the model's own finding there goes.
 */
export function gateToneFindings(
  doc: CoachDocument,
  findings: readonly Finding[],
  model: ToneModel,
): Finding[] {
  const kept = findings.filter((f) => {
    if (f.category !== 'tone' || f.rule === TONE_MODEL_RULE || UNGATED_TONE_RULES.has(f.rule)) {
      return true;
    }
    // The user's own subject ("the mortgage arrears team") is never held against them.
    if (onlyContextWords(doc, f.start, f.end, model.lexicon)) return false;
    const score = scoreAt(doc, model, f.start, f.end);
    const own = model.ruleGates[`${f.rule}:${f.severity}`];
    return (
      score === null || score >= (own ?? (f.severity === 'error' ? model.strongGate : model.gate))
    );
  });
  const explained = kept.filter(
    (f) => f.category === 'tone' && f.rule !== TONE_MODEL_RULE && f.severity !== 'info',
  );
  return kept.filter(
    (f) => f.rule !== TONE_MODEL_RULE || !explained.some((e) => e.start < f.end && f.start < e.end),
  );
}
