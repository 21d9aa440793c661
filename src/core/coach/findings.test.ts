import { describe, expect, it } from 'vitest';
import { CONTEXT } from '../../../test/coach';
import { checkMessage } from './check-message';
import { dropRepeatedSuggestions, limitAdvice, mergeFindings, sameProblem } from './findings';
import type { Finding } from './types';

const f = (rule: string, start: number, end: number, extra: Partial<Finding> = {}): Finding => ({
  rule,
  category: rule.split('/')[0] as Finding['category'],
  severity: 'warning',
  start,
  end,
  message: `${rule} at ${start}`,
  ...extra,
});

describe('sameProblem', () => {
  it.each([
    [
      'one rule twice on overlapping text',
      f('template/placeholder', 0, 10),
      f('template/placeholder', 5, 12),
    ],
    [
      'one category on nearly the same text',
      f('template/boilerplate', 0, 20),
      f('template/placeholder', 2, 20),
    ],
    [
      'one fix offered twice',
      f('personalization/no-name', 0, 25, { suggestion: 'Hi Helen,' }),
      f('template/placeholder', 5, 24, { suggestion: 'Helen' }),
    ],
    [
      '"could go to anyone" twice',
      f('template/boilerplate', 10, 400),
      f('personalization/no-detail', 0, 420),
    ],
    ['the same words for two tone rules', f('tone/sarcasm', 5, 30), f('tone/frustration', 5, 30)],
    [
      'an argued decision inside a questioned one',
      f('tone/argues-decision', 20, 49),
      f('tone/questions-judgement', 10, 63),
    ],
  ])('is true for %s', (_, a, b) => {
    expect(sameProblem(a, b)).toBe(true);
    expect(sameProblem(b, a)).toBe(true);
  });

  it.each([
    [
      'a slot inside a stock-message finding',
      f('template/boilerplate', 0, 400),
      f('template/placeholder', 40, 50),
    ],
    ['two tone problems in one sentence', f('tone/sarcasm', 5, 30), f('tone/frustration', 10, 60)],
    ['text apart', f('template/placeholder', 0, 10), f('template/placeholder', 10, 20)],
    ['two timing findings', f('timing/too-soon', 0, 0), f('timing/repeat-request', 0, 0)],
    [
      'a name slip and a stock phrase',
      f('accuracy/contact-name', 3, 8),
      f('template/boilerplate', 0, 30),
    ],
  ])('is false for %s', (_, a, b) => {
    expect(sameProblem(a, b)).toBe(false);
    expect(sameProblem(b, a)).toBe(false);
  });
});

describe('mergeFindings', () => {
  it('keeps the most serious, then the exactest, and takes over a suggestion of its category', () => {
    const order = new Map([
      ['template/boilerplate', 0],
      ['template/placeholder', 1],
    ]);
    const merged = mergeFindings(
      [
        f('template/boilerplate', 0, 22, { suggestion: 'Hi Helen,' }),
        f('template/placeholder', 5, 21, { severity: 'error' }),
      ],
      order,
    );
    expect(merged).toEqual([
      f('template/placeholder', 5, 21, { severity: 'error', suggestion: 'Hi Helen,' }),
    ]);
  });
});

describe('dropRepeatedSuggestions', () => {
  it('offers a sentence of advice once, and a replacement for every slot', () => {
    const advice = 'I understand the decision, and I would value your view.';
    const found = dropRepeatedSuggestions([
      f('tone/argues-decision', 40, 60, { suggestion: advice }),
      f('tone/argues-decision', 10, 20, { suggestion: advice }),
      f('template/placeholder', 70, 79, { suggestion: 'Acme' }),
      f('template/placeholder', 90, 99, { suggestion: 'Acme' }),
    ]);
    expect(found.map((x) => [x.start, x.suggestion])).toEqual([
      [10, advice],
      [40, undefined],
      [70, 'Acme'],
      [90, 'Acme'],
    ]);
    expect('suggestion' in (found[1] ?? {})).toBe(false);
  });
});

describe('limitAdvice', () => {
  const text = 'x'.repeat(2000);
  const advice = (rule: string, count: number, from = 0) =>
    Array.from({ length: count }, (_, i) =>
      f(rule, from + i * 10, from + i * 10 + 5, { severity: 'info' }),
    );

  it('lists a few of one rule’s advice and sums up the rest at the first left out', () => {
    const listed = limitAdvice(advice('style/readability', 30), text);
    expect(listed).toHaveLength(3);
    const [first, second, summary] = listed;
    expect([first?.start, second?.start, summary?.start]).toEqual([0, 10, 20]);
    expect(summary?.message).toMatch(
      /^The same advice applies in 28 more places, not listed one by one/,
    );
    expect(summary?.rule).toBe('style/readability');
  });

  it('lists at most eight pieces of advice in all, counting what each summary stands for', () => {
    const found = [
      ...advice('style/passive', 4),
      ...advice('style/hedge', 2, 100),
      ...advice('style/filler', 3, 200),
      ...advice('style/readability', 30, 1000),
      f('tone/sarcasm', 50, 60),
    ];
    const listed = limitAdvice(found, text);
    expect(listed.filter((x) => x.severity === 'info')).toHaveLength(8);
    expect(listed.filter((x) => x.severity === 'warning')).toEqual([f('tone/sarcasm', 50, 60)]);
    const last = listed[listed.length - 1];
    // 39 pieces of advice: seven listed stand for eight, the eighth stands for the other 31.
    expect(last?.start).toBe(220);
    expect(last?.message).toMatch(/^There are 31 more pieces of advice, not listed one by one/);
  });

  it('leaves a message with little advice as it is', () => {
    const found = [...advice('style/passive', 3), f('accuracy/contact-name', 3, 8)];
    expect(limitAdvice(found, text)).toEqual(found.slice(3).concat(found.slice(0, 3)));
  });
});

describe('findings a person can act on (whole messages)', () => {
  it('reports a template greeting once, at the slot, and never as a greeting to "Mr"', () => {
    const text =
      'Dear Mr./Ms. Last Name,\n\nThank you for considering me for the ${job.title} role at the Aarhus depot.\n\nBest,\nAna';
    const { findings } = checkMessage({ kind: 'thank_you', text, context: CONTEXT });
    const atGreeting = findings.filter((x) => x.start < 24);
    expect(atGreeting.map((x) => [x.rule, text.slice(x.start, x.end), x.suggestion])).toEqual([
      ['template/placeholder', 'Mr./Ms. Last Name', 'Jensen'],
    ]);
    expect(findings.map((x) => text.slice(x.start, x.end))).toContain('${job.title}');
    expect(findings.some((x) => x.message.includes('greets Mr'))).toBe(false);
  });

  it('offers one fix once when a slot is the greeting', () => {
    const text = 'Dear [Hiring Manager Name],\n\nThanks for the tour of the Aarhus depot.\n\nAna';
    const { findings } = checkMessage({ kind: 'thank_you', text, context: CONTEXT });
    const suggestions = findings.map((x) => x.suggestion).filter(Boolean);
    expect(suggestions).toEqual(['Marta']);
  });

  it('sums up a long message’s advice instead of listing a card per sentence', () => {
    const sentence =
      'I would like to express my considerable appreciation for the extraordinarily comprehensive organisational consideration that your colleagues demonstrated throughout the entire recruitment procedure. ';
    const text = `Hi Marta,\n\n${sentence.repeat(60)}\n\nBest,\nAna`;
    const { findings, scores } = checkMessage({ kind: 'thank_you', text, context: CONTEXT });
    const advice = findings.filter((x) => x.severity === 'info');
    expect(advice.length).toBeLessThanOrEqual(8);
    expect(advice.filter((x) => x.rule === 'style/readability')).toHaveLength(3);
    expect(advice.some((x) => /more places, not listed one by one/.test(x.message))).toBe(true);
    // The scores still weigh everything that was found.
    expect(scores.style).toBeLessThan(60);
  });
});
