import { describe, expect, it } from 'vitest';
import { problems, runRule, spans } from '../../../../test/coach';
import { sourGrapesRule } from './tone-sour-grapes';

const rule = sourGrapesRule();

describe('tone/sour-grapes', () => {
  it.each([
    ['I’m probably better off elsewhere.', 'better off elsewhere'],
    [
      'I hope the depot move goes more smoothly than your interviews did.',
      'more smoothly than your interviews',
    ],
    ['I’m not sure I’d have been happy somewhere so slow.', 'not sure I’d have been happy'],
    ['I’ve taken a far better paid role, so it all worked out for me.', 'worked out for me'],
    [
      'A team that needs four interviews to make a decision isn’t for me.',
      'needs four interviews to make a decision',
    ],
    ['I hear the routing tool has gone downhill since I visited.', 'gone downhill'],
  ])('flags %j', (text, words) => {
    const found = problems(runRule(rule, text));
    expect(found.length).toBeGreaterThan(0);
    expect(spans(text, found).join(' | ')).toContain(words);
  });

  it.each([
    'I’m better off knowing now that my forecasting needs work.',
    'I’ve accepted a planning role elsewhere, but I’d love to stay in touch.',
    'No hard feelings at all; it was a great process.',
    'I hope the depot move goes smoothly.',
  ])('leaves %j alone', (text) => {
    expect(problems(runRule(rule, text))).toEqual([]);
  });
});
