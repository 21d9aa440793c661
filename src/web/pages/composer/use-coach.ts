import type { LinkedinPlan } from '../../../core/enums';
import type { CoachInput } from './coach-context';
import type { Finding } from './coach-findings';

/** Checks a message with the coach, here in the browser. */
export function runCoach(input: CoachInput): readonly Finding[] {
  void input;
  return [];
}

/** The LinkedIn plan the coach and the counters assume until the user's setting says otherwise. */
export const DEFAULT_LINKEDIN_PLAN: LinkedinPlan = 'free';
