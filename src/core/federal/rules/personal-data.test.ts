import { describe, expect, it } from 'vitest';
import { CLEAN_RESUME, runFederalRule } from '../../../../test/federal';
import { personalDataRule } from './personal-data';

const withHeaderLine = (line: string) =>
  CLEAN_RESUME.replace('dana.whitlock@example.org\n', `dana.whitlock@example.org\n${line}\n`);

describe('personal-data', () => {
  it.each([
    ['SSN: 123-45-6789', 'Social Security number'],
    ['123-45-6789', 'Social Security number'],
    ['Date of birth: 04/12/1984', 'date of birth'],
    ['DOB 1984-04-12', 'date of birth'],
    ['Age: 41', 'age'],
    ['Marital status: married', 'marital status'],
    ['Married, two children', 'marital status'],
    ['Gender: female', 'gender'],
    ['Religion: Lutheran', 'religion'],
    ['Photo', 'photo'],
    ['U.S. Citizen | Veterans’ preference: 5-point', null],
    ['Security clearance: Secret (active)', null],
  ])('%s', (line, what) => {
    const findings = runFederalRule(personalDataRule(), withHeaderLine(line));
    if (what === null) expect(findings).toEqual([]);
    else expect(findings.map((f) => [f.line, f.message.includes(what)])).toEqual([[3, true]]);
  });

  it.each([
    'Served clients aged 65 and over at the Social Security Administration field office.',
    'Managed a single point of contact for 14 married-couple tax returns.',
    'Reduced the average age of open claims from 120 to 45 days.',
  ])('leaves innocent duty lines alone: %s', (duty) => {
    const text = CLEAN_RESUME.replace('and briefed managers.', `and briefed managers.\n• ${duty}`);
    expect(runFederalRule(personalDataRule(), text)).toEqual([]);
  });

  it('reports pictures the file holds', () => {
    const [finding] = runFederalRule(personalDataRule(), CLEAN_RESUME, { document: { images: 1 } });
    expect(finding?.message).toContain('photo');
  });
});
