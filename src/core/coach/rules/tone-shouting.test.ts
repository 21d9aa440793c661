import { describe, expect, it } from 'vitest';
import { problems, runRule, spans } from '../../../../test/coach';
import { shoutingRule } from './tone-shouting';

const rule = shoutingRule();

describe('tone/shouting', () => {
  it.each([
    ['Why was I NOT selected?', 'NOT'],
    ['I was PERFECT for it.', 'PERFECT'],
    ['I DID EVERYTHING YOU ASKED.', 'DID EVERYTHING YOU ASKED'],
    ['Thanks for nothing!!!', '!!!'],
    ['Why me???', '???'],
    ['Seriously?!', '?!'],
  ])('flags %j', (text, words) => {
    const found = problems(runRule(rule, text));
    expect(found.length).toBeGreaterThan(0);
    expect(spans(text, found)).toContain(words);
  });

  it.each([
    'I enjoyed talking about SQL, AWS and the ERP rollout.',
    'Hope the move to the new depot goes well!',
    'I work in IT and I’m based in the US.',
    'The NATO logistics case was fascinating.',
    'I enjoyed talking about the WMS upgrade at Halcyon Freight.',
  ])('leaves %j alone', (text) => {
    expect(problems(runRule(rule, text))).toEqual([]);
  });

  it.each(['Jermaine!! Thank you for the chance.', 'hiya fiona!! thanks for the wee chat.'])(
    'leaves an excited greeting alone: %j',
    (text) => {
      expect(problems(runRule(rule, text))).toEqual([]);
    },
  );

  it('still hears shouting after the greeting', () => {
    const text = 'Hi Marta!! Thanks for nothing!!!';
    expect(spans(text, runRule(rule, text))).toEqual(['!!!']);
  });

  it('does not count words the context writes in capitals', () => {
    const text = 'I enjoyed hearing about HALCYON’s plans for the depot.';
    expect(problems(runRule(rule, text, { context: { company: 'HALCYON Freight' } }))).toEqual([]);
  });

  it('suggests ordinary case', () => {
    expect(runRule(rule, 'That was UNACCEPTABLE.')[0]?.suggestion).toBe('unacceptable');
  });
});
