import type { Instant } from '../dates';
import { STAGE_LABELS, type Stage } from '../stages';
import { localMonthOf, monthLabel, monthsBetween, type CalendarMonth } from './months';

/**
 * The funnel: how far applications get, read from each one's stage history rather than where it
 * stands now, so an application that reached the final round and was then turned down still
 * counts as having reached the final round.
 */
export const FUNNEL_STAGES = ['applied', 'screen', 'interview', 'final', 'offer'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

/** One application as the funnel sees it. */
export interface FunnelApplication {
  id: string;
  source: string | null;
  /** Where it stands now. */
  stage: Stage;
  /** When it started: the first stage past saving in its history. */
  startedAt: Instant;
  /** The furthest stage in its history (any stage; closed ones are ignored). */
  furthestInHistory: Stage | null;
  /** For a recorded rejection, the furthest stage the user says it reached. */
  rejectedAfter: Stage | null;
}

/** How the applications that reached a stage stand: ended there, or still there. */
export interface FunnelStep {
  stage: FunnelStage;
  label: string;
  /** Applications that got at least this far. */
  reached: number;
  /** Share of those that reached the step before and got here too; null with none before. */
  conversion: number | null;
  /** Share of all applications that got this far; null with none. */
  fromApplied: number | null;
  /** Turned down after getting this far and no further. */
  rejected: number;
  /** No word back after getting this far. */
  ghosted: number;
  /** The user withdrew after getting this far. */
  withdrawn: number;
  /** Still open at this stage. */
  open: number;
}

/** The funnel of one slice of applications: all of them, one month's, one source's. */
export interface FunnelSlice {
  key: string;
  label: string;
  applications: number;
  rejections: number;
  steps: FunnelStep[];
}

export interface Funnel {
  overall: FunnelSlice;
  /** By the month each application started, in the user's time zone, gaps filled with zeros. */
  byMonth: FunnelSlice[];
  /** By source, most applications first; those with no source last. */
  bySource: FunnelSlice[];
  /** Saved but never sent: left out of the funnel. */
  savedOnly: number;
}

/** The key and label of applications with no source recorded. */
export const UNKNOWN_SOURCE = { key: '', label: 'Not recorded' } as const;

const PIPELINE_RANK = new Map<Stage, number>(FUNNEL_STAGES.map((s, i) => [s, i]));

/** The furthest funnel stage an application reached, or undefined if it was never sent. */
export function furthestFunnelStage(app: FunnelApplication): FunnelStage | undefined {
  const ranks = [app.furthestInHistory, app.rejectedAfter, app.stage]
    .map((s) => (s === null ? undefined : PIPELINE_RANK.get(s)))
    .filter((r): r is number => r !== undefined);
  // Rejected or ghosted implies it was sent, whatever the history says.
  const sent = app.stage === 'rejected' || app.stage === 'ghosted' || app.rejectedAfter !== null;
  const best = Math.max(sent ? 0 : -1, ...ranks);
  return best < 0 ? undefined : FUNNEL_STAGES[best];
}

interface Counting {
  furthest: FunnelStage;
  /** How it ended, for closed applications; it ended after its furthest stage. */
  ended: 'rejected' | 'ghosted' | 'withdrawn' | null;
}

function countingOf(app: FunnelApplication, furthest: FunnelStage): Counting {
  const closed = app.stage === 'rejected' || app.stage === 'ghosted' || app.stage === 'withdrawn';
  const ended = closed ? app.stage : app.rejectedAfter !== null ? 'rejected' : null;
  return { furthest, ended: ended as Counting['ended'] };
}

const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);

function slice(key: string, label: string, members: readonly Counting[]): FunnelSlice {
  const steps: FunnelStep[] = FUNNEL_STAGES.map((stage) => ({
    stage,
    label: STAGE_LABELS[stage],
    reached: 0,
    conversion: null,
    fromApplied: null,
    rejected: 0,
    ghosted: 0,
    withdrawn: 0,
    open: 0,
  }));
  for (const member of members) {
    const furthest = PIPELINE_RANK.get(member.furthest) ?? 0;
    for (let i = 0; i <= furthest; i += 1) (steps[i] as FunnelStep).reached += 1;
    const step = steps[furthest] as FunnelStep;
    if (member.ended === null) step.open += 1;
    else step[member.ended] += 1;
  }
  const applied = steps[0]?.reached ?? 0;
  steps.forEach((step, i) => {
    const before = i === 0 ? applied : (steps[i - 1]?.reached ?? 0);
    step.conversion = i === 0 ? share(step.reached, applied) : share(step.reached, before);
    step.fromApplied = share(step.reached, applied);
  });
  const rejections = steps.reduce((sum, s) => sum + s.rejected, 0);
  return { key, label, applications: applied, rejections, steps };
}

function groupBy<K>(items: readonly Counting[], keys: readonly K[]): Map<K, Counting[]> {
  const out = new Map<K, Counting[]>();
  items.forEach((item, i) => {
    const key = keys[i] as K;
    const list = out.get(key);
    if (list) list.push(item);
    else out.set(key, [item]);
  });
  return out;
}

/** Normalized source key: case and spacing ignored, blank is unknown. */
export function sourceKey(source: string | null): string {
  return (source ?? '').trim().replace(/\s+/g, ' ').toLowerCase();
}

function sourceSlices(sent: readonly FunnelApplication[], counted: readonly Counting[]) {
  const keys = sent.map((a) => sourceKey(a.source));
  const spellings = new Map<string, Map<string, number>>();
  sent.forEach((app, i) => {
    const spelled = (app.source ?? '').trim().replace(/\s+/g, ' ');
    const tally = spellings.get(keys[i] as string) ?? new Map<string, number>();
    tally.set(spelled, (tally.get(spelled) ?? 0) + 1);
    spellings.set(keys[i] as string, tally);
  });
  const labelOf = (key: string) => {
    if (key === UNKNOWN_SOURCE.key) return UNKNOWN_SOURCE.label;
    const tally = [...(spellings.get(key) ?? new Map<string, number>()).entries()];
    tally.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    return tally[0]?.[0] ?? key;
  };
  return [...groupBy(counted, keys).entries()]
    .map(([key, members]) => slice(key, labelOf(key), members))
    .sort(
      (a, b) =>
        Number(a.key === UNKNOWN_SOURCE.key) - Number(b.key === UNKNOWN_SOURCE.key) ||
        b.applications - a.applications ||
        (a.label < b.label ? -1 : 1),
    );
}

function monthSlices(
  sent: readonly FunnelApplication[],
  counted: readonly Counting[],
  zone: string,
  currentMonth: CalendarMonth,
) {
  const keys = sent.map((a) => localMonthOf(a.startedAt, zone));
  const groups = groupBy(counted, keys);
  const known = [...groups.keys()].sort();
  const first = known[0];
  if (first === undefined) return [];
  const last = [known.at(-1) as string, currentMonth].sort().at(-1) as string;
  return monthsBetween(first, last).map((month) =>
    slice(month, monthLabel(month), groups.get(month) ?? []),
  );
}

/**
 * The funnel of every application that was sent, overall, by the month it started (in `zone`,
 * up to `currentMonth` so quiet recent months show as quiet) and by source.
 */
export function computeFunnel(
  applications: readonly FunnelApplication[],
  { zone, currentMonth }: { zone: string; currentMonth: CalendarMonth },
): Funnel {
  const sent: FunnelApplication[] = [];
  const counted: Counting[] = [];
  for (const app of applications) {
    const furthest = furthestFunnelStage(app);
    if (furthest === undefined) continue;
    sent.push(app);
    counted.push(countingOf(app, furthest));
  }
  return {
    overall: slice('all', 'All applications', counted),
    byMonth: monthSlices(sent, counted, zone, currentMonth),
    bySource: sourceSlices(sent, counted),
    savedOnly: applications.length - sent.length,
  };
}
