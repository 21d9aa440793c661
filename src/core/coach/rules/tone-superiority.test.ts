import { describe, expect, it } from 'vitest';
import { problems, runRule, spans } from '../../../../test/coach';
import { superiorityRule } from './tone-superiority';

const rule = superiorityRule();

describe('tone/superiority', () => {
  it.each([
    ['The rerouting would have gone better with someone like me on it.', 'with someone like me'],
    [
      'I’m sure the depot will manage without anyone who actually knows the night rota.',
      'without anyone who',
    ],
    ['I did warn you about the bridge closure.', 'I did warn you'],
    ['That was exactly the risk I raised in my interview.', 'exactly the risk I raised'],
    ['Nice to see someone took the hint.', 'took the hint'],
    ['The Aarhus launch slipped again. I did suggest a pilot at my interview.', 'I did suggest'],
    [
      'It’s pretty much what I proposed in my case study, funnily enough.',
      'pretty much what I proposed',
    ],
    ['Running one depot would have been a step down for me anyway.', 'a step down'],
    [
      'I would encourage the panel to read the displacement report more closely before the next round.',
      'encourage the panel to read the displacement report more closely',
    ],
    [
      "I'd just gently note that the protocol you described is one we dropped years ago.",
      "I'd just gently note",
    ],
  ])('flags %j', (text, words) => {
    const found = problems(runRule(rule, text));
    expect(found.length).toBeGreaterThan(0);
    expect(spans(text, found).join(' | ')).toContain(words);
  });

  it.each([
    'I mentioned in my interview that I’m moving to Aarhus in spring.',
    'It’s a shame, but fair enough: the depot needs someone who has done it before.',
    'People like me who switch careers often find planning hard at first.',
    'I suggested a few routes during the case study and enjoyed the discussion.',
    'I would encourage anyone to apply; the process was kind.',
    "I'd note that I am free from March.",
  ])('leaves %j alone', (text) => {
    expect(problems(runRule(rule, text))).toEqual([]);
  });
});
