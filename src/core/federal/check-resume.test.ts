import { describe, expect, it } from 'vitest';
import { CLEAN_RESUME } from '../../../test/federal';
import {
  checkFederalResume,
  createFederalRuleSet,
  defaultFederalRules,
  FEDERAL_RULE_IDS,
} from './check-resume';
import { textDocument } from './resume-document';
import { pageLimitRule } from './rules/page-limit';

describe('checkFederalResume', () => {
  it('uses the rule ids the command line documents', () => {
    expect(FEDERAL_RULE_IDS).toEqual(
      expect.arrayContaining([
        'page-limit',
        'month-year-dates',
        'hours-per-week',
        'personal-data',
        'contact-info',
        'series-grade',
        'specialized-experience',
        'required-documents',
        'file-type',
        'file-size',
        'file-protected',
        'fonts',
        'margins',
        'essay-length',
      ]),
    );
  });

  it('refuses two rules with one id', () => {
    expect(() => createFederalRuleSet([pageLimitRule(), pageLimitRule({ maxPages: 3 })])).toThrow(
      'page-limit',
    );
    expect(createFederalRuleSet(defaultFederalRules()).rules).toHaveLength(FEDERAL_RULE_IDS.length);
  });

  it('lists errors first, then by line, each with a source', () => {
    const text = CLEAN_RESUME.replace(
      '05/2019 – Present | 40 hours per week',
      '2019 – Present',
    ).replace('dana.whitlock@example.org\n', 'dana.whitlock@example.org\nDOB: 1984-04-12\n');
    const { pages, findings } = checkFederalResume({ document: textDocument(text, { pages: 3 }) });
    expect(pages).toBe(3);
    expect(findings.map((f) => [f.severity, f.rule, f.line ?? null])).toEqual([
      ['error', 'page-limit', null],
      ['error', 'hours-per-week', 6],
      ['error', 'month-year-dates', 8],
      ['warning', 'personal-data', 3],
    ]);
    for (const f of findings) expect(f.source.url).toMatch(/^https:\/\//);
  });

  it('is quiet on a clean résumé', () => {
    expect(checkFederalResume({ document: textDocument(CLEAN_RESUME) }).findings).toEqual([]);
  });
});
