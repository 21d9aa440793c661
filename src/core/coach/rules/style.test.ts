import { describe, expect, it } from 'vitest';
import { runRule, spans } from '../../../../test/coach';
import { readabilityRule } from './style-readability';
import { fillerRule, hedgeRule, passiveRule } from './style-retext';

describe('style rules', () => {
  it('flags a long, knotted sentence for readability, as advice', () => {
    const text =
      'Hi Marta,\nI was wondering whether, considering the organisational complexities inherent in multi-depot transportation optimisation initiatives, you might conceivably be amenable to providing supplementary commentary regarding my comparatively unsatisfactory presentation.\nAna';
    const found = runRule(readabilityRule(), text);
    expect(found).toHaveLength(1);
    expect(found[0]?.severity).toBe('info');
    expect(spans(text, found)[0]).toMatch(/^I was wondering.*presentation\.$/);
  });

  it.each([
    'Hi Marta,\nSomething reminded me of our talk about the billing migration in Aarhus.\nAna',
    'Hi Marta,\nI enjoyed hearing about moving the onboarding flow to a new billing migration.\nAna',
  ])('does not ask to split a sentence of a dozen words: %j', (text) => {
    expect(runRule(readabilityRule(), text)).toEqual([]);
  });

  it('leaves short plain sentences alone', () => {
    expect(
      runRule(readabilityRule(), 'Hi Marta,\nThanks for the tour. I enjoyed it a lot.\nAna'),
    ).toEqual([]);
  });

  it('notes passive voice', () => {
    const text = 'The decision was made quickly.';
    expect(spans(text, runRule(passiveRule(), text))).toEqual(['made']);
  });

  it('notes hedges but not the polite words a request needs', () => {
    const text =
      'I think maybe you could perhaps share a pointer? I understand, and I would appreciate it.';
    expect(spans(text, runRule(hedgeRule(), text))).toEqual(['think', 'maybe', 'perhaps']);
  });

  it('notes fillers', () => {
    const text = 'I just basically wanted to say thanks.';
    expect(spans(text, runRule(fillerRule(), text))).toEqual(['just', 'basically']);
  });

  it('never reports style above info', () => {
    const text = 'It was basically decided, I think, that the thing was maybe done.';
    const all = [hedgeRule(), fillerRule(), passiveRule(), readabilityRule()].flatMap((r) =>
      runRule(r, text),
    );
    expect(all.length).toBeGreaterThan(0);
    expect(new Set(all.map((f) => f.severity))).toEqual(new Set(['info']));
  });
});
