import { describe, expect, it } from 'vitest';
import { runRule } from '../../../../test/coach';
import { noDetailRule } from './personalization-detail';
import { noNameRule } from './personalization-name';

describe('personalization/no-name', () => {
  const rule = noNameRule();
  const body =
    'Thanks for the depot tour and for explaining how the night shift hands over to the morning team. I learned a lot about routing, and I would value one thing I could do better next time.';
  it.each([[`Hello,\n${body}\nAna`], [body]])(
    'flags a message that never uses the name: %j',
    (text) => {
      const [finding] = runRule(rule, text);
      expect(finding?.severity).toBe('warning');
      expect(finding?.suggestion).toBe('Hi Marta,');
    },
  );

  it.each([['Thanks for the depot tour last week.'], ['Respected Sir,\n' + body + '\nAna']])(
    'only suggests the name in a quick reply or after a courteous title: %j',
    (text) => {
      const [finding] = runRule(rule, text);
      expect(finding?.severity).toBe('info');
    },
  );

  it.each(['Dear Sir/Madam,', 'Respected Sir or Madam,', 'To whom it may concern,'])(
    'warns that %j greets a stranger when the user knows who they met',
    (greeting) => {
      const [finding] = runRule(rule, `${greeting}\n${body}\nAna`);
      expect(finding?.severity).toBe('warning');
      expect(finding?.message).toContain('a reader the writer does not know');
      expect(finding?.message).toContain('Marta');
      expect(finding?.suggestion).toBe('Hi Marta,');
    },
  );

  it.each(['Dear Sir,', 'Respected Madam,', 'Dear Sirs,'])(
    'keeps %j a courtesy, not a form letter',
    (greeting) => {
      const [finding] = runRule(rule, `${greeting}\n${body}\nAna`);
      expect(finding?.severity).toBe('info');
    },
  );

  it.each([
    'Hi Marta,\nThanks!',
    'Dear Ms Jensen,\nThank you.',
    'hi marta, thanks for the chat.',
    'Thanks for the tour, Marta.',
  ])('accepts %j', (text) => {
    expect(runRule(rule, text)).toEqual([]);
  });

  it('accepts a familiar form of the name', () => {
    expect(runRule(rule, 'Hi Bob, thanks!', { context: { contactName: 'Robert Lane' } })).toEqual(
      [],
    );
  });

  it('leaves a wrong name in the greeting to the accuracy rule', () => {
    expect(runRule(rule, 'Hi Owen,\nThanks.')).toEqual([]);
  });

  it.each(['Dear [Hiring Manager Name],\nThanks.', 'Dear Mr./Ms. Last Name,\nThanks.'])(
    'leaves a greeting to an unfilled slot to the placeholder rule: %j',
    (text) => {
      expect(runRule(rule, text)).toEqual([]);
    },
  );
});

describe('personalization/no-detail', () => {
  const rule = noDetailRule();
  it.each([
    'Hi Marta,\nThank you for your time. I enjoyed our conversation and learning about the role.\nAna',
    'Hi Marta, thanks for the call today.',
  ])('flags a message that recalls nothing from the notes: %j', (text) => {
    const [finding] = runRule(rule, text);
    expect(finding?.severity).toBe('warning');
    expect(finding?.suggestion).toContain('the depot in Aarhus');
  });

  it.each([
    'Hi Marta, the Aarhus visit was great.',
    'Hi Marta, I keep thinking about how you rerouted the lorries when the bridge was closed.',
    'Hi Marta, good luck with the night shift rota!',
    'Hi Marta, hope the rerouting went smoothly.',
  ])('accepts a message that recalls a fact in other words: %j', (text) => {
    expect(runRule(rule, text)).toEqual([]);
  });

  it.each([
    [['quarterly planning process'], 'such as the quarterly planning process.'],
    [['their night-shift rota'], 'such as their night-shift rota.'],
    [['How would you size a watchdog?', 'depot audit'], 'such as the depot audit.'],
    [['Design a rate limiter'], 'such as “Design a rate limiter”.'],
  ])('suggests a note from %j so it reads in the sentence: %j', (facts, ending) => {
    const [finding] = runRule(rule, 'Hi Marta, thanks for the call today.', {
      context: { facts },
    });
    expect(finding?.suggestion).toBe(`Mention something you talked about, ${ending}`);
  });

  it.each([
    'Hi Marta, thanks for the call. I think my costings were too rushed. Anything else to work on?',
    'Hi Marta, thanks for letting me know. I know I lack forklift hours, which you mentioned.',
    'Hi Marta, was it my answer on stock rotation that let me down?',
  ])('accepts a message that recalls the conversation in its own words: %j', (text) => {
    expect(runRule(rule, text)).toEqual([]);
  });

  it('still flags a report of the conversation with nothing in it', () => {
    const [finding] = runRule(rule, 'Hi Marta, thanks for everything we discussed. Best of luck.');
    expect(finding?.severity).toBe('warning');
  });

  it('evens out British and American spelling', () => {
    const context = { facts: ['the route optimisation pilot'] };
    expect(runRule(rule, 'Hi Marta, how is the optimization work going?', { context })).toEqual([]);
  });

  it('is only a gentle note when there are no notes to compare with', () => {
    const found = runRule(rule, 'Hi Marta, thanks for everything.', { context: { facts: [] } });
    expect(found.map((f) => f.severity)).toEqual(['info']);
    expect(
      runRule(rule, 'Hi Marta, thanks for the time at Halcyon Freight.', {
        context: { facts: [] },
      }),
    ).toEqual([]);
  });
});
