import { describe, expect, it } from 'vitest';
import { announcementWith, CLEAN_RESUME, runFederalRule } from '../../../../test/federal';
import { specializedExperienceRule } from './specialized-experience';

const statement = (items: string) =>
  `Specialized experience is experience equivalent to GS-09 that includes: ${items}`;

describe('specialized-experience', () => {
  it.each([
    ['(1) conducting program evaluations; (2) analyzing budget data', []],
    [
      'conducting program evaluations; developing procurement strategies',
      [['developing', 'procurement', 'strategies']],
    ],
    ['evaluating programs, and preparing variance reports', []],
    ['managing federal grants; writing regulations', [['grants'], ['writing', 'regulations']]],
  ])('%s', (items, missing) => {
    const announcement = announcementWith({ qualifications: statement(items) });
    const findings = runFederalRule(specializedExperienceRule(), CLEAN_RESUME, { announcement });
    expect(findings.map((f) => f.words)).toEqual(missing);
  });

  it('counts the words only under a job, not in a skills list', () => {
    const announcement = announcementWith({
      qualifications: statement('developing procurement strategies'),
    });
    const text = `${CLEAN_RESUME}\nSKILLS\nProcurement strategies, developing acquisition plans\n`;
    expect(runFederalRule(specializedExperienceRule(), text, { announcement })).toHaveLength(1);
  });

  it('checks qualifying key requirements and skips conditions of employment', () => {
    const announcement = announcementWith({
      keyRequirements: [
        'U.S. Citizenship required',
        'Must have a Certified Government Financial Manager certification',
      ],
    });
    const [finding] = runFederalRule(specializedExperienceRule(), CLEAN_RESUME, { announcement });
    expect(finding?.message).toContain('Certified Government Financial Manager');
  });

  it('says nothing without an announcement', () => {
    expect(runFederalRule(specializedExperienceRule(), CLEAN_RESUME)).toEqual([]);
  });
});
