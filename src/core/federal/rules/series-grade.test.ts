import { describe, expect, it } from 'vitest';
import { CLEAN_RESUME, runFederalRule } from '../../../../test/federal';
import { seriesGradeRule } from './series-grade';

const firstJob = (title: string, employer: string) =>
  CLEAN_RESUME.replace('Program Analyst, GS-0343-11', title).replace(
    'Bureau of the Fiscal Service, U.S. Department of the Treasury, Parkersburg, WV',
    employer,
  );

describe('series-grade', () => {
  it.each([
    ['Program Analyst, GS-0343-11', 'U.S. Department of the Treasury', null],
    ['Program Analyst', 'U.S. Department of the Treasury', 'pay plan, series, grade'],
    ['Program Analyst, GS-11', 'Social Security Administration', 'series'],
    ['Claims Examiner (Series 0998, Grade GS-07)', 'Department of Veterans Affairs', null],
    [
      'Program Analyst',
      'Booz Allen Hamilton, contractor to the Department of Veterans Affairs',
      null,
    ],
    ['Analyst', 'Virginia Department of Transportation, Richmond, VA', null],
    ['Logistics Specialist (Sergeant, E-5)', 'U.S. Army, Fort Bragg, NC', null],
    [
      'Supply Technician (civilian)',
      'Department of the Army, Fort Bragg, NC',
      'pay plan, series, grade',
    ],
    ['Budget Analyst', 'Internal Revenue Service, Ogden, UT', 'pay plan, series, grade'],
    ['Operations Lead', 'Acme Fulfillment, Reno, NV', null],
  ])('%s at %s', (title, employer, missing) => {
    const findings = runFederalRule(seriesGradeRule(), firstJob(title, employer));
    if (missing === null) expect(findings).toEqual([]);
    else
      expect(findings.map((f) => [f.line, f.message.includes(`no ${missing}`)])).toEqual([
        [5, true],
      ]);
  });
});
