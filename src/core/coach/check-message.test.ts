import { describe, expect, it } from 'vitest';
import { CONTEXT } from '../../../test/coach';
import { checkMessage } from './check-message';
import { createRuleSet } from './registry';
import { placeholderRule } from './rules/template-placeholder';
import { COACH_CATEGORIES } from './types';

describe('checkMessage', () => {
  it('returns no problems for a warm, specific message, and full scores', () => {
    const result = checkMessage({
      kind: 'feedback_request',
      text: 'Hi Marta,\nThank you for letting me know. I enjoyed hearing how you rerouted trucks around the bridge closure. If you have a moment, what is one thing I could strengthen for next time?\nBest,\nAna',
      context: CONTEXT,
    });
    expect(result.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(result.scores.tone).toBe(100);
    expect(result.stats.words).toBeGreaterThan(30);
    expect(result.stats.characterLimit).toBeNull();
    expect(result.stats.readingEase).toEqual(expect.any(Number));
  });

  it('finds problems of several categories in one message, sorted by position', () => {
    const text =
      'Dear [Name],\nI believe I met every requirement, so I was surprised by the decision. Best wishes to the Quill Analytics team!!!\nAna';
    const result = checkMessage({ kind: 'feedback_request', text, context: CONTEXT });
    const categories = new Set(
      result.findings.filter((f) => f.severity !== 'info').map((f) => f.category),
    );
    expect(categories).toEqual(new Set(['template', 'tone', 'accuracy', 'personalization']));
    const starts = result.findings.map((f) => f.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(result.scores.overall).toBeLessThan(50);
    for (const category of COACH_CATEGORIES)
      expect(result.scores[category]).toBeGreaterThanOrEqual(0);
  });

  it('gives the LinkedIn limit of the plan in its stats', () => {
    const paid = checkMessage({
      kind: 'linkedin_note',
      text: 'Hi',
      context: { linkedinPlan: 'paid' },
    });
    expect(paid.stats.characterLimit).toBe(300);
    expect(checkMessage({ kind: 'linkedin_note', text: 'Hi' }).stats.characterLimit).toBe(200);
  });

  it('treats missing context as unknown rather than failing', () => {
    for (const text of [
      '',
      '   ',
      '!!!',
      '[[Your words]]',
      '\n\n\n',
      '😀'.repeat(50),
      'a'.repeat(20_000),
    ]) {
      expect(() => checkMessage({ kind: 'thank_you', text })).not.toThrow();
    }
    const bare = checkMessage({ kind: 'thank_you', text: 'Thanks for the interview.' });
    expect(bare.findings.filter((f) => f.category === 'accuracy')).toEqual([]);
  });

  it('turns malformed input from untyped callers into findings, not exceptions', () => {
    const odd = {
      kind: 'sonnet',
      text: 42,
      context: {
        facts: ['ok', 7, null],
        otherCompanies: 'Acme',
        previousMessages: [{ to: 'x' }, 'Hi'],
        contactName: {},
      },
    } as unknown as Parameters<typeof checkMessage>[0];
    expect(() => checkMessage(odd)).not.toThrow();
    expect(
      checkMessage({ ...odd, text: 'This is ridiculous.' }).findings.map((f) => f.rule),
    ).toContain('tone/frustration');
  });

  it('runs a custom rule set', () => {
    const rules = createRuleSet([placeholderRule()]);
    const result = checkMessage(
      { kind: 'thank_you', text: 'This is ridiculous, [Name].' },
      { rules },
    );
    expect(result.findings.map((f) => f.rule)).toEqual(['template/placeholder']);
  });

  it('gives the same answer for the same input (pure, cached work is invisible)', () => {
    const input = {
      kind: 'feedback_request' as const,
      text: 'Hi Marta, I met every requirement.',
      context: CONTEXT,
    };
    expect(checkMessage(input)).toEqual(checkMessage(input));
    const otherContext = { ...CONTEXT, contactName: 'Owen Hart' };
    expect(checkMessage({ ...input, context: otherContext }).findings).not.toEqual(
      checkMessage(input).findings,
    );
  });
});
