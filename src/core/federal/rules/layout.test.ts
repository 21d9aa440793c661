import { describe, expect, it } from 'vitest';
import { announcementWith, CLEAN_RESUME, runFederalRule } from '../../../../test/federal';
import { NO_FORMAT_RULES } from '../announcement';
import { fontsRule, marginsRule } from './layout';

const font = (family: string, size: number) => ({
  fonts: [
    { family, size, characters: 1000 },
    { family: 'Arial', size: 14, characters: 40 },
  ],
});

describe('fonts', () => {
  it.each([
    ['Calibri', 11, []],
    ['Arial', 10, []],
    ['Liberation Sans', 10, []],
    ['Arial', 9, ['warning']],
    ['Times New Roman', 11, ['advice']],
    ['Garamond', 8, ['warning', 'advice']],
  ])('%s %i pt', (family, size, severities) => {
    const findings = runFederalRule(fontsRule(), CLEAN_RESUME, { document: font(family, size) });
    expect(findings.map((f) => f.severity)).toEqual(severities);
  });

  it('holds to an announcement minimum as a hard rule', () => {
    const announcement = announcementWith({
      formatRules: { ...NO_FORMAT_RULES, minFontPoints: 11 },
    });
    const findings = runFederalRule(fontsRule(), CLEAN_RESUME, {
      announcement,
      document: font('Arial', 10),
    });
    expect(findings.map((f) => f.severity)).toEqual(['error']);
  });
});

describe('margins', () => {
  const margins = (left: number) => ({
    margins: { top: left, right: left + 0.1, bottom: left + 0.2, left },
  });
  it.each([
    [0.5, null, []],
    [0.49, null, []],
    [0.3, null, ['warning']],
    [0.75, 1, ['error']],
    [1, 1, []],
  ])('left %f with announcement minimum %s', (left, minimum, severities) => {
    const announcement = announcementWith({
      formatRules: { ...NO_FORMAT_RULES, minMarginInches: minimum },
    });
    const findings = runFederalRule(marginsRule(), CLEAN_RESUME, {
      announcement,
      document: margins(left),
    });
    expect(findings.map((f) => f.severity)).toEqual(severities);
  });
});
