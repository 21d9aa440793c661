import { describe, expect, it } from 'vitest';
import { groupTexts, stemWord, textKey, textsAlike, textTokens } from './text-grouping';

describe('stemming', () => {
  it.each([
    ['failed', 'fail'],
    ['failure', 'fail'],
    ['failing', 'fail'],
    ['fails', 'fail'],
    ['weaknesses', 'weakness'],
    ['priorities', 'priority'],
    ['studied', 'study'],
    ['planned', 'plan'],
    ['leaving', 'leav'],
    ['leave', 'leav'],
    ['prioritise', 'prioritiz'],
    ['prioritize', 'prioritiz'],
    ['process', 'process'],
    ['status', 'status'],
    ['need', 'need'],
    ['led', 'led'],
  ])('%s → %s', (word, stem) => {
    expect(stemWord(word)).toBe(stem);
  });
});

describe('reading two questions as the same', () => {
  it.each([
    ['Tell me about a time you failed', 'tell me about a failure'],
    ['What is your biggest weakness?', 'What are your weaknesses?'],
    ['Why are you leaving your current role?', 'Why do you want to leave your job?'],
    [
      'How would you prioritise three urgent requests?',
      'How do you prioritize competing requests?',
    ],
    [
      'Tell me about a time you disagreed with your manager.',
      'Describe a disagreement with your boss',
    ],
    [
      'Design a system to handle a 10x spike in traffic.',
      'Design a system that scales to 10x traffic',
    ],
    ['Tell me about yourself', 'Tell us about yourself'],
    ['What would you do in your first 90 days?', 'What would your first 90 days look like?'],
    ['Walk me through a project that failed.', 'Tell me about a project that FAILED!'],
    ['Café culture — describe it', 'describe the cafe culture'],
  ])('"%s" and "%s" meet', (a, b) => {
    expect(textsAlike(a, b)).toBe(true);
  });

  it.each([
    ['What is your greatest strength?', 'What is your biggest weakness?'],
    ['Tell me about your team', 'Tell me about a conflict in your team'],
    ['Design a rate limiter', 'Design a system to handle a sudden 10x spike in traffic.'],
    [
      'Walk me through a project that failed and what you learned.',
      'Tell me about a time you failed',
    ],
    ['Why do you want this job?', 'Why are you leaving your job?'],
    [
      'Tell me about a time you disagreed with your manager',
      'Tell me about a time you managed a conflict',
    ],
    ['', 'Tell me about yourself'],
  ])('"%s" and "%s" stay apart', (a, b) => {
    expect(textsAlike(a, b)).toBe(false);
  });

  it('keeps every word of a question made only of common words', () => {
    expect(textTokens('Tell me about yourself')).toEqual(['tell', 'me', 'about', 'yourself']);
    expect(textTokens('   ')).toEqual([]);
  });

  it('gives the same key to the same words in any order, case or punctuation', () => {
    expect(textKey('Failure: tell me about it!')).toBe(textKey('tell me about a failure'));
  });
});

describe('grouping texts', () => {
  const group = (texts: string[]) => groupTexts(texts, (t) => t).map((g) => g.items);

  it('returns nothing for nothing', () => {
    expect(group([])).toEqual([]);
  });

  it('brings rewordings together, the most frequent wording first', () => {
    expect(
      group([
        'tell me about a failure',
        'What is your biggest weakness?',
        'Tell me about a time you failed',
        'Tell me about a time you failed',
        'What are your weaknesses?',
      ]),
    ).toEqual([
      [
        'tell me about a failure',
        'Tell me about a time you failed',
        'Tell me about a time you failed',
      ],
      ['What is your biggest weakness?', 'What are your weaknesses?'],
    ]);
  });

  it('joins a wording to a group through any close wording already in it', () => {
    const a = 'alpha beta gamma';
    const b = 'alpha beta gamma delta epsilon';
    const c = 'delta epsilon zeta';
    expect([textsAlike(a, b), textsAlike(b, c), textsAlike(a, c)]).toEqual([true, true, false]);
    expect(group([a, a, b, c])).toEqual([[a, a, b, c]]);
    // Taken in another order, c meets neither a nor the group it would join later.
    expect(group([a, a, c, b])).toEqual([[a, a, b], [c]]);
  });

  it('puts texts with no words in a group of their own', () => {
    expect(group(['?!', 'Tell me about yourself', '...'])).toEqual([
      ['?!', '...'],
      ['Tell me about yourself'],
    ]);
  });
});
