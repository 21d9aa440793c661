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

function buildTheme(
  key: string,
  sightings: readonly ThemeOccurrence[],
  options: RankOptions,
): Theme | undefined {
  const perApplication = new Map<string, ThemeApplication>();
  for (const s of sightings) {
    const ref = options.applications.get(s.applicationId);
    if (ref === undefined) continue;
    const known = perApplication.get(s.applicationId);
    if (known === undefined) {
      perApplication.set(s.applicationId, { ...ref, on: s.on, via: [s.via] });
    } else {
      if (s.on > known.on) known.on = s.on;
      if (!known.via.includes(s.via)) known.via.push(s.via);
    }
  }
  const apps = [...perApplication.values()].sort((a, b) =>
    a.on < b.on ? 1 : a.on > b.on ? -1 : a.id < b.id ? -1 : 1,
  );
  const newest = apps[0];
  const oldest = apps.at(-1);
  if (newest === undefined || oldest === undefined) return undefined;
  for (const app of apps)
    app.via.sort((a, b) => EVIDENCE_SOURCES.indexOf(a) - EVIDENCE_SOURCES.indexOf(b));
  const score = apps.reduce(
    (sum, app) => sum + recencyWeight(daysBetween(app.on, options.today)),
    0,
  );
  return {
    key,
    label: mostCommon(sightings.map((s) => s.label))[0] ?? key,
    count: apps.length,
    score: Math.round(score * 100) / 100,
    firstSeen: oldest.on,
    lastSeen: newest.on,
    wordings: mostCommon(sightings.map((s) => s.wording)).slice(0, 8),
    applications: apps.slice(0, options.applicationLimit ?? 50),
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
  const themes = [...byKey.entries()]
    .map(([key, sightings]) => buildTheme(key, sightings, options))
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
