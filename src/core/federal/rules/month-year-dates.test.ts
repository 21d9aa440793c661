import { describe, expect, it } from 'vitest';
import { CLEAN_RESUME, runFederalRule } from '../../../../test/federal';
import { monthYearDatesRule } from './month-year-dates';

const withDates = (dates: string) =>
  CLEAN_RESUME.replace('05/2019 – Present | 40 hours per week', `${dates} | 40 hours per week`);

describe('month-year-dates', () => {
  it.each([
    ['05/2019 – Present', null],
    ['May 2019 to June 2021', null],
    ['1/15/2020 - 1/14/2022', null],
    ['Sept. 2018 – Current', null],
    ['2019-05 – 2021-06', null],
    ['2019 – Present', 7],
    ['2019 – 2021', 7],
    ['05/2019 – 2021', 7],
    ['Start: 05/2019  End: Present', null],
    ['Since 2019', 5],
  ])('%s: finding on line %s', (dates, line) => {
    const findings = runFederalRule(monthYearDatesRule(), withDates(dates));
    expect(findings.map((f) => f.line)).toEqual(line === null ? [] : [line]);
  });

  it('flags a job with no dates at all, naming it', () => {
    const text = CLEAN_RESUME.replace('August 2015 – April 2019; 40 hrs/wk', '40 hrs/wk');
    const [finding] = runFederalRule(monthYearDatesRule(), text);
    expect(finding?.message).toContain('Operations Coordinator');
    expect(finding?.message).toContain('no dates');
  });

  it('leaves the education section alone', () => {
    const text = `${CLEAN_RESUME}M.A. Economics, Ohio University, 2017\n`;
    expect(runFederalRule(monthYearDatesRule(), text)).toEqual([]);
  });
});
