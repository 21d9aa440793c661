import { describe, expect, it } from 'vitest';
import { problems, runRule, spans } from '../../../../test/coach';
import { nearDuplicateRule } from './template-near-duplicate';

const rule = nearDuplicateRule();

const earlier =
  'Hi Tom,\nThank you for letting me know. I know you are busy, but if you could spare a few minutes to share what I might do better, I would be very grateful. It would help me a lot.\nAna';

describe('template/near-duplicate', () => {
  it('flags the same body sent to someone else, with names and a word changed', () => {
    const text =
      'Hi Marta,\nThank you for letting me know. I know you are busy, but if you could spare a few minutes to share what I might do better, I would be grateful. It would help me a lot.\nAna';
    const found = problems(
      runRule(rule, text, { context: { previousMessages: [{ text: earlier, to: 'Tom Price' }] } }),
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain('Tom Price');
    expect(spans(text, found)[0]).toMatch(/^Thank you.*a lot$/s);
  });

  it('flags a message that mostly reuses an earlier one with a sentence added', () => {
    const text = `${earlier.replace('Hi Tom,', 'Hi Marta,').replace('\nAna', '')} I also enjoyed the depot visit.\nAna`;
    expect(
      problems(runRule(rule, text, { context: { previousMessages: [earlier] } })),
    ).toHaveLength(1);
  });

  it('says so differently when the earlier message went to the same person', () => {
    const found = runRule(rule, earlier.replace('Hi Tom,', 'Hi Marta,'), {
      context: { previousMessages: [{ text: earlier, to: 'Marta Jensen' }] },
    });
    expect(found[0]?.message).toMatch(/already sent Marta Jensen/);
  });

  it.each([
    'Hi Marta,\nThanks for the tour of the Aarhus depot. The way your team plans the night-shift rota was new to me, and I would love one pointer on my own planning answer.\nAna',
    'Hi Marta,\nThank you.\nAna',
  ])('leaves a different message alone: %j', (text) => {
    expect(runRule(rule, text, { context: { previousMessages: [earlier] } })).toEqual([]);
  });
});
