import { describe, expect, it } from 'vitest';
import {
  applyReflectionInput,
  feelsRaw,
  hasReflectionContent,
  reflectionInputSchema,
  reflectionRecordSchema,
} from './reflection';

const T1 = '2026-11-26T09:00:00.000Z';
const T2 = '2026-11-27T09:00:00.000Z';

describe('reflection', () => {
  it('starts empty and fills in what is given, with skills normalized', () => {
    const reflection = applyReflectionInput(
      null,
      reflectionInputSchema.parse({
        fit: 'partly',
        missingSkills: ['k8s', 'Kubernetes', 'SQL'],
        hardQuestions: ['Design a rate limiter'],
      }),
      T1,
    );
    expect(reflection.fit).toBe('partly');
    expect(reflection.missingSkills.map((s) => s.tag)).toEqual(['kubernetes', 'sql']);
    expect(reflection.hardQuestions).toEqual([
      { id: expect.stringMatching(/^qst_/), question: 'Design a rate limiter', betterAnswer: null },
    ]);
    expect(reflection.communication).toBeNull();
    expect(hasReflectionContent(reflection)).toBe(true);
    expect(() => reflectionRecordSchema.parse(reflection)).not.toThrow();
  });

  it('changes only what a patch names, and clears with null', () => {
    const first = applyReflectionInput(
      null,
      { fit: 'no', fitWhy: 'Too much travel', wentWell: 'Rapport' },
      T1,
    );
    const second = applyReflectionInput(first, { fitWhy: null, communication: 'Rushed' }, T2);
    expect(second).toMatchObject({
      fit: 'no',
      fitWhy: null,
      wentWell: 'Rapport',
      communication: 'Rushed',
      updatedAt: T2,
    });
  });

  it('replaces the whole reflection when asked', () => {
    const first = applyReflectionInput(null, { fit: 'no', wentWell: 'Rapport' }, T1);
    const replaced = applyReflectionInput(first, { communication: 'Calm' }, T2, { replace: true });
    expect(replaced).toMatchObject({ fit: null, wentWell: null, communication: 'Calm' });
  });

  it('keeps a question’s id when it comes back, so a better answer can be added later', () => {
    const first = applyReflectionInput(
      null,
      { hardQuestions: ['Why us?', 'Biggest weakness?'] },
      T1,
    );
    const [why, weakness] = first.hardQuestions;
    const second = applyReflectionInput(
      first,
      {
        hardQuestions: [
          { id: why?.id, question: 'Why us?', betterAnswer: 'Their mission on X' },
          'biggest weakness?',
        ],
      },
      T2,
    );
    expect(second.hardQuestions).toEqual([
      { id: why?.id, question: 'Why us?', betterAnswer: 'Their mission on X' },
      { id: weakness?.id, question: 'biggest weakness?', betterAnswer: null },
    ]);
  });

  it('stamps a feeling when it is set or changes, not when only the note changes', () => {
    const upset = applyReflectionInput(null, { feeling: 'upset' }, T1);
    expect(upset.feelingAt).toBe(T1);
    expect(feelsRaw(upset)).toBe(true);
    const noted = applyReflectionInput(upset, { feelingNote: 'It stung' }, T2);
    expect(noted.feelingAt).toBe(T1);
    const calmer = applyReflectionInput(noted, { feeling: 'disappointed' }, T2);
    expect(calmer.feelingAt).toBe(T2);
    expect(feelsRaw(calmer)).toBe(false);
    expect(applyReflectionInput(calmer, { feeling: null }, T2).feelingAt).toBeNull();
  });

  it.each([
    [{ fit: 'maybe' }, 'fit'],
    [{ missingSkills: 'k8s' }, 'missingSkills'],
    [{ hardQuestions: [''] }, 'hardQuestions.0'],
    [{ feeling: 'furious' }, 'feeling'],
    [{ mood: 'calm' }, ''],
  ])('refuses %j, naming %s', (input, field) => {
    const result = reflectionInputSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path.join('.')).toBe(field);
  });
});
