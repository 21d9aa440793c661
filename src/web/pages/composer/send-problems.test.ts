import { describe, expect, it } from 'vitest';
import type { Finding } from './coach-findings';
import { offerLater, sendProblems, type SendCheck } from './send-problems';

const finding = (
  text: string,
  quoted: string,
  category: Finding['category'],
  severity: Finding['severity'] = 'error',
): Finding => ({
  rule: `${category}/x`,
  category,
  severity,
  start: text.indexOf(quoted),
  end: text.indexOf(quoted) + quoted.length,
  message: 'Because.',
});

const TEXT =
  'Hi Marta,\n\nI believe I met every requirement. Thanks to Quill Analytics.\n\n[[Your words: what you learned]]\n\nAna';
const base: SendCheck = {
  action: 'mark-sent',
  text: TEXT,
  findings: [],
  recipient: 'm@h.example',
  channel: 'email',
};

describe('sendProblems', () => {
  it('names each thing to fix, the empty room and the missing address', () => {
    const findings = [
      finding(TEXT, 'I believe I met every requirement', 'tone'),
      finding(TEXT, 'Quill Analytics', 'accuracy'),
      finding(TEXT, '[[Your words: what you learned]]', 'template'),
      finding(TEXT, 'Thanks', 'style', 'info'),
    ];
    expect(sendProblems({ ...base, findings, recipient: ' ' }).map((p) => p.text)).toEqual([
      'Tone: “I believe I met every requirement”',
      'Accuracy: “Quill Analytics”',
      'The room for your own words ([[Your words…]]) is still empty',
      'There is no address under To',
    ]);
  });

  it.each([
    ['copy', '', []],
    ['mark-sent', 'Marta Jensen', []],
    ['eml', '', ['There is no address under To']],
  ] as const)('for %s to %j, asks about %j', (action, recipient, expected) => {
    const text = 'Hi Marta, thanks for the depot tour.';
    expect(sendProblems({ ...base, action, text, recipient }).map((p) => p.text)).toEqual(expected);
  });

  it('counts the errors beyond four instead of listing them', () => {
    const text = 'a b c d e f';
    const findings = 'abcdef'.split('').map((x) => finding(text, x, 'template'));
    const texts = sendProblems({ ...base, text, findings }).map((p) => p.text);
    expect(texts).toHaveLength(5);
    expect(texts[4]).toBe('2 more things the coach marks “Fix before sending”');
  });

  it('says so when a LinkedIn note names nobody', () => {
    const problems = sendProblems({ ...base, text: 'Hi', recipient: '', channel: 'linkedin' });
    expect(problems.map((p) => p.text)).toEqual(['Nobody is named under To']);
  });
});

describe('offerLater', () => {
  it.each([
    [[finding(TEXT, 'I believe', 'tone')], null, true],
    [[finding(TEXT, 'I believe', 'tone', 'warning')], null, false],
    [[finding(TEXT, 'Quill', 'accuracy')], 'calm', false],
    [[], 'upset', true],
    [[], 'angry', true],
    [[], 'disappointed', false],
  ] as const)('%#: offers to send tomorrow: %s', (findings, feeling, expected) => {
    expect(offerLater(findings, feeling)).toBe(expected);
  });
});
