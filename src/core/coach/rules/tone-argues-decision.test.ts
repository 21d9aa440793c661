import { describe, expect, it } from 'vitest';
import { problems, runRule, spans } from '../../../../test/coach';
import { arguesDecisionRule } from './tone-argues-decision';

const rule = arguesDecisionRule();

describe('tone/argues-decision', () => {
  it.each([
    ['I believe I met every requirement in the advert.', 'met every requirement'],
    ['I feel I satisfied all of the criteria you listed.', 'satisfied all of the criteria'],
    ['My background clearly exceeds what the role asked for.', 'exceeds what'],
    ['I have far more experience than the posting required.', 'more experience than the posting'],
    ['I was told I was the strongest candidate in the final round.', 'the strongest candidate'],
    [
      'The recruiter assured me that my interview had gone really well.',
      'assured me that my interview had gone really well',
    ],
    ['Could you explain the criteria used?', 'criteria'],
    ['Would you tell me why I wasn’t selected?', 'tell me why'],
    ['On what basis was the other applicant preferred?', 'On what basis'],
    [
      'I would like to understand how the successful candidate was judged stronger.',
      'understand how the successful',
    ],
    [
      'What did the other finalist offer that I didn’t?',
      'What did the other finalist offer that I didn’t',
    ],
    ['With respect, I think the panel got this wrong.', 'With respect, I'],
    ['I respectfully disagree with the outcome.', 'respectfully disagree'],
    ['I don’t think the decision reflects my experience.', 'think the decision'],
    [
      'I think there may have been a misunderstanding about my availability.',
      'may have been a misunderstanding',
    ],
    ['I’m puzzled by the decision, given my track record.', 'puzzled'],
    ['I don’t understand how that decision was reached.', 'understand how'],
    ['You picked someone with less experience than me.', 'someone with less experience'],
    ['I’m not sure the panel saw the full picture of my work.', 'panel saw'],
    ['Surely my eight years in logistics count for something?', 'Surely my'],
    ['I find it hard to accept that outcome.', 'find it hard to accept'],
    ['Can I ask who got the job?', 'who got the job'],
  ])('flags %j', (text, words) => {
    const found = problems(runRule(rule, text));
    expect(found.length).toBeGreaterThan(0);
    expect(spans(text, found).join(' | ')).toContain(words);
  });

  it.each([
    'I’d love to hear how the Aarhus depot is settling in.',
    'Could you share what I could strengthen before my next interview?',
    'What would have made my planning exercise stronger?',
    'I was told by your colleague that the depot reopens in spring.',
    'I think I’d be a great fit for a similar role in the future, so please keep me in mind.',
    'I was surprised, but I completely understand and I respect the decision.',
    'Which skills would you focus on, if you were in my shoes?',
    'I met every member of the night-shift team, and they were lovely.',
    'That is why I enjoyed the rerouting exercise so much.',
  ])('leaves %j alone', (text) => {
    expect(problems(runRule(rule, text))).toEqual([]);
  });

  it('explains the polite challenge without scolding and offers a forward question', () => {
    const [finding] = runRule(rule, 'I believe I met every requirement for this role.');
    expect(finding?.message).toMatch(/hiring manager/);
    expect(finding?.message).not.toMatch(/\b(wrong of you|you should not|bad)\b/i);
    expect(finding?.suggestion).toMatch(/\?$/);
  });
});
