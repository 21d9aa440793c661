import { describe, expect, it } from 'vitest';
import { findDateRanges, findDates, hasMonthAndYear } from './dates';

const shape = (line: string) =>
  findDateRanges(line).map((r) => [r.start.precision, r.end?.precision ?? null]);

describe('findDateRanges', () => {
  it.each([
    ['05/2019 – Present', [['month', 'present']]],
    ['5/2019 - 6/2021', [['month', 'month']]],
    ['May 2019 to June 2021', [['month', 'month']]],
    ['Sept. 2018 – Current', [['month', 'present']]],
    ['January 15, 2020 through March 3, 2022', [['day', 'day']]],
    ['1/15/2020 - 1/14/2022', [['day', 'day']]],
    ['2019-05 – 2021-06', [['month', 'month']]],
    ['2019 – 2021', [['year', 'year']]],
    ['2019 – Present', [['year', 'present']]],
    ['Program Analyst | Acme | 03/2015–08/2017 | 40 hrs/wk', [['month', 'month']]],
    ['Served 2,000 clients in 2020', []],
    ['Present findings to leadership', []],
  ])('%s', (line, expected) => {
    expect(shape(line)).toEqual(expected);
  });
});

describe('hasMonthAndYear', () => {
  it('accepts month-year and Present as an end, not a bare year', () => {
    const [month, year, present] = findDates('05/2019 2018 Present');
    expect(month && hasMonthAndYear(month, false)).toBe(true);
    expect(year && hasMonthAndYear(year, false)).toBe(false);
    expect(present && hasMonthAndYear(present, true)).toBe(true);
    expect(present && hasMonthAndYear(present, false)).toBe(false);
  });
});
