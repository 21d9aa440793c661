import { describe, expect, it } from 'vitest';
import { problems, runRule, spans } from '../../../../test/coach';
import { insultRule } from './tone-insult';

const rule = insultRule();

describe('tone/insult', () => {
  it.each([
    ['Honestly you lot are a bunch of amateurs.', 'you lot are a bunch of amateurs'],
    ['Your panel were clueless.', 'Your panel were clueless'],
    ['You guys are a joke.', 'You guys are a joke'],
    ['Your recruiters are completely useless.', 'Your recruiters are completely useless'],
    ['The interviewers were a shower of muppets.', 'The interviewers were a shower of muppets'],
    // A word the sentiment lexicons rate as hostile, never listed here.
    ['Your hiring team is cruel.', 'Your hiring team is cruel'],
    ['What a bunch of amateurs.', 'bunch of amateurs'],
    ['Absolute shambles from start to finish.', 'Absolute shambles'],
  ])('flags %j', (text, words) => {
    const found = problems(runRule(rule, text));
    expect(found.length).toBeGreaterThan(0);
    expect(spans(text, found).join(' | ')).toContain(words);
  });

  it.each([
    'The team seemed tired but kind.',
    'You were not rude at all.',
    'They were lovely to me.',
    'Your team is stretched thin, I know.',
    'The panel was tough but fair.',
    'My answer on the forecast was a total joke, I know.',
    'We had a bunch of questions about the rota.',
  ])('leaves %j alone', (text) => {
    expect(problems(runRule(rule, text))).toEqual([]);
  });

  it('never holds the user’s own subject against them', () => {
    const text = 'I hear your team were sheep farmers before the merger.';
    expect(problems(runRule(rule, text, { context: { facts: ['the hill sheep farm'] } }))).toEqual(
      [],
    );
    expect(problems(runRule(rule, text))).not.toEqual([]);
  });
});
