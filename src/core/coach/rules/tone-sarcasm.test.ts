import { describe, expect, it } from 'vitest';
import { problems, runRule, spans } from '../../../../test/coach';
import { sarcasmRule } from './tone-sarcasm';

const rule = sarcasmRule();

describe('tone/sarcasm', () => {
  it.each([
    ['Thanks for the speedy three-month turnaround.', 'speedy three-month'],
    ['Thank you for finally replying.', 'Thank you for finally'],
    ['That really tells me how much Halcyon values its candidates.', 'tells me how much'],
    ['I hope whoever you hired turns out to be worth the money.', 'whoever you hired'],
    ['Your loss, I suppose.', 'Your loss'],
    ['Honestly I think I dodged a bullet.', 'dodged a bullet'],
    ['I guess I’m not polished enough for a company like yours.', 'guess I’m not polished'],
    [
      'Apparently six years of planning is not enough.',
      'Apparently six years of planning is not enough',
    ],
    ['Thanks, I guess.', 'Thanks, I guess'],
    ['Good luck finding someone who knows the Aarhus depot like I do.', 'luck finding someone who'],
    ['I enjoyed learning about your “process”.', '“process”'],
    ['Care to explain?', 'Care to explain'],
    ['Great, another automated rejection.', 'Great, another automated'],
    ['I’m sure you know best.', 'sure you know best'],
    ['Great to see the loyalty works both ways.', 'loyalty works both ways'],
    [
      "The gap, which I'm sure was just an administrative quirk, cost me the slot.",
      "which I'm sure was just an administrative quirk",
    ],
    ['Thanks for the "detailed feedback" in your automated mail.', '"detailed feedback"'],
  ])('flags %j', (text, words) => {
    const found = problems(runRule(rule, text));
    expect(found.length).toBeGreaterThan(0);
    expect(spans(text, found).join(' | ')).toContain(words);
  });

  it.each([
    'Thank you so much for the quick reply.',
    'Thanks so much for the feedback on my plan.',
    'I’m sure whoever joins will love the night-shift team.',
    'I wish the new planner every success.',
    'I appreciated the quick turnaround on my expenses.',
    'It’s a shame, but I understand completely.',
    'The depot’s “late load” board was clever.',
    'I hope the partnership works well for both sides.',
    'I am sure it was a coincidence that we both grew up in Leeds, but it made the chat easy.',
    'Your detailed feedback on the "load test" question was useful.',
  ])('leaves %j alone', (text) => {
    expect(problems(runRule(rule, text))).toEqual([]);
  });
});
