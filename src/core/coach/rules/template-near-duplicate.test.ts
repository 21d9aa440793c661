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

describe('template/near-duplicate, reworded copies', () => {
  const earlier =
    'Hi Tom,\nThank you for letting me know about your decision. I really appreciated the chance to interview and to learn more about the team’s plans for next year. If you have a moment, I would be grateful for any feedback on how I could strengthen my application in the future.\nBest,\nAna';
  const previousMessages = [{ text: earlier, to: 'Tom Price', company: 'Quill Analytics' }];

  it('finds a copy reworded word by word, which shares few shingles', () => {
    const text =
      'Hi Marta,\nThanks for letting me know your decision. I truly appreciated the chance to interview and learn more about your team’s plans for next year. If you have time, I’d be grateful for feedback on how I could make my application stronger in the future.\nBest,\nAna';
    const [finding] = problems(runRule(rule, text, { context: { previousMessages } }));
    expect(finding?.message).toMatch(/Tom Price, lightly reworded/);
  });

  it('leaves a different letter in the same voice alone', () => {
    const text =
      'Hi Marta,\nThank you for the tour of the depot in Aarhus and the honest chat about night planning. I have been practising rerouting exercises since, and I would love one pointer on my forecasting answer.\nBest,\nAna';
    expect(problems(runRule(rule, text, { context: { previousMessages } }))).toEqual([]);
  });
});
