import { describe, expect, it } from 'vitest';
import { textsAlike } from '../core/insights/text-grouping';
import { sameSkill } from '../core/recovery/skill-tags';
import { DEMO_QUESTIONS } from './demo-data';
import { DEMO_FORGOT, DEMO_MISSING_SKILLS, DEMO_QUESTION_REWORDINGS } from './demo-recovery-data';

describe('the sample’s wordings', () => {
  it.each(Object.entries(DEMO_QUESTION_REWORDINGS))(
    '"%s" and its rewordings meet, and meet no other question',
    (question, rewordings) => {
      for (const rewording of rewordings) {
        expect(textsAlike(question, rewording)).toBe(true);
        for (const other of DEMO_QUESTIONS.filter((q) => q !== question)) {
          expect(textsAlike(other, rewording), `${other} / ${rewording}`).toBe(false);
        }
      }
    },
  );

  it('rewords only questions the interviews ask', () => {
    expect(DEMO_QUESTIONS).toEqual(expect.arrayContaining(Object.keys(DEMO_QUESTION_REWORDINGS)));
  });

  it.each(DEMO_FORGOT.map((group) => [group]))('%j are one story', (group) => {
    for (const wording of group.slice(1))
      expect(textsAlike(group[0] as string, wording)).toBe(true);
  });

  it.each(DEMO_MISSING_SKILLS.filter((g) => g.length > 1).map((g) => [g]))(
    '%j are spelled as one skill where the synonym table knows them',
    (group) => {
      const known = group.filter((spelling) => sameSkill(group[0] as string, spelling));
      expect(known.length).toBeGreaterThanOrEqual(2);
    },
  );
});
