import { describe, expect, it } from 'vitest';
import { checkMessage } from '../check-message';
import { problems, runRule, spans } from '../../../../test/coach';
import { profanityRule } from './tone-profanity';

const rule = profanityRule();

describe('tone/profanity', () => {
  it.each([
    ['Cheers for fuck all.', 'fuck'],
    ['That interview was a total shitshow.', 'shitshow'],
    ['What a load of bullshit.', 'bullshit'],
    ['Honestly, wtf was that panel?', 'wtf'],
    ['You can all get stuffed.', 'get stuffed'],
    ['Tell your manager to piss off.', 'piss off'],
    ['I was fucking gutted, to be honest.', 'fucking'],
  ])('flags strong swearing in %j', (text, words) => {
    const found = problems(runRule(rule, text));
    expect(found).toHaveLength(1);
    expect(found[0]?.severity).toBe('error');
    expect(spans(text, found)).toEqual([words]);
  });

  it.each([
    'Thanks for the tour of the shiitake growing rooms.',
    'I made a right mess of the role-play, bloody nerves.',
    'Please pass my thanks to Mr Shittu for the site visit.',
    'The welfare team and the reefer yard were a highlight.',
    'I was pissed at myself for the first answer.',
  ])('leaves %j alone', (text) => {
    expect(problems(runRule(rule, text))).toEqual([]);
  });

  it('does not swear by the name of the person written to', () => {
    const text = 'Thanks again. Shittu and the team were great.';
    const context = { contactName: 'Adebayo Shittu' };
    expect(problems(runRule(rule, text, { context }))).toEqual([]);
  });

  it('stands in the full coach however mild the model reads the sentence', () => {
    const text = 'Cheers for fuck all Callum.';
    const tone = checkMessage({
      kind: 'other',
      text,
      context: {
        company: 'Trident Offshore Drilling',
        role: 'Assistant Driller',
        contactName: 'Callum Forsyth',
        facts: [],
        otherCompanies: [],
        previousMessages: [],
      },
    }).findings.filter((f) => f.category === 'tone' && f.severity === 'error');
    // One finding per problem: another rule's finding over the same words may carry it.
    const at = text.indexOf('fuck');
    expect(tone.some((f) => f.start <= at && at < f.end)).toBe(true);
  });
});
