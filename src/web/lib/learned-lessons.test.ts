import { describe, expect, it } from 'vitest';
import { learnedLessons } from './learned-lessons';

describe('learnedLessons', () => {
  it('lists wins first, then what went well, what to build and mention, and the feedback', () => {
    expect(
      learnedLessons({
        wins: ['Reached the final'],
        wentWell: 'The design story',
        missingSkills: ['Kubernetes'],
        forgotToHighlight: ['The migration'],
        communication: 'Rushed',
        feedback: 'Light on k8s',
      }),
    ).toEqual([
      'Reached the final',
      'The design story',
      'Something to build: Kubernetes',
      'Worth mentioning next time: The migration',
      'What they said: Light on k8s',
    ]);
  });

  it('is empty before anything was learned', () => {
    expect(learnedLessons(undefined)).toEqual([]);
  });
});
