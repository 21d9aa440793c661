import { addDays, type CalendarDay, type Instant } from '../dates';
import type { FollowThrough } from './follow-through';
import { FUNNEL_STAGES, type Funnel, type FunnelApplication, type FunnelStage } from './funnel';
import type { ReEngagementSummary } from './re-engagement';
import type { Themes } from './recurring';
import type { ApplicationRef } from './themes';

/** How practice is going. */
export interface PracticeProgress {
  cards: number;
  /** Cards due by the end of today. */
  due: number;
  /** Cards practised at least once. */
  practised: number;
  reviews: number;
  /** Days in a row with at least one practice round, ending today or yesterday. */
  dayStreak: { current: number; best: number };
  lastPractisedOn: CalendarDay | null;
}

/** Wins to show beside the losses: how far applications got. */
export interface Progress {
  /** Applications sent (saved-only ones left out). */
  applications: number;
  rejections: number;
  /** Applications that reached an interview, a final round, an offer. */
  interviews: number;
  finals: number;
  offers: number;
  /** The most recent applications that reached an interview or further (at most 10). */
  recentInterviews: (ApplicationRef & { furthest: FunnelStage })[];
}

export type LessonKind = 'encouragement' | 'win' | 'pattern';

/** A plain-words lesson with the evidence behind it. */
export interface Lesson {
  /** Stable per rule and subject, e.g. `skill:kubernetes`. */
  id: string;
  kind: LessonKind;
  title: string;
  detail: string;
  /** The numbers behind it, each with what it counts. */
  evidence: { label: string; value: string }[];
  /** Applications behind it, most recent first (at most 10). */
  applications: ApplicationRef[];
  /** Where to look or act next. */
  link: { to: 'funnel' | 'themes' | 'follow-through' | 'practice'; cardId?: string } | null;
}

export interface Insights {
  generatedAt: Instant;
  today: CalendarDay;
  timeZone: string;
  progress: Progress;
  funnel: Funnel;
  themes: Themes;
  followThrough: FollowThrough & { reEngagements: ReEngagementSummary };
  practice: PracticeProgress;
  /** The strongest patterns and wins, encouragement first. */
  lessons: Lesson[];
}

const RANK = new Map<string, number>(FUNNEL_STAGES.map((s, i) => [s, i]));

/** Progress from the funnel's view of each application. */
export function computeProgress(
  funnel: Funnel,
  applications: readonly (FunnelApplication & ApplicationRef)[],
  furthestOf: (app: FunnelApplication) => FunnelStage | undefined,
): Progress {
  const reachedAt = (stage: FunnelStage) =>
    funnel.overall.steps.find((s) => s.stage === stage)?.reached ?? 0;
  const interviewRank = RANK.get('interview') ?? 2;
  const recent = applications
    .map((app) => ({ app, furthest: furthestOf(app) }))
    .filter(
      (a): a is { app: FunnelApplication & ApplicationRef; furthest: FunnelStage } =>
        a.furthest !== undefined && (RANK.get(a.furthest) ?? 0) >= interviewRank,
    )
    .sort((a, b) => (a.app.startedAt < b.app.startedAt ? 1 : -1))
    .slice(0, 10)
    .map(({ app, furthest }) => ({ id: app.id, company: app.company, role: app.role, furthest }));
  return {
    applications: funnel.overall.applications,
    rejections: funnel.overall.rejections,
    interviews: reachedAt('interview'),
    finals: reachedAt('final'),
    offers: reachedAt('offer'),
    recentInterviews: recent,
  };
}

/** Days in a row with practice: the run ending today (or yesterday, not broken yet) and the best. */
export function dayStreak(days: readonly CalendarDay[], today: CalendarDay) {
  const sorted = [...new Set(days)].sort();
  let best = 0;
  let run = 0;
  let previous: CalendarDay | undefined;
  for (const day of sorted) {
    run = previous !== undefined && addDays(previous, 1) === day ? run + 1 : 1;
    best = Math.max(best, run);
    previous = day;
  }
  const current = previous === today || previous === addDays(today, -1) ? run : 0;
  return { current, best };
}
