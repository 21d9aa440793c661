import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat, parseAnnouncement } from './announcement-import';

const fixture = (name: string) =>
  fs.readFileSync(new URL(`../../../test/fixtures/federal/${name}`, import.meta.url), 'utf8');

describe('importing an announcement', () => {
  it('reads a USAJOBS Search API answer', () => {
    const a = parseAnnouncement(fixture('search-result.json'));
    expect(a).toMatchObject({
      controlNumber: '918273645',
      announcementNumber: 'FS-27-MPA-1042',
      positionTitle: 'Management and Program Analyst',
      agency: 'Bureau of the Fiscal Service',
      department: 'Department of the Treasury',
      payPlan: 'GS',
      series: ['0343'],
      lowGrade: '11',
      highGrade: '11',
      openDate: '2026-12-01',
      closeDate: '2026-12-18',
      whoMayApply: 'United States Citizens',
      contact: {
        name: 'Jordan Pike',
        email: 'jordan.pike@fiscal.example.gov',
        phone: '(304) 555-0188',
      },
      formatRules: { maxPages: 2, minMarginInches: null, minFontPoints: null, pdfOnly: true },
    });
    expect(a.specializedExperience).toContain('conducting program evaluations');
    expect(a.keyRequirements).toContain('Experience with Microsoft Power BI dashboards');
    expect(a.requiredDocuments).toContain('DD-214');
    expect(a.essays.map((e) => [e.topic, e.wordLimit])).toEqual([
      ['constitution', 200],
      ['efficiency', 200],
      ['executive_orders', 200],
      ['work_ethic', 200],
    ]);
  });

  it('reads one result or the descriptor alone', () => {
    const whole = JSON.parse(fixture('search-result.json')) as {
      SearchResult: { SearchResultItems: { MatchedObjectDescriptor: unknown }[] };
    };
    const item = whole.SearchResult.SearchResultItems[0];
    expect(parseAnnouncement(JSON.stringify(item)).controlNumber).toBe('918273645');
    expect(parseAnnouncement(JSON.stringify(item?.MatchedObjectDescriptor)).positionTitle).toBe(
      'Management and Program Analyst',
    );
  });

  it('reads a saved announcement page with a real HTML parser', () => {
    const a = parseAnnouncement(fixture('announcement.html'));
    expect(a).toMatchObject({
      positionTitle: 'Budget Analyst',
      department: 'Department of Veterans Affairs',
      agency: 'Veterans Health Administration',
      announcementNumber: 'VHA-27-BA-311',
      controlNumber: '827364510',
      payPlan: 'GS',
      lowGrade: '09',
      highGrade: '11',
      series: ['0560'],
      openDate: '2027-01-05',
      closeDate: '2027-01-19',
      whoMayApply: 'Current federal employees and veterans.',
      contact: { name: 'Renata Obi', email: 'renata.obi@va.example.gov', phone: '303-555-0144' },
      formatRules: { maxPages: null, minMarginInches: 1, minFontPoints: 11, pdfOnly: false },
    });
    expect(a.keyRequirements).toEqual([
      'Must be a U.S. citizen',
      'Knowledge of federal appropriations law',
    ]);
    expect(a.specializedExperience).toContain('monitoring obligations against allotments');
    expect(a.summary).not.toContain('analytics');
  });

  it('reads text pasted from an announcement', () => {
    const a = parseAnnouncement(fixture('announcement.txt'));
    expect(a).toMatchObject({
      positionTitle: 'Contract Specialist',
      department: 'Department of Homeland Security',
      agency: 'Federal Emergency Management Agency',
      announcementNumber: 'FEMA-27-CS-0087',
      payPlan: 'GS',
      lowGrade: '12',
      series: ['1102'],
      closeDate: '2027-02-12',
      whoMayApply: 'United States Citizens',
      contact: { name: 'Mara Quist', email: 'mara.quist@fema.example.gov', phone: null },
    });
    expect(a.specializedExperience).toContain('negotiating contract prices');
  });

  it('tells the formats apart', () => {
    expect(detectFormat(fixture('search-result.json'))).toBe('json');
    expect(detectFormat(fixture('announcement.html'))).toBe('html');
    expect(detectFormat(fixture('announcement.txt'))).toBe('text');
  });

  it.each([
    ['', 'json', 'announcement: is empty'],
    ['{"nope": 1}', 'json', 'MatchedObjectDescriptor'],
    ['{broken', 'json', 'not valid JSON'],
    ['<div><p>no heading</p></div>', 'html', 'no heading'],
  ] as const)('refuses %s clearly', (text, format, message) => {
    expect(() => parseAnnouncement(text, format)).toThrow(message);
  });
});
