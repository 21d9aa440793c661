import { describe, expect, it } from 'vitest';
import { problems, runRule, spans } from '../../../../test/coach';
import { guiltTripRule } from './tone-guilt-trip';

const rule = guiltTripRule();

describe('tone/guilt-trip', () => {
  it.each([
    [
      'I took a day off unpaid to come to Aarhus, so I think feedback is the least I’m owed.',
      'took a day off unpaid',
    ],
    [
      'I spent three weekends on the case study, so I’d hope a short note isn’t too much to ask.',
      'spent three weekends',
    ],
    ['I turned down another interview for this. Surely some feedback is fair?', 'Surely'],
    ['Four rounds and a case study for a two-line no.', 'rounds and a case study for a two-line'],
  ])('flags %j', (text, words) => {
    const found = problems(runRule(rule, text));
    expect(found.length).toBeGreaterThan(0);
    expect(spans(text, found).join(' | ')).toContain(words);
  });

  it.each([
    'I spent a weekend on the case study and really enjoyed it.',
    'I spent the weekend on the case study. At least I learned a lot about the Aarhus depot!',
    'I travelled two hours for the interview and it was worth it.',
  ])('leaves %j alone', (text) => {
    expect(problems(runRule(rule, text))).toEqual([]);
  });
});
