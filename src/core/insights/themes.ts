import type { CalendarDay } from '../dates';
import { daysBetween } from '../recovery/zoned-time';

/**
 * Ranking what keeps coming back across rejections. Each application counts once per theme, and
 * counts less the longer ago it was: weight halves every {@link THEME_HALF_LIFE_DAYS} days, so a
 * gap named three times this quarter outranks one named four times a year ago, while a long
 * record still counts. docs/decisions/0006-insight-themes.md explains the choice.
 */
export const THEME_HALF_LIFE_DAYS = 90;

/** Where a theme was seen. */
export const EVIDENCE_SOURCES = ['reflection', 'feedback', 'reason'] as const;
export type EvidenceSource = (typeof EVIDENCE_SOURCES)[number];

/** One sighting of a theme in one application. */
export interface ThemeOccurrence {
  /** What the sightings of one theme share: a skill tag, a card id, a group key. */
  key: string;
  /** The theme's name as this sighting gives it. */
  label: string;
  /** The words used this time (a question as asked, a skill as typed). */
  wording: string;
  applicationId: string;
  /** The day of the rejection it belongs to. */
  on: CalendarDay;
  via: EvidenceSource;
}

/** What insights show of an application behind a theme. */
export interface ApplicationRef {
  id: string;
  company: string;
  role: string;
}

export interface ThemeApplication extends ApplicationRef {
  on: CalendarDay;
  via: EvidenceSource[];
}

export interface Theme {
  key: string;
  label: string;
  /** Applications it came up in. */
  count: number;
  /** Recency-weighted count: each application weighs 1 today, ½ after one half-life. */
  score: number;
  firstSeen: CalendarDay;
  lastSeen: CalendarDay;
  /** The distinct ways it was put, most common first. */
  wordings: string[];
  /** The applications behind it, most recent first (at most `applicationLimit`, 25 unless set). */
  applications: ThemeApplication[];
}

export interface RankedThemes {
  items: Theme[];
  /** How many distinct themes there were before the limit. */
  distinct: number;
}

export interface RankOptions {
  today: CalendarDay;
  applications: ReadonlyMap<string, ApplicationRef>;
  /** Most themes to return (default 20). */
  limit?: number;
  /** Most applications to list per theme (default 25; `count` says how many there were). */
  applicationLimit?: number;
}

/** The weight of a sighting `age` days old. */
export function recencyWeight(ageDays: number): number {
  return 0.5 ** (Math.max(0, ageDays) / THEME_HALF_LIFE_DAYS);
}

const byCountThenText = (a: [string, number], b: [string, number]) =>
  b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

const count = (tally: Map<string, number>, value: string) =>
  tally.set(value, (tally.get(value) ?? 0) + 1);

const mostCommon = (tally: Map<string, number>) =>
  [...tally.entries()].sort(byCountThenText).map(([v]) => v);

/** Per application: the latest day it was seen and the sources, as bits of EVIDENCE_SOURCES. */
interface Seen {
  on: CalendarDay;
  via: number;
}

const VIA_BIT = new Map(EVIDENCE_SOURCES.map((source, i) => [source, 1 << i]));
const viaList = (bits: number) => EVIDENCE_SOURCES.filter((_, i) => (bits & (1 << i)) !== 0);

/** One theme while sightings come in: tallies, and the latest sighting per application. */
interface Gathering {
  labels: Map<string, number>;
  wordings: Map<string, number>;
  seen: Map<string, Seen>;
}

/**
 * Collects sightings theme by theme as they are found, keeping only tallies and one small
 * record per application, then ranks them. Insights feed it thousands of sightings.
 */
export class ThemeCollector {
  readonly #themes = new Map<string, Gathering>();

  add(sighting: ThemeOccurrence): void {
    let theme = this.#themes.get(sighting.key);
    if (theme === undefined) {
      theme = { labels: new Map(), wordings: new Map(), seen: new Map() };
      this.#themes.set(sighting.key, theme);
    }
    count(theme.labels, sighting.label);
    count(theme.wordings, sighting.wording);
    const bit = VIA_BIT.get(sighting.via) ?? 0;
    const known = theme.seen.get(sighting.applicationId);
    if (known === undefined) theme.seen.set(sighting.applicationId, { on: sighting.on, via: bit });
    else {
      if (sighting.on > known.on) known.on = sighting.on;
      known.via |= bit;
    }
  }

  /**
   * The themes, highest recency-weighted count first, then the most applications, then the most
   * recently seen, then by name, so ties always come out the same way. Sightings of applications
   * not in `applications` are ignored.
   */
  rank(options: RankOptions): RankedThemes {
    // Sightings cluster on a few hundred days: each day's weight is worked out once.
    const weights = new Map<CalendarDay, number>();
    const weightOn = (day: CalendarDay) => {
      let weight = weights.get(day);
      if (weight === undefined) {
        weight = recencyWeight(daysBetween(day, options.today));
        weights.set(day, weight);
      }
      return weight;
    };
    const themes = [...this.#themes.entries()]
      .map(([key, gathered]) => buildTheme(key, gathered, options, weightOn))
      .filter((t): t is Theme => t !== undefined)
      .sort(
        (a, b) =>
          b.score - a.score ||
          b.count - a.count ||
          (a.lastSeen < b.lastSeen ? 1 : a.lastSeen > b.lastSeen ? -1 : 0) ||
          (a.label < b.label ? -1 : a.label > b.label ? 1 : 0),
      );
    return { items: themes.slice(0, options.limit ?? 20), distinct: themes.length };
  }
}

/** Whether application `a` (seen on `x`) comes before `b` in a theme's list: newest first. */
const newerFirst = (a: string, x: Seen, b: string, y: Seen) =>
  x.on > y.on || (x.on === y.on && a < b);

/** The `limit` newest of a theme's applications, in order, without sorting them all. */
function newest(entries: Iterable<[string, Seen]>, limit: number): [string, Seen][] {
  const top: [string, Seen][] = [];
  for (const entry of entries) {
    const last = top[top.length - 1];
    if (
      top.length >= limit &&
      last !== undefined &&
      !newerFirst(entry[0], entry[1], last[0], last[1])
    ) {
      continue;
    }
    let at = top.length;
    while (at > 0) {
      const before = top[at - 1] as [string, Seen];
      if (!newerFirst(entry[0], entry[1], before[0], before[1])) break;
      at -= 1;
    }
    top.splice(at, 0, entry);
    if (top.length > limit) top.pop();
  }
  return top;
}

function buildTheme(
  key: string,
  { labels, wordings, seen }: Gathering,
  options: RankOptions,
  weightOn: (day: CalendarDay) => number,
): Theme | undefined {
  // One pass for the count, the score and the first and last day; only the listed
  // applications are put in order.
  const known: [string, Seen][] = [];
  let score = 0;
  let first: CalendarDay | undefined;
  let last: CalendarDay | undefined;
  for (const entry of seen) {
    if (!options.applications.has(entry[0])) continue;
    known.push(entry);
    const on = entry[1].on;
    score += weightOn(on);
    if (first === undefined || on < first) first = on;
    if (last === undefined || on > last) last = on;
  }
  if (first === undefined || last === undefined) return undefined;
  const applications: ThemeApplication[] = newest(known, options.applicationLimit ?? 25).map(
    ([id, { on, via }]) => {
      const ref = options.applications.get(id) as ApplicationRef;
      return { id, company: ref.company, role: ref.role, on, via: viaList(via) };
    },
  );
  return {
    key,
    label: mostCommon(labels)[0] ?? key,
    count: known.length,
    score: Math.round(score * 100) / 100,
    firstSeen: first,
    lastSeen: last,
    wordings: mostCommon(wordings).slice(0, 8),
    applications,
  };
}

/** Ranks a list of sightings (see {@link ThemeCollector.rank}). */
export function rankThemes(
  occurrences: readonly ThemeOccurrence[],
  options: RankOptions,
): RankedThemes {
  const collector = new ThemeCollector();
  for (const o of occurrences) collector.add(o);
  return collector.rank(options);
}
