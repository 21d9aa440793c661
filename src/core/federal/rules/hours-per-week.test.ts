import { describe, expect, it } from 'vitest';
import { CLEAN_RESUME, runFederalRule } from '../../../../test/federal';
import { hoursPerWeekRule } from './hours-per-week';

const withHours = (hours: string) => CLEAN_RESUME.replace('40 hours per week', hours);

describe('hours-per-week', () => {
  it.each([
    ['40 hours per week', null],
    ['40 hrs/wk', null],
    ['Hours per week: 32', null],
    ['20 hours a week', null],
    ['40 hrs/week', null],
    ['Full-time (40 hours/week)', null],
    ['Full-time', 'Full-time'],
    ['Permanent position', ''],
  ])('%s', (hours, expected) => {
    const findings = runFederalRule(hoursPerWeekRule(), withHours(hours));
    if (expected === null) {
      expect(findings).toEqual([]);
    } else {
      expect(findings).toHaveLength(1);
      expect(findings[0]?.message).toContain(expected || 'how many hours');
      expect(findings[0]?.line).toBe(5);
    }
  });

  it('finds hours written under the duties', () => {
    const text = CLEAN_RESUME.replace(
      '05/2019 – Present | 40 hours per week',
      '05/2019 – Present',
    ).replace('and briefed managers.', 'and briefed managers.\nHours per week: 40');
    expect(runFederalRule(hoursPerWeekRule(), text)).toEqual([]);
  });
});
