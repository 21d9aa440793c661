import type { CoachDocument } from '../document';
import type { Finding } from '../types';
import { scoreAt, type ToneModel } from './model';

/** The rule id of the model's own findings. */
export const TONE_MODEL_RULE = 'tone/model';

/**
 * Tone rules about the form of a message rather than how it will be taken: capitals and
 * exclamation marks, and an ask in a first LinkedIn note. The model is not asked about them.
 */
export const UNGATED_TONE_RULES: ReadonlySet<string> = new Set([
  'tone/shouting',
  'tone/linkedin-ask',
]);

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
    const score = scoreAt(doc, model, f.start, f.end);
    return score === null || score >= model.gate;
  });
  const explained = kept.filter(
    (f) => f.category === 'tone' && f.rule !== TONE_MODEL_RULE && f.severity !== 'info',
  );
  return kept.filter(
    (f) => f.rule !== TONE_MODEL_RULE || !explained.some((e) => e.start < f.end && f.start < e.end),
  );
}
