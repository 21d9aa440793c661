import { addDays, type CalendarDay, type Instant } from '../dates';
import type { FollowThrough } from './follow-through';
import { FUNNEL_STAGES, type Funnel, type FunnelStage } from './funnel';
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

/** An application as progress reads it: how far it got and when it started. */
export type ProgressApplication = ApplicationRef & {
  startedAt: Instant;
  furthest: FunnelStage | undefined;
};

const INTERVIEW_RANK = FUNNEL_STAGES.indexOf('interview');

/** Progress from the funnel and each application's furthest stage. */
export function computeProgress(
  funnel: Funnel,
  applications: Iterable<ProgressApplication>,
): Progress {
  const reachedAt = (stage: FunnelStage) =>
    funnel.overall.steps.find((s) => s.stage === stage)?.reached ?? 0;
  // The ten most recent that got to an interview, kept in order as they are met.
  const recent: ProgressApplication[] = [];
  for (const app of applications) {
    if (app.furthest === undefined || FUNNEL_STAGES.indexOf(app.furthest) < INTERVIEW_RANK)
      continue;
    const last = recent[recent.length - 1];
    if (recent.length === 10 && last !== undefined && app.startedAt <= last.startedAt) continue;
    const at = recent.findIndex((r) => app.startedAt > r.startedAt);
    recent.splice(at < 0 ? recent.length : at, 0, app);
    if (recent.length > 10) recent.pop();
  }
  return {
    applications: funnel.overall.applications,
    rejections: funnel.overall.rejections,
    interviews: reachedAt('interview'),
    finals: reachedAt('final'),
    offers: reachedAt('offer'),
    recentInterviews: recent.map(({ id, company, role, furthest }) => ({
      id,
      company,
      role,
      furthest: furthest as FunnelStage,
    })),
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
