import { describe, expect, it } from 'vitest';
import { problems, runRule, spans } from '../../../../test/coach';
import { bargainingRule } from './tone-bargaining';

const rule = bargainingRule();

describe('tone/bargaining', () => {
  it.each([
    ['Would it change things if I accepted a lower salary?', 'change things if I'],
    [
      'If budget was the sticking point, I could start at the bottom of the band.',
      'budget was the sticking point',
    ],
    ['What if I took the junior post for three months?', 'What if I took'],
    ['I’d hate for cost to be the reason.', 'cost to be the reason'],
    ['Is the door completely closed?', 'door completely closed'],
    ['Before the offer goes out, could I redo the routing exercise?', 'Before the offer goes out'],
    ['If I knock 5k off my salary ask, is there any way back in?', 'knock 5k off my salary'],
    ['I think you’ll want to reopen the conversation with me.', 'want to reopen'],
    ['Please keep me at the top of the list.', 'top of the list'],
  ])('flags %j', (text, words) => {
    const found = problems(runRule(rule, text));
    expect(found.length).toBeGreaterThan(0);
    expect(spans(text, found).join(' | ')).toContain(words);
  });

  it.each([
    'If a similar role opens in future, I’d love to be considered.',
    'If anything changes, I’d be glad to hear from you.',
    'If you ever need an extra pair of hands at the depot, I’d be happy to help.',
    'Please keep my CV on file for future planning roles.',
  ])('leaves %j alone', (text) => {
    expect(problems(runRule(rule, text))).toEqual([]);
  });
});
