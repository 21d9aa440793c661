import { describe, expect, it } from 'vitest';
import { problems, runRule, spans } from '../../../../test/coach';
import { mentionsHireRule } from './tone-mentions-hire';

const rule = mentionsHireRule();

describe('tone/mentions-hire', () => {
  it.each([
    ['I see the planner you hired has only a year’s experience.', 'planner you hired'],
    ['Whoever you picked has never run a night shift.', 'Whoever you picked'],
    ['I noticed the successful candidate used to work with your director.', 'successful candidate'],
    ['The new planner is a friend of one of the partners, which explains a lot.', 'new planner'],
    ['If the person you chose falls through, I could start on Monday.', 'person you chose'],
    ['I hear your new coordinator is finding the night rota too much.', 'new coordinator'],
    ['I’d be curious what made her the stronger choice over me.', 'the stronger choice'],
    [
      'Bit surprised you went for a graduate over someone with ten years in freight.',
      'went for a graduate',
    ],
    ['Has your new planner got the hang of the depot in Aarhus yet?', 'new planner'],
    [
      'I hear the person selected has two years in trade finance compared to my seven.',
      'person selected',
    ],
    ['I hope the new teacher’s Spanish is strong enough for the parents.', 'new teacher'],
    ['The fella allyuh pick cyah even spell the word adjuster.', 'fella allyuh pick'],
  ])('flags %j', (text, words) => {
    const found = problems(runRule(rule, text));
    expect(found.length).toBeGreaterThan(0);
    expect(spans(text, found).join(' | ')).toContain(words);
  });

  it.each([
    'I hope the new planner settles in quickly.',
    'Congratulations to whoever you appointed; the depot in Aarhus is a great place to start.',
    'I understand the successful candidate had more rail experience, and that’s a fair gap for me to close.',
    'I’m sure the person you chose will do a great job.',
    'Whoever got the role is lucky to join such a thoughtful team.',
    'I’m glad the role went to someone who already knows the depot inside out.',
    'I hope my own Spanish is strong enough for the next round.',
  ])('leaves %j alone', (text) => {
    expect(problems(runRule(rule, text))).toEqual([]);
  });
});
