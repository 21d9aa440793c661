import { describe, expect, it } from 'vitest';
import { linesOf } from './resume-document';
import { analyseResume, findHoursPerWeek, findPayPlan, headingKind } from './resume-structure';

const entries = (text: string) =>
  analyseResume({ lines: linesOf(text) }).entries.map((e) => ({
    first: e.header[0]?.text,
    range: e.range?.text ?? null,
    hours: e.hoursPerWeek,
    employer: e.employer,
  }));

describe('reading a résumé’s structure', () => {
  it.each([
    ['WORK EXPERIENCE', 'work'],
    ['Professional Experience:', 'work'],
    ['Volunteer Experience', 'work'],
    ['Military Service', 'work'],
    ['EDUCATION', 'education'],
    ['Skills & Certifications', null],
    ['Technical Skills', 'other'],
    ['Specialized Experience', 'other'],
    ['Managed the experience program.', null],
  ] as const)('%s heads %s', (line, kind) => {
    expect(headingKind(line)).toBe(kind);
  });

  it('splits jobs written one per line with pipes', () => {
    const text = `Ana Diaz\nEXPERIENCE\nAnalyst | Acme | 01/2020 – Present | 40 hrs/wk\n• Did things.\nClerk | Beta | 02/2018 – 12/2019 | 20 hrs/wk\n• Filed things.\n`;
    expect(entries(text)).toEqual([
      {
        first: 'Analyst | Acme | 01/2020 – Present | 40 hrs/wk',
        range: '01/2020 – Present',
        hours: 40,
        employer: 'other',
      },
      {
        first: 'Clerk | Beta | 02/2018 – 12/2019 | 20 hrs/wk',
        range: '02/2018 – 12/2019',
        hours: 20,
        employer: 'other',
      },
    ]);
  });

  it('keeps details after the duties (supervisor, hours) with their job', () => {
    const text = `Ana Diaz\nEXPERIENCE\nAnalyst\nAcme, Reno, NV\n01/2020 – Present\n• Did things.\nSupervisor: Lee Park, 775-555-0100\nHours per week: 40\n`;
    expect(entries(text)).toEqual([
      { first: 'Analyst', range: '01/2020 – Present', hours: 40, employer: 'other' },
    ]);
  });

  it('keeps a wrapped line of a PDF with its bullet', () => {
    const lines = linesOf(
      `Ana Diaz\nEXPERIENCE\nAnalyst\nAcme\n01/2020 – Present | 40 hours per week\n• Did a long thing that ran to the\nRight Margin Of The Page\nClerk\nBeta\n02/2018 – 12/2019 | 20 hours per week\n• Filed.`,
    );
    const wrapped = lines.map((l) =>
      l.text === 'Right Margin Of The Page' ? { ...l, continues: true } : l,
    );
    expect(analyseResume({ lines: wrapped }).entries.map((e) => e.header[0]?.text)).toEqual([
      'Analyst',
      'Clerk',
    ]);
  });

  it.each([
    ['40 hours per week', 40],
    ['32 hrs/wk', 32],
    ['Hours per week: 37.5', 37.5],
    ['20 hours weekly', 20],
    ['Hours: 45', 45],
    ['full-time', null],
    ['Reduced the backlog by 40 hours', null],
  ])('hours in “%s”', (text, hours) => {
    expect(findHoursPerWeek(text)).toBe(hours);
  });

  it.each([
    ['Program Analyst, GS-0343-11', { payPlan: 'GS', series: '0343', grade: '11' }],
    ['Series: 0482 | Grade: 11 | Pay Plan: GS', { payPlan: 'GS', series: '0482', grade: '11' }],
    ['Claims Examiner, GS-11', { payPlan: 'GS', series: null, grade: '11' }],
    ['Wage grade WG-5803-08', { payPlan: 'WG', series: '5803', grade: '08' }],
    ['Sales Associate', null],
  ])('pay plan in “%s”', (text, expected) => {
    expect(findPayPlan(text)).toEqual(expected);
  });
});
