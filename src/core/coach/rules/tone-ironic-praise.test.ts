import { describe, expect, it } from 'vitest';
import { problems, runRule, spans } from '../../../../test/coach';
import { ironicPraiseRule } from './tone-ironic-praise';

const rule = ironicPraiseRule();

describe('tone/ironic-praise', () => {
  it.each([
    ['Thanks a million for the two-line rejection.', 'Thanks a million'],
    ['What a lovely way to end the week: a form email at six on a Friday evening.', 'lovely way'],
    ['Always nice to find out by text.', 'Always nice to find out'],
    ['It was a real treat to find out from the website.', 'real treat'],
    ['Makes sense, I suppose.', 'Makes sense, I suppose'],
    ['I’m sure it’s just a coincidence.', 'coincidence'],
    ['I’ll be sure to sound far less confident next time.', 'sound far less confident'],
    ['Bold of you to go with a new routing tool!', 'Bold of you to'],
    ['Must have been a very short shortlist!', 'short shortlist'],
    ['Who could have seen that coming?', 'Who could have seen that'],
  ])('flags %j', (text, words) => {
    const found = problems(runRule(rule, text));
    expect(found.length).toBeGreaterThan(0);
    expect(spans(text, found).join(' | ')).toContain(words);
  });

  it.each([
    'Thanks so much for the quick call; it was the highlight of my week.',
    'Thank you for such a kind rejection; it was the gentlest no I’ve had.',
    'Thank you for the feedback that my plan was too broad; it’s a fair point.',
    'Congratulations on the Aarhus depot opening!',
    'What a lovely way to round off the visit, meeting the night-shift team.',
  ])('leaves %j alone', (text) => {
    expect(problems(runRule(rule, text))).toEqual([]);
  });
});
