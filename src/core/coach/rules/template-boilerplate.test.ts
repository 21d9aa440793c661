import { describe, expect, it } from 'vitest';
import { problems, runRule } from '../../../../test/coach';
import { boilerplateRule } from './template-boilerplate';

const rule = boilerplateRule();

describe('template/boilerplate', () => {
  it.each([
    'To whom it may concern,\nThank you for your consideration. I would appreciate any feedback on my application.\nRegards,\nAna',
    'Dear Hiring Manager,\nThank you for the opportunity to interview. I wish you the best of luck in your search.\nAna',
    'Hi Marta,\nI hope this email finds you well. I just wanted to reach out and stay in touch.\nAna',
    'I would like to join your professional network.',
  ])('flags a message made of stock lines: %j', (text) => {
    expect(problems(runRule(rule, text)).length).toBeGreaterThan(0);
  });

  it('flags a greeting to nobody when the person is known, gently when not', () => {
    const text = 'Hello,\nThanks for showing me the depot in Aarhus.\nAna';
    expect(problems(runRule(rule, text)).length).toBe(1);
    const unknown = runRule(rule, text, { context: { contactName: '' } });
    expect(unknown.map((f) => f.severity)).toEqual(['info']);
  });

  it('only notes stock phrases in a message that is otherwise personal', () => {
    const text =
      'Hi Marta,\nThank you for your time. The way you rerouted trucks around the bridge closure stuck with me.\nAna';
    const found = runRule(rule, text);
    expect(found.length).toBeGreaterThan(0);
    expect(problems(found)).toEqual([]);
  });

  it.each([
    ['Dear Ramesh sir,\nThank you for the tour of the Aarhus depot.\nAnil', 'Ramesh Kumar'],
    ['hey daniel, thanks for the tour of the Aarhus depot', 'Daniel Berg'],
  ])('does not call %j a greeting to nobody', (text, contactName) => {
    expect(problems(runRule(rule, text, { context: { contactName } }))).toEqual([]);
  });

  it('names a note of the conversation when a stock message has none in it', () => {
    const text =
      'Dear Hiring Manager,\nThank you for the opportunity to interview. I wish you the best of luck in your search.\nAna';
    const stock = runRule(rule, text).find((f) => f.message.startsWith('This reads as a stock'));
    expect(stock?.suggestion).toBe(
      'Mention something specific you talked about, such as the depot in Aarhus, in your own words.',
    );
  });
});
