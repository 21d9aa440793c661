import { describe, expect, it } from 'vitest';
import { problems, runRule, spans } from '../../../../test/coach';
import { demandRule } from './tone-demand';

const rule = demandRule();

describe('tone/demand', () => {
  it.each([
    ['I expect a written explanation of my scores.', 'expect a written explanation'],
    ['I need to know why I was turned down.', 'need to know why'],
    ['Please send me the interview notes.', 'send me the interview notes'],
    ['I want feedback on every answer.', 'want feedback'],
    ['I deserve an explanation after three rounds.', 'deserve an'],
    ['You owe me at least a reason.', 'owe me'],
    ['Please reply by Friday with your feedback.', 'by Friday'],
    ['Let me know as soon as possible what went wrong.', 'as soon as possible'],
    ['This is the third time I am writing to you.', 'third time I am writing'],
    ['Why haven’t I heard anything from your team?', 'Why haven’t I heard'],
    ['I’m still waiting for a reply to my last email.', 'waiting for a reply'],
    ['You said you would keep me posted about the next opening.', 'said you would keep me posted'],
    ['Kindly explain why my application failed.', 'Kindly explain'],
    ['You need to tell me what went wrong.', 'need to tell'],
    ['I expect to receive the full report within two weeks.', 'expect to receive'],
    ['Please inform me of the meeting date by next Monday.', 'Please inform'],
    ['Kindly revert with the scores no later than Friday.', 'Kindly revert'],
  ])('flags %j', (text, words) => {
    const found = problems(runRule(rule, text));
    expect(found.length).toBeGreaterThan(0);
    expect(spans(text, found).join(' | ')).toContain(words);
  });

  it.each([
    'I want you to know how much I enjoyed the depot visit.',
    'Would you be willing to share one thing I could improve?',
    'I’ll send the article by Friday, as promised.',
    'Thanks for getting back to me so promptly.',
    'Thank you for the call today.',
    'If you have any feedback, I would be grateful.',
    'I expect to be back in Leeds by March, if you are ever there.',
  ])('leaves %j alone', (text) => {
    expect(problems(runRule(rule, text))).toEqual([]);
  });
});
