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
  /** The applications behind it, most recent first (at most `applicationLimit`). */
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
  /** Most applications to list per theme (default 50; `count` says how many there were). */
  applicationLimit?: number;
}

/** The weight of a sighting `age` days old. */
export function recencyWeight(ageDays: number): number {
  return 0.5 ** (Math.max(0, ageDays) / THEME_HALF_LIFE_DAYS);
}

const byCountThenText = (a: [string, number], b: [string, number]) =>
  b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

function mostCommon(values: readonly string[]): string[] {
  const tally = new Map<string, number>();
  for (const v of values) tally.set(v, (tally.get(v) ?? 0) + 1);
  return [...tally.entries()].sort(byCountThenText).map(([v]) => v);
}

/** Per application: the latest day it was seen and the sources, as bits of EVIDENCE_SOURCES. */
interface Seen {
  on: CalendarDay;
  via: number;
}

const VIA_BIT = new Map(EVIDENCE_SOURCES.map((source, i) => [source, 1 << i]));
const viaList = (bits: number) => EVIDENCE_SOURCES.filter((_, i) => (bits & (1 << i)) !== 0);

function buildTheme(
  key: string,
  sightings: readonly ThemeOccurrence[],
  options: RankOptions,
  weightOn: (day: CalendarDay) => number,
): Theme | undefined {
  // Only the latest day and sources per application are kept while counting; application
  // details are looked up for the few that are listed.
  const seen = new Map<string, Seen>();
  for (const s of sightings) {
    if (!options.applications.has(s.applicationId)) continue;
    const known = seen.get(s.applicationId);
    const bit = VIA_BIT.get(s.via) ?? 0;
    if (known === undefined) seen.set(s.applicationId, { on: s.on, via: bit });
    else {
      if (s.on > known.on) known.on = s.on;
      known.via |= bit;
    }
  }
  if (seen.size === 0) return undefined;
  const entries = [...seen.entries()].sort(([a, x], [b, y]) =>
    x.on < y.on ? 1 : x.on > y.on ? -1 : a < b ? -1 : 1,
  );
  let score = 0;
  for (const [, { on }] of entries) score += weightOn(on);
  const applications: ThemeApplication[] = entries
    .slice(0, options.applicationLimit ?? 50)
    .map(([id, { on, via }]) => {
      const ref = options.applications.get(id) as ApplicationRef;
      return { id, company: ref.company, role: ref.role, on, via: viaList(via) };
    });
  return {
    key,
    label: mostCommon(sightings.map((s) => s.label))[0] ?? key,
    count: entries.length,
    score: Math.round(score * 100) / 100,
    firstSeen: (entries.at(-1) as [string, Seen])[1].on,
    lastSeen: (entries[0] as [string, Seen])[1].on,
    wordings: mostCommon(sightings.map((s) => s.wording)).slice(0, 8),
    applications,
  };
}

/**
 * Groups sightings by key and ranks the themes: highest recency-weighted count first, then the
 * most applications, then the most recently seen, then by name, so ties always come out the
 * same way. Sightings of applications not in `applications` are ignored.
 */
export function rankThemes(
  occurrences: readonly ThemeOccurrence[],
  options: RankOptions,
): RankedThemes {
  const byKey = new Map<string, ThemeOccurrence[]>();
  for (const o of occurrences) {
    const list = byKey.get(o.key);
    if (list) list.push(o);
    else byKey.set(o.key, [o]);
  }
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
  const themes = [...byKey.entries()]
    .map(([key, sightings]) => buildTheme(key, sightings, options, weightOn))
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
