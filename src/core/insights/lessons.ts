import type { FunnelSlice } from './funnel';
import type { Lesson } from './insights';
import {
  encouragement,
  feedbackWin,
  fitPattern,
  followThroughWin,
  forgottenPattern,
  interviewsWin,
  practiceWin,
  questionPattern,
  reEngagementWin,
  rejectionStagePattern,
  skillPattern,
  sourcePattern,
  type LessonFacts,
  type RankedLesson,
} from './lesson-rules';
import { outOf, percent } from './lesson-words';

/** Reached-a-screen rate of some months' applications together. */
function screenRate(months: readonly FunnelSlice[]) {
  const sent = months.reduce((n, m) => n + m.applications, 0);
  const screened = months.reduce((n, m) => n + (m.steps[1]?.reached ?? 0), 0);
  return { sent, screened, rate: sent === 0 ? 0 : screened / sent };
}

/**
 * Applications from the last three full months against those before: said only when they get
 * further now. The current month is left out, since its applications have not had time to move.
 */
export function progressWin(facts: LessonFacts): RankedLesson | undefined {
  const months = facts.funnel.byMonth.slice(0, -1);
  if (months.length < 4) return undefined;
  const recent = screenRate(months.slice(-3));
  const earlier = screenRate(months.slice(0, -3));
  if (recent.sent < 5 || earlier.sent < 5 || recent.rate - earlier.rate < 0.1) return undefined;
  return {
    strength: 2 + (recent.rate - earlier.rate) * 3,
    lesson: {
      id: 'win:progress',
      kind: 'win',
      title: 'Your applications get further lately',
      detail: `Over the last three months ${outOf(recent.screened, recent.sent, 'application')} reached a screen (${percent(recent.rate)}), against ${percent(earlier.rate)} before. Whatever you changed is working.`,
      evidence: [
        {
          label: 'Reached a screen, last three months',
          value: outOf(recent.screened, recent.sent),
        },
        { label: 'Reached a screen, before', value: outOf(earlier.screened, earlier.sent) },
      ],
      applications: [],
      link: { to: 'funnel' },
    },
  };
}

const RULES = [
  interviewsWin,
  feedbackWin,
  followThroughWin,
  reEngagementWin,
  practiceWin,
  progressWin,
  rejectionStagePattern,
  sourcePattern,
  skillPattern,
  questionPattern,
  fitPattern,
  forgottenPattern,
];

/**
 * The lessons page: encouragement first, then the strongest lessons, with a win always among
 * the first three when there is one, so the page never reads as a list of losses.
 */
export function buildLessons(facts: LessonFacts, { limit = 8 } = {}): Lesson[] {
  const ranked = RULES.map((rule) => rule(facts))
    .filter((r): r is RankedLesson => r !== undefined)
    .sort((a, b) => b.strength - a.strength || (a.lesson.id < b.lesson.id ? -1 : 1))
    .map((r) => r.lesson);
  const firstWin = ranked.findIndex((l) => l.kind === 'win');
  if (firstWin > 1) ranked.unshift(...ranked.splice(firstWin, 1));
  const opening = encouragement(facts);
  return [...(opening ? [opening] : []), ...ranked].slice(0, limit);
}
