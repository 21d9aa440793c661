import { describe, expect, it } from 'vitest';
import { runRule, spans } from '../../../../test/coach';
import { placeholderRule } from './template-placeholder';

const rule = placeholderRule();

describe('template/placeholder', () => {
  it.each([
    ['Dear [Hiring Manager],', '[Hiring Manager]'],
    ['Thanks for the interview at {Company}.', '{Company}'],
    ['Hi {{first_name}}, thanks again.', '{{first_name}}'],
    ['I loved the <Job Title> role.', '<Job Title>'],
    ['Here is the article: <insert link>.', '<insert link>'],
    ['Hello (Name), great to meet you.', '(Name)'],
    ['Thanks for considering me at XYZ Logistics.', 'XYZ'],
    ['I enjoyed meeting the COMPANY team.', 'COMPANY'],
    ['I look forward to starting on ___.', '___'],
    ['Hi Marta, I met Company X last week.', 'Company X'],
    ['Thanks for the call on [date].', '[date]'],
    ['Thanks for the interview at (company name).', '(company name)'],
    ['I loved meeting the team at insert company name here.', 'insert company name here'],
    ['Hi $name, thanks for the tour.', '$name'],
    ['Dear [ ], thanks for your time.', '[ ]'],
    ['Thanks for considering me for the ${job.title} role.', '${job.title}'],
    ['I admire ${company.name} and its work.', '${company.name}'],
    ['Hi $first_name, thanks again.', '$first_name'],
    ['Dear Mr./Ms. Last Name,\nThank you.', 'Mr./Ms. Last Name'],
    ['Dear Mr/Mrs Surname, thank you.', 'Mr/Mrs Surname'],
    ['Dear Ms. Last Name,\nThank you.', 'Ms. Last Name'],
    ['Dear First Name,\nThanks for the call.', 'First Name'],
    ['Dear Mr./Ms. Jensen, thank you.', 'Mr./Ms.'],
  ])('flags %j', (text, slot) => {
    const found = runRule(rule, text);
    expect(found.map((f) => f.severity)).toContain('error');
    expect(spans(text, found)).toContain(slot);
  });

  it.each([
    'I enjoyed the chat (and the coffee) at the depot.',
    'Our team’s SLA dashboard [1] was mentioned in the report.',
    'See my notes at <https://example.org/notes>.',
    'I used SQL and AWS to build the model.',
    'You can read it [here](https://example.org).',
    'We covered the WMS rollout (the Aarhus one) in depth.',
    'It costs $40 a month, and the form asks for your last name.',
    'Ms. Jensen showed me the depot.',
  ])('leaves %j alone', (text) => {
    expect(runRule(rule, text)).toEqual([]);
  });

  it('suggests the value it can infer from the context', () => {
    const text =
      'Dear [First Name], thanks for the interview at [Company Name] for the [Position].';
    expect(runRule(rule, text).map((f) => f.suggestion)).toEqual([
      'Marta',
      'Halcyon Freight',
      'Operations Planner',
    ]);
  });

  it.each([
    ['[School Name]', undefined],
    ['[REDACTED SCHOOL]', undefined],
    ['[University]', undefined],
    ['[Your Name]', undefined],
    ['{company.name}', 'Halcyon Freight'],
    ['${job.title}', 'Operations Planner'],
    ['[Last Name]', 'Jensen'],
    ['Mr./Ms. Last Name', 'Jensen'],
    ['[Interviewer]', 'Marta'],
    ['[Hospital]', undefined],
  ])('fills %j only with what the context knows for certain: %j', (slot, suggestion) => {
    const [finding] = runRule(rule, `I studied at ${slot} before this.`);
    expect(finding?.suggestion).toBe(suggestion);
  });

  it('reports one finding for one slot', () => {
    const text = 'We met at [insert company name here] last week.';
    expect(spans(text, runRule(rule, text))).toEqual(['[insert company name here]']);
  });

  it('recognises the room a draft leaves for the user and explains it', () => {
    const text = 'Hi Marta,\n[[Your words: what you learned]]\nBest,\nAna';
    const [room] = runRule(rule, text);
    expect(spans(text, [room!])).toEqual(['[[Your words: what you learned]]']);
    expect(room?.message).toMatch(/your own words/);
  });

  it('does not treat a stand-in word the context uses as a placeholder', () => {
    expect(
      runRule(rule, 'Good luck at ABC next week.', { context: { company: 'ABC Studios' } }),
    ).toEqual([]);
  });
});
