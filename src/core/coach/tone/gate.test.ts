import { describe, expect, it } from 'vitest';
import { checkMessage } from '../check-message';
import { createRuleSet } from '../registry';
import { defineRule, type BaseRuleOptions, type CoachRule } from '../rule';
import { toneModelRule } from '../rules/tone-model';
import { encodeSparse } from '../../sparse-weights';
import { DENSE_FEATURES, featureId, HASH_BITS } from './features';
import type { ShippedToneModel } from './model';

/** A model that knows three words, against a bias of −2: "furious", "calm" and "mild". */
function syntheticModel(): ShippedToneModel {
  const weights = new Float32Array(1 << HASH_BITS);
  weights[featureId('w:furious')] = 6;
  weights[featureId('w:calm')] = 3.5;
  weights[featureId('w:mild')] = 2.5;
  return {
    trainedOn: { messages: 0, sentences: 0, files: 0 },
    bias: -2,
    threshold: 2,
    gate: 1,
    strongGate: 0,
    ruleGates: {},
    dense: DENSE_FEATURES.map(() => 0),
    sparse: encodeSparse(weights),
  };
}

/** A phrase rule stand-in: a tone finding on every occurrence of a word. */
function wordRule(id: string, word: string, severity: 'warning' | 'error'): CoachRule {
  return defineRule<BaseRuleOptions>({
    id,
    category: 'tone',
    defaults: { severity },
    create: () => (doc) =>
      [...doc.text.matchAll(new RegExp(`\\b${word}\\b`, 'g'))].map((m) => ({
        start: m.index,
        end: m.index + word.length,
        message: `${word} found`,
      })),
  })();
}

const model = syntheticModel();

function toneFindings(body: string, rules: CoachRule[], facts: string[] = []) {
  const set = createRuleSet([...rules, toneModelRule({ model })], { toneModel: model });
  return checkMessage(
    {
      kind: 'feedback_request',
      text: `Hi Jane,\n${body}\nBest,\nSam`,
      context: { contactName: 'Jane Doe', facts },
    },
    { rules: set },
  ).findings.filter((f) => f.category === 'tone');
}

describe('the tone gate', () => {
  it('lets the model report a sentence on its own, naming the words that weigh', () => {
    const [finding, ...rest] = toneFindings('Thanks for the call. I am furious about it.', []);
    expect(rest).toEqual([]);
    expect(finding?.rule).toBe('tone/model');
    expect(finding?.message).toContain('“furious”');
    expect(finding?.severity).toBe('warning');
  });

  it('keeps a rule’s match only where the model finds an edge in its sentence', () => {
    const rule = wordRule('tone/test-words', 'decision', 'warning');
    expect(toneFindings('The decision was made.', [rule])).toEqual([]);
    const kept = toneFindings('The decision left me calm.', [rule]);
    expect(kept.map((f) => f.rule)).toEqual(['tone/test-words']);
  });

  it('holds a clear-cut match to a lower bar than a warning', () => {
    const strong = wordRule('tone/test-strong', 'decision', 'error');
    const weak = wordRule('tone/test-weak', 'decision', 'warning');
    // "mild" scores 0.5: above the strong gate (0), below the warning gate (1).
    expect(toneFindings('A mild decision.', [strong]).map((f) => f.rule)).toEqual([
      'tone/test-strong',
    ]);
    expect(toneFindings('A mild decision.', [weak])).toEqual([]);
  });

  it('never asks the model about an ask in a first LinkedIn note', () => {
    const ask = wordRule('tone/linkedin-ask', 'refer', 'warning');
    expect(toneFindings('Could you refer me?', [ask]).map((f) => f.rule)).toEqual([
      'tone/linkedin-ask',
    ]);
  });

  it('drops a match made only of the user’s own subject, whatever the score', () => {
    const rule = wordRule('tone/test-words', 'arrears', 'error');
    expect(toneFindings('I am furious. The arrears book!', [rule], ['the arrears book'])).toEqual(
      expect.not.arrayContaining([expect.objectContaining({ rule: 'tone/test-words' })]),
    );
  });

  it('leaves one finding per sentence: the rule’s explanation wins over the model’s', () => {
    const rule = wordRule('tone/test-words', 'furious', 'warning');
    const found = toneFindings('I am furious about it.', [rule]);
    expect(found.map((f) => f.rule)).toEqual(['tone/test-words']);
  });

  it('reports a sentence far above the threshold as an error', () => {
    const set = createRuleSet([toneModelRule({ model, errorMargin: 1 })], { toneModel: model });
    const [finding] = checkMessage(
      { kind: 'thank_you', text: 'Hi Jane,\nI am furious.\nSam', context: {} },
      { rules: set },
    ).findings;
    expect(finding?.severity).toBe('error');
  });
});
