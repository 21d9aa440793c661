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

const rankOf = (stage: Stage | null) => (stage === null ? -1 : (PIPELINE_RANK.get(stage) ?? -1));

/** The furthest funnel stage an application reached, or undefined if it was never sent. */
export function furthestFunnelStage(app: FunnelApplication): FunnelStage | undefined {
  // Rejected or ghosted implies it was sent, whatever the history says.
  const sent = app.stage === 'rejected' || app.stage === 'ghosted' || app.rejectedAfter !== null;
  const best = Math.max(
    sent ? 0 : -1,
    rankOf(app.furthestInHistory),
    rankOf(app.rejectedAfter),
    rankOf(app.stage),
  );
  return best < 0 ? undefined : FUNNEL_STAGES[best];
}

type Ending = 'rejected' | 'ghosted' | 'withdrawn' | 'open';

function endingOf(app: FunnelApplication): Ending {
  if (app.stage === 'rejected' || app.stage === 'ghosted' || app.stage === 'withdrawn') {
    return app.stage;
  }
  return app.rejectedAfter !== null ? 'rejected' : 'open';
}

/** Counts for one slice while applications are tallied: per stage, how far and how it ended. */
class Tally {
  readonly reached = [0, 0, 0, 0, 0];
  readonly ended: Record<Ending, number[]> = {
    rejected: [0, 0, 0, 0, 0],
    ghosted: [0, 0, 0, 0, 0],
    withdrawn: [0, 0, 0, 0, 0],
    open: [0, 0, 0, 0, 0],
  };

  add(furthest: number, ending: Ending) {
    for (let i = 0; i <= furthest; i += 1) this.reached[i] = (this.reached[i] ?? 0) + 1;
    this.ended[ending][furthest] = (this.ended[ending][furthest] ?? 0) + 1;
  }

  slice(key: string, label: string): FunnelSlice {
    const applied = this.reached[0] ?? 0;
    const at = (list: number[], i: number) => list[i] ?? 0;
    const steps = FUNNEL_STAGES.map((stage, i) => ({
      stage,
      label: STAGE_LABELS[stage],
      reached: at(this.reached, i),
      conversion: share(at(this.reached, i), i === 0 ? applied : at(this.reached, i - 1)),
      fromApplied: share(at(this.reached, i), applied),
      rejected: at(this.ended.rejected, i),
      ghosted: at(this.ended.ghosted, i),
      withdrawn: at(this.ended.withdrawn, i),
      open: at(this.ended.open, i),
    }));
    const rejections = this.ended.rejected.reduce((sum, n) => sum + n, 0);
    return { key, label, applications: applied, rejections, steps };
  }
}

const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);

const tidySource = (source: string | null) => (source ?? '').trim().replace(/\s+/g, ' ');

/** Normalized source key: case and spacing ignored, blank is unknown. */
export function sourceKey(source: string | null): string {
  return tidySource(source).toLowerCase();
}

/** Tallies per key, made on first use. */
class Tallies<K> {
  readonly byKey = new Map<K, Tally>();
  get(key: K): Tally {
    let tally = this.byKey.get(key);
    if (tally === undefined) {
      tally = new Tally();
      this.byKey.set(key, tally);
    }
    return tally;
  }
}

/** Each source's most common spelling, by key. */
function sourceLabels(spellings: Map<string, number>): Map<string, string> {
  const best = new Map<string, [string, number]>();
  for (const [spelled, n] of spellings) {
    const key = spelled.toLowerCase();
    const known = best.get(key);
    if (known === undefined || n > known[1] || (n === known[1] && spelled < known[0])) {
      best.set(key, [spelled, n]);
    }
  }
  return new Map([...best].map(([key, [spelled]]) => [key, spelled]));
}

function sourceSlices(tallies: Tallies<string>, spellings: Map<string, number>): FunnelSlice[] {
  const labels = sourceLabels(spellings);
  return [...tallies.byKey.entries()]
    .map(([key, tally]) =>
      tally.slice(
        key,
        key === UNKNOWN_SOURCE.key ? UNKNOWN_SOURCE.label : (labels.get(key) ?? key),
      ),
    )
    .sort(
      (a, b) =>
        Number(a.key === UNKNOWN_SOURCE.key) - Number(b.key === UNKNOWN_SOURCE.key) ||
        b.applications - a.applications ||
        (a.label < b.label ? -1 : 1),
    );
}

function monthSlices(tallies: Tallies<CalendarMonth>, currentMonth: CalendarMonth): FunnelSlice[] {
  const known = [...tallies.byKey.keys()].sort();
  const first = known[0];
  if (first === undefined) return [];
  const last = [known.at(-1) as string, currentMonth].sort().at(-1) as string;
  return monthsBetween(first, last).map((month) =>
    (tallies.byKey.get(month) ?? new Tally()).slice(month, monthLabel(month)),
  );
}

/**
 * The funnel of every application that was sent, overall, by the month it started (in `zone`,
 * up to `currentMonth` so quiet recent months show as quiet) and by source.
 */
export function computeFunnel(
  applications: Iterable<FunnelApplication>,
  { zone, currentMonth }: { zone: string; currentMonth: CalendarMonth },
): Funnel {
  const overall = new Tally();
  const months = new Tallies<CalendarMonth>();
  const sources = new Tallies<string>();
  const spellings = new Map<string, number>();
  // A search has a handful of sources: each spelling is tidied once.
  const tidied = new Map<string | null, string>();
  let savedOnly = 0;
  for (const app of applications) {
    const furthest = furthestFunnelStage(app);
    if (furthest === undefined) {
      savedOnly += 1;
      continue;
    }
    const rank = PIPELINE_RANK.get(furthest) ?? 0;
    const ending = endingOf(app);
    let spelled = tidied.get(app.source);
    if (spelled === undefined) {
      spelled = tidySource(app.source);
      tidied.set(app.source, spelled);
    }
    spellings.set(spelled, (spellings.get(spelled) ?? 0) + 1);
    overall.add(rank, ending);
    months.get(localMonthOf(app.startedAt, zone)).add(rank, ending);
    sources.get(sourceKey(spelled)).add(rank, ending);
  }
  return {
    overall: overall.slice('all', 'All applications'),
    byMonth: monthSlices(months, currentMonth),
    bySource: sourceSlices(sources, spellings),
    savedOnly,
  };
}
