import type { CoachDocument } from '../document';
import { quote, sentenceText } from '../phrases';
import { defineRule, type BaseRuleOptions, type RuleFinding } from '../rule';
import { TONE_CUES } from '../tone-cues';
import {
  sentenceFeatures,
  toneFeatures,
  toneScore,
  type FeatureHit,
  type ToneModel,
} from '../tone-model';
import { TONE_MODEL } from './tone-model-weights';

export interface ImpressionOptions extends BaseRuleOptions {
  model: ToneModel;
}

const CUE_LABELS = new Map(TONE_CUES.map((cue) => [`c:${cue.id}`, cue.label]));

/**
 * A sentence that makes peace with the decision, feels for the reader or looks at the writer's
 * own part is left alone, whatever else is in it: mild, accepted disappointment is fine.
 */
const MAKES_PEACE =
  /\b(?:i (?:completely |totally |fully )?(?:understand|respect|accept|get it)|fair enough|(?:that is|it is|it was|a) fair (?:point|call|assessment|enough)|makes (?:complete |total )?sense|(?:can|could) see why|no hard feelings|(?:can not|could not|would not) have been (?:an )?easy|not what i (?:had |would )?hoped|i know i (?:am|was|did|have|need|could|should|made|rushed|struggled)|i (?:realise|realize) (?:now )?(?:that )?i|i am (?:so |very |really |truly )?grateful|i (?:really |truly )?appreciate|encouraging)\b/;

/** The writer looking at their own part ("I was nervous, and I think it showed") is not an edge. */
const OWNS_UP =
  /\b(?:(?:see me|i could|i should|i might|i) (?:do|have done|handle|have handled|approach|have approached) (?:[a-z']+ ){0,3}differently|make me a (?:stronger|better) (?:candidate|applicant)|i (?:was|felt|got) (?:a bit |very |quite |so |too |rather )?(?:nervous|anxious|slow|rushed|unprepared|flustered|nervy|tongue-tied)|i (?:think|suspect|know|realise|realize|feel|fear) i (?:was|did|could|should|over|under|rushed|missed|spent|lost|got|made|went|struggled|forgot|need|ran|talked|focused|focussed)|i (?:never quite|did not quite|could have|should have|probably|rushed|struggled|missed|forgot|ran out of|over-|under-)|my (?:answer|answers|presentation|solution|code|lesson|design|plan|pitch|demo) (?:was|were) (?:too|not|a bit|weak|rushed|thin|long|short|unclear))/;

/** Good wishes for the person hired or the team: kind, whatever else the sentence mentions. */
const WISHES_WELL =
  /\b(?:will (?:enjoy|love|thrive|fit in|settle in|be great|do (?:a )?(?:great|brilliant|wonderful|fantastic|lovely|good) (?:job|things)|do brilliantly|do well)|settles? in|congratulations|congrats|wish (?:them|him|her|you|the team|the new)|best of luck|good luck|lucky to (?:join|have)|every success|all the best)\b/;

/** The body sentence the model scores highest, with its score. */
function strongestSentence(doc: CoachDocument, model: ToneModel) {
  let best: { sentence: number; score: number } | undefined;
  for (const [sentence, features] of sentenceFeatures(doc)) {
    const score = toneScore(model, features);
    if (!best || score > best.score) best = { sentence, score };
  }
  return best;
}

/** The features that raise a sentence's score, each once, where they were written. */
function raising(doc: CoachDocument, model: ToneModel, sentence: number): FeatureHit[] {
  const seen = new Map<string, FeatureHit>();
  for (const hit of toneFeatures(doc)) {
    if (hit.sentence !== sentence || (model.weights[hit.feature] ?? 0) <= 0) continue;
    if (!seen.has(hit.feature)) seen.set(hit.feature, hit);
  }
  return [...seen.values()];
}

function reasons(doc: CoachDocument, model: ToneModel, hits: readonly FeatureHit[]): string {
  const named: string[] = [];
  const ranked = [...hits].sort(
    (a, b) => (model.weights[b.feature] ?? 0) - (model.weights[a.feature] ?? 0),
  );
  for (const hit of ranked) {
    const label =
      CUE_LABELS.get(hit.feature) ?? `“${quote(doc.text.slice(hit.start, hit.end), 30)}”`;
    if (!named.includes(label)) named.push(label);
    if (named.length === 3) break;
  }
  if (named.length < 2) return named.join('');
  return `${named.slice(0, -1).join(', ')} and ${named[named.length - 1] ?? ''}`;
}

/**
 * `tone/overall-impression`: a safety net for tone the phrase rules have no pattern for. A small
 * model trained on the labelled messages scores the whole message; above a conservative
 * threshold, and only when no other tone rule spoke, it points at the sentence that weighs most
 * and names what in it tends to carry an edge.
 */
export const toneImpressionRule = defineRule<ImpressionOptions>({
  id: 'tone/overall-impression',
  category: 'tone',
  defaults: { severity: 'warning', fallback: true, model: TONE_MODEL },
  create(options) {
    const { model } = options;
    return (doc): RuleFinding[] => {
      const best = strongestSentence(doc, model);
      const sentence = best && doc.sentences[best.sentence];
      if (!best || !sentence || best.score < model.threshold) return [];
      const text = sentenceText(doc, sentence);
      if (MAKES_PEACE.test(text) || WISHES_WELL.test(text) || OWNS_UP.test(text)) return [];
      return [
        {
          start: sentence.start,
          end: sentence.end,
          message: `This sentence may sound more unsettled about the decision than you mean: ${reasons(doc, model, raising(doc, model, best.sentence))} often carry an edge in notes like this one. A hiring manager reads quickly and may answer the edge rather than your question. If it is not what you mean, keep to thanks, one thing you valued and one question about what comes next.`,
          suggestion:
            'Thank you again for your time. Is there one thing I could work on before my next application?',
        },
      ];
    };
  },
});
