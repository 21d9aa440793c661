import { describe, expect, it } from 'vitest';
import { problems, runRule, spans } from '../../../../test/coach';
import { frustrationRule } from './tone-frustration';

const rule = frustrationRule();

describe('tone/frustration', () => {
  it.each([
    ['Marta, frankly this process has been absurd from the start.', 'absurd'],
    ['The whole experience was a complete waste of my time.', 'waste of my time'],
    ['What a farce. Four interviews for nothing.', 'What a farce'],
    ['I am honestly livid about how this ended.', 'livid'],
    ['I was so frustrated to read your email that I closed my laptop.', 'frustrated'],
    ['I still can’t believe you went with someone else.', 'believe you'],
    ['How could you leave me waiting for three weeks?', 'How could you'],
    [
      'I am extremely disappointed with the way my application was handled.',
      'extremely disappointed',
    ],
    ['After four rounds, all I got was a generic email.', 'generic email'],
    ['Don’t bother replying, I have moved on.', 'bother replying'],
    ['This is bullshit.', 'bullshit'],
    [
      'Frankly this was the worst recruitment experience I have had.',
      'worst recruitment experience',
    ],
    ['To be blunt, the interview felt pointless.', 'To be blunt'],
    ['lol ok.', 'lol ok'],
  ])('flags %j', (text, words) => {
    const found = problems(runRule(rule, text));
    expect(found.length).toBeGreaterThan(0);
    expect(spans(text, found).join(' | ')).toContain(words);
  });

  it.each([
    'While I’m disappointed, I understand and respect the decision.',
    'I was a little upset at first, but I understand why you chose as you did.',
    'I was so disappointed. That said, thank you for telling me yourself.',
    'I can’t believe how much I learned about depot planning in one afternoon.',
    'The rota puzzle you described was frustrating in the best way, and I loved it.',
    'I’m not frustrated at all; I’m grateful for the chance.',
    'After all that preparation I feel far more confident about planning interviews.',
    'lol the coffee machine story still makes me laugh.',
  ])('leaves %j alone', (text) => {
    expect(problems(runRule(rule, text))).toEqual([]);
  });

  it('reports hostile words as errors and explains what the reader will hear', () => {
    const [finding] = runRule(rule, 'Honestly, this is ridiculous.');
    expect(finding).toMatchObject({
      rule: 'tone/frustration',
      category: 'tone',
      severity: 'error',
    });
    expect(finding?.message).toMatch(/hiring manager/i);
    expect(finding?.suggestion).toBeTruthy();
  });

  it('reads the person’s own name as a name, even one spelled like a tone word', () => {
    const text = 'Hi Smh,\n\nThank you for the chat about the depot.';
    expect(problems(runRule(rule, text, { context: { contactName: 'Smh Okafor' } }))).toEqual([]);
    // The same letters from someone else, or in lower case, are still read for what they say.
    expect(problems(runRule(rule, text, { context: { contactName: 'Sam Okafor' } }))).not.toEqual(
      [],
    );
    const aside = 'Hi Smh,\n\nsmh, four rounds for nothing.';
    const found = problems(runRule(rule, aside, { context: { contactName: 'Smh Okafor' } }));
    expect(spans(aside, found)).toEqual(['smh']);
  });

  it('can be softened to warnings through its options', () => {
    const softer = frustrationRule({ strongSeverity: 'warning' });
    expect(runRule(softer, 'This is ridiculous.')[0]?.severity).toBe('warning');
  });
});
