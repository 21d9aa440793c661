import { useCallback } from 'react';
import type { CoachInputLike } from './coach-context';
import type { Finding } from './coach-findings';
import type { LinkedinPlan } from './message-stats';

/** The coach as the composer uses it: the user's LinkedIn plan and a check function. */
export function useCoach(): {
  linkedinPlan: LinkedinPlan;
  check: (input: CoachInputLike) => readonly Finding[];
} {
  const check = useCallback((input: CoachInputLike): readonly Finding[] => {
    void input;
    return [];
  }, []);
  return { linkedinPlan: 'free', check };
}
