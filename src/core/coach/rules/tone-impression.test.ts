import { describe, expect, it } from 'vitest';
import { problems, runRule } from '../../../../test/coach';
import { checkMessage } from '../check-message';
import { TONE_CUES } from '../tone-cues';
import type { ToneModel } from '../tone-model';
import { toneImpressionRule } from './tone-impression';
import { TONE_MODEL } from './tone-model-weights';

/** A hand-made model, so the rule's behaviour is tested apart from what training produced. */
const model: ToneModel = {
  bias: -2,
  threshold: 0,
  weights: { 'w:frankly': 1.5, 'b:over_me': 1.5, 'c:hire': 0.5, 'w:thanks': -1 },
};
const rule = toneImpressionRule({ model });

describe('tone/overall-impression', () => {
  it('points at the sentence that weighs most and names what weighs in it', () => {
    const text = 'Thanks for the call. Frankly, the new planner was picked over me.';
    const [finding] = problems(runRule(rule, text));
    expect(text.slice(finding?.start, finding?.end)).toBe(
      'Frankly, the new planner was picked over me.',
    );
    expect(finding?.message).toMatch(/“Frankly”/);
    expect(finding?.message).toMatch(/hiring manager/);
    expect(finding?.suggestion).toMatch(/\?$/);
  });

  it('stays quiet below the threshold and where a sentence makes peace with the decision', () => {
    expect(runRule(rule, 'Thanks for the call about the depot in Aarhus.')).toEqual([]);
    expect(runRule(rule, 'Frankly, the new planner was picked over me, and I understand.')).toEqual(
      [],
    );
  });

  it('is a fallback: it adds nothing when another tone rule has already spoken', () => {
    const text = 'Hi Marta,\nI believe I met every requirement, frankly.\nBest,\nSam';
    const rules = checkMessage({ kind: 'feedback_request', text }).findings.map((f) => f.rule);
    expect(rules).toContain('tone/argues-decision');
    expect(rules).not.toContain('tone/overall-impression');
  });

  it('ships a trained table whose cue features all exist and whose threshold is above zero', () => {
    const cues = new Set(TONE_CUES.map((c) => `c:${c.id}`));
    const features = Object.keys(TONE_MODEL.weights);
    expect(features.length).toBeGreaterThan(100);
    for (const f of features.filter((name) => name.startsWith('c:')))
      expect(cues.has(f)).toBe(true);
    expect(TONE_MODEL.threshold).toBeGreaterThan(0);
  });
});
