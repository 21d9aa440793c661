import { describe, expect, it } from 'vitest';
import { announcementWith, CLEAN_RESUME, runFederalRule } from '../../../../test/federal';
import { NO_FORMAT_RULES } from '../announcement';
import { pageLimitRule } from './page-limit';

describe('page-limit', () => {
  it.each([
    [1, 'pdf', null],
    [2, 'pdf', null],
    [3, 'pdf', 'error'],
    [3, 'libreoffice', 'error'],
    [2, 'estimate', 'advice'],
    [4, 'estimate', 'error'],
  ] as const)('%i pages measured by %s', (pages, method, severity) => {
    const findings = runFederalRule(pageLimitRule(), CLEAN_RESUME, {
      document: { pages, pagesMeasuredBy: method },
    });
    expect(findings.map((f) => f.severity)).toEqual(severity === null ? [] : [severity]);
  });

  it('uses a limit the announcement sets', () => {
    const announcement = announcementWith({ formatRules: { ...NO_FORMAT_RULES, maxPages: 1 } });
    const findings = runFederalRule(pageLimitRule(), CLEAN_RESUME, {
      announcement,
      document: { pages: 2, pagesMeasuredBy: 'pdf' },
    });
    expect(findings[0]?.message).toContain('the limit is 1');
  });
});
