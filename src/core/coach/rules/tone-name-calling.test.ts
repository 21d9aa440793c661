import { describe, expect, it } from 'vitest';
import { checkMessage } from '../check-message';
import { problems, runRule, spans } from '../../../../test/coach';
import { nameCallingRule } from './tone-name-calling';

const rule = nameCallingRule();

describe('tone/name-calling', () => {
  it.each([
    ['Thanks for nothing. Clowns.', 'Clowns'],
    ['Total morons.', 'Total morons'],
    ['Cowboys, the lot of you!', 'Cowboys, the lot of you'],
    ['Absolute numpties, all of you.', 'Absolute numpties, all of you'],
    // Rated harsh by the sentiment lexicons, never listed by the rule.
    ['Thanks for the call. Bastards.', 'Bastards'],
    ['Such hypocrites.', 'Such hypocrites'],
  ])('flags a sentence that only calls names: %j', (text, words) => {
    const found = problems(runRule(rule, text));
    expect(found).toHaveLength(1);
    expect(spans(text, found)).toEqual([words]);
  });

  it.each([
    'Gutted.',
    'Hopeless, I know.',
    'Idiots, the lot of us, for booking the wrong room.',
    'We were fools to rush it.',
    'Lessons learned.',
    'Tears.',
    'Thanks, guys!',
    'Cheers, all.',
    'Clowns are hard to book in December, so the fair went ahead without them.',
  ])('leaves %j alone', (text) => {
    expect(problems(runRule(rule, text))).toEqual([]);
  });

  it('never counts a word from the user’s own notes', () => {
    const text = 'Thanks for the tour. Cowboys!';
    const context = { facts: ['the Cowboys season-ticket desk'] };
    expect(problems(runRule(rule, text, { context }))).toEqual([]);
  });

  it('stands in the full coach however mild the sentence around it reads', () => {
    const text = 'Hi Marta,\n\nThanks for letting me know. Amateurs.\n\nAna';
    const tone = checkMessage({
      kind: 'thank_you',
      text,
      context: {
        company: 'Harlow Freight',
        role: 'Planner',
        contactName: 'Marta Jensen',
        facts: [],
        otherCompanies: [],
        previousMessages: [],
      },
    }).findings.filter((f) => f.category === 'tone');
    expect(tone.map((f) => [f.rule, text.slice(f.start, f.end)])).toContainEqual([
      'tone/name-calling',
      'Amateurs',
    ]);
  });
});
