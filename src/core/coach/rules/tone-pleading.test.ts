import { describe, expect, it } from 'vitest';
import { problems, runRule, spans } from '../../../../test/coach';
import { pleadingRule } from './tone-pleading';

const rule = pleadingRule();

describe('tone/pleading', () => {
  it.each([
    ['I’m begging you to think again.', 'begging'],
    ['Please, please give me a chance.', 'Please, please'],
    ['I would take any salary you offer.', 'take any salary'],
    ['I’d happily accept a lower salary.', 'accept a lower salary'],
    ['I could work the first month for free.', 'work the first month for free'],
    ['I really need this job.', 'need this job'],
    ['My kids are counting on me finding work.', 'kids are counting'],
    ['I have been out of work for nine months.', 'out of work for nine months'],
    ['This role was my last hope.', 'last hope'],
    ['Any position at all would do.', 'position at all'],
    ['I was devastated when I read your email.', 'devastated'],
    ['My visa depends on finding a role this month.', 'visa depends on'],
    ['I could do an unpaid trial week to show you.', 'unpaid trial week'],
    ['My parents have already told relatives I am joining the firm.', 'parents have already told'],
  ])('flags %j', (text, words) => {
    const found = problems(runRule(rule, text));
    expect(found.length).toBeGreaterThan(0);
    expect(spans(text, found).join(' | ')).toContain(words);
  });

  it.each([
    'I was gutted at first, but I understand and I’m grateful for the chance.',
    'Is there anything I could do better in my next planning interview?',
    'I need a role where I can keep learning, and your feedback would help me find it.',
    'Please let me know if you would be open to a short call.',
    'My parents told me to ask for feedback, and I am glad I did.',
  ])('leaves %j alone', (text) => {
    expect(problems(runRule(rule, text))).toEqual([]);
  });
});
