import { describe, expect, it } from 'vitest';
import { problems, runRule, spans } from '../../../../test/coach';
import { questionsJudgementRule } from './tone-questions-judgement';

const rule = questionsJudgementRule();

describe('tone/questions-judgement', () => {
  it.each([
    ['Could you tell me how the final decision came about?', 'how the final decision came about'],
    ['I think the panel may have misjudged my route plan on the day.', 'misjudged'],
    ['What tipped it in the end?', 'What tipped it'],
    ['Was it decided by the whole panel or by one person?', 'decided by the whole'],
    ['I wonder whether the interviewers had time to read my CV.', 'whether the interviewers'],
    ['I’d like to know the selection was kept fair.', 'kept fair'],
    ['A single planning exercise is a narrow basis for a decision like this.', 'narrow basis'],
    ['The rubric seems to favour people who interview well over people who deliver.', 'favour'],
    [
      'It would have been useful to know before the interview that the post was internal.',
      'useful to know',
    ],
    [
      'The role seems to have been written with an existing planner in mind.',
      'written with an existing planner',
    ],
    ['I can’t pretend I understand the decision.', 'pretend I understand'],
    ['Given my eight years of night planning, I was surprised by the outcome.', 'eight years'],
    ['For the record, the panel never asked about my depot work.', 'For the record'],
    ['Ten years in freight, and I’m told I lack operational experience.', 'told I lack'],
    [
      'Could you set out how the candidates were ranked and where I came?',
      'how the candidates were ranked',
    ],
  ])('flags %j', (text, words) => {
    const found = problems(runRule(rule, text));
    expect(found.length).toBeGreaterThan(0);
    expect(spans(text, found).join(' | ')).toContain(words);
  });

  it.each([
    'I’d be interested to hear how the depot in Aarhus was set up.',
    'I’m curious how the team decides which routes to trial first.',
    'Could you share which criteria matter most for planners, so I can prepare?',
    'I underestimated how long the rerouting exercise would take.',
    'It was a tough interview, but a fair one.',
    'In hindsight, I should have prepared more examples.',
    'I know the decision wasn’t easy, and I respect it.',
    'What would have tipped the balance in my favour, so I know what to build on?',
    'I have eight years in freight and I’d love advice on moving into planning.',
    'For the record, I loved the depot tour.',
  ])('leaves %j alone', (text) => {
    expect(problems(runRule(rule, text))).toEqual([]);
  });

  it('explains kindly and offers a forward question', () => {
    const [finding] = runRule(rule, 'Could you tell me how the final decision came about?');
    expect(finding?.message).toMatch(/hiring manager|reader/);
    expect(finding?.suggestion).toMatch(/\?$/);
  });
});
