import { describe, expect, it } from 'vitest';
import { runRule } from '../../../../test/coach';
import { channelLimitRule, characterCount, idealLengthRule } from './length';

describe('length/channel-limit', () => {
  const rule = channelLimitRule();
  const note = (n: number) => 'a'.repeat(n);

  it.each([
    [201, 'free', 'error'],
    [200, 'free', 'info'],
    [150, 'free', null],
    [301, 'paid', 'error'],
    [250, 'paid', null],
    [280, 'paid', 'info'],
  ] as const)('a %i-character note on a %s plan: %s', (length, plan, severity) => {
    const found = runRule(rule, note(length), {
      kind: 'linkedin_note',
      context: { linkedinPlan: plan },
    });
    expect(found[0]?.severity ?? null).toBe(severity);
  });

  it('points at the part that would not fit', () => {
    const text = `${'x'.repeat(200)}TAIL`;
    const [finding] = runRule(rule, text, { kind: 'linkedin_note' });
    expect(text.slice(finding!.start, finding!.end)).toBe('TAIL');
  });

  it('counts characters as people do, an emoji as one', () => {
    expect(characterCount('👋 hi')).toBe(4);
    const text = `${'😀'.repeat(200)}`;
    expect(runRule(rule, text, { kind: 'linkedin_note' })[0]?.severity).toBe('info');
  });

  it('applies to LinkedIn notes only', () => {
    expect(runRule(rule, note(400), { kind: 'thank_you' })).toEqual([]);
  });
});

describe('length/ideal', () => {
  const rule = idealLengthRule();
  const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

  it.each([
    ['feedback_request', 240, 'warning'],
    ['feedback_request', 170, 'info'],
    ['feedback_request', 80, null],
    ['feedback_request', 10, 'info'],
    ['thank_you', 210, 'warning'],
    ['keep_in_touch', 205, 'warning'],
    ['follow_up', 190, 'warning'],
    ['other', 500, null],
  ] as const)('%s of %i words: %s', (kind, n, severity) => {
    expect(runRule(rule, words(n), { kind })[0]?.severity ?? null).toBe(severity);
  });
});
