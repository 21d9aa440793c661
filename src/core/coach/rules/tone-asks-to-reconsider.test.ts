import { describe, expect, it } from 'vitest';
import { problems, runRule, spans } from '../../../../test/coach';
import { asksToReconsiderRule } from './tone-asks-to-reconsider';

const rule = asksToReconsiderRule();

describe('tone/asks-to-reconsider', () => {
  it.each([
    ['Would you be willing to reconsider your decision?', 'reconsider'],
    ['Please reconsider.', 'reconsider'],
    ['I hope you might rethink this.', 'rethink'],
    ['Is there any chance the panel could revisit the outcome?', 'revisit the outcome'],
    ['Could you look at my case study again?', 'look at my case study again'],
    ['Give me one more chance and I will prove it.', 'one more chance'],
    ['I would love the chance to interview again next week.', 'interview again'],
    ['Is the decision final?', 'Is the decision final'],
    ['Perhaps you could change your mind after seeing my portfolio.', 'change your mind'],
    ['Let me prove myself with a trial day.', 'prove myself'],
    ['Kindly look into my case again.', 'look into my case again'],
    ['Kindly see if something can be done.', 'see if something can be done'],
  ])('flags %j', (text, words) => {
    const found = problems(runRule(rule, text));
    expect(found.length).toBeGreaterThan(0);
    expect(spans(text, found).join(' | ')).toContain(words);
  });

  it.each([
    'I’m reconsidering how I prepare for case interviews.',
    'I reconsidered my approach to the planning exercise afterwards.',
    'I’m not asking you to reconsider; I’d just value one pointer.',
    'If a similar role opens in the future, I would love another chance to interview.',
    'Thank you for taking the time to review my application.',
    'I hope we meet again at the logistics summit.',
    'I will look into the course you suggested.',
    'Let me know if there is anything I can do to prepare for the next opening.',
  ])('leaves %j alone', (text) => {
    expect(problems(runRule(rule, text))).toEqual([]);
  });

  it('treats a direct request to reverse the decision as an error', () => {
    expect(runRule(rule, 'Please reconsider your decision.')[0]?.severity).toBe('error');
  });
});
