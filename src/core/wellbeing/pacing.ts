import { z } from 'zod';
import type { CalendarDay } from '../dates';
import { calendarDay } from '../schema-helpers';

/**
 * Gentle pacing: a weekly rhythm the user sets (say two applications, one keep-in-touch, one
 * practice round), shown as this week's progress only. There is no streak and no record of
 * missed weeks: a slow week is not a failure to be counted, and a bad one can be paused.
 */

export const PACE_ITEMS = ['applications', 'keepInTouch', 'practice'] as const;
export type PaceItem = (typeof PACE_ITEMS)[number];

/** How many of each the user means to do in a week; 0 leaves it out. */
export type PaceRhythm = Record<PaceItem, number>;

export interface PaceSettings {
  /** Null until the user sets a rhythm. */
  rhythm: PaceRhythm | null;
  /** Paused until the start of this day (the user's day), or not paused. */
  pausedUntil: CalendarDay | null;
}

export const MAX_PER_WEEK = 50;

/** A rhythm to start from, offered when the user has none. */
export const SUGGESTED_RHYTHM: PaceRhythm = { applications: 2, keepInTouch: 1, practice: 1 };

export const PACE_LABELS: Record<PaceItem, { one: string; many: string; hint: string }> = {
  applications: {
    one: 'application',
    many: 'applications',
    hint: 'Applications sent this week (moved to Applied).',
  },
  keepInTouch: {
    one: 'keep-in-touch',
    many: 'keep-in-touches',
    hint: 'People you reached out to this week (a logged call, note or sent message).',
  },
  practice: {
    one: 'practice round',
    many: 'practice rounds',
    hint: 'Days this week you practised at least one card.',
  },
};

const perWeek = z
  .number({ error: 'must be a whole number' })
  .int('must be a whole number')
  .min(0, 'must be 0 or more')
  .max(MAX_PER_WEEK, `must be at most ${MAX_PER_WEEK}`);

export const paceRhythmSchema = z
  .object({ applications: perWeek, keepInTouch: perWeek, practice: perWeek })
  .strict();

/** A change to the pacing: a new rhythm (null turns pacing off), or a pause (null resumes). */
export const pacePatchSchema = z
  .object({
    rhythm: paceRhythmSchema.nullable(),
    pausedUntil: calendarDay.nullable(),
  })
  .partial()
  .strict();
export type PacePatch = z.output<typeof pacePatchSchema>;

/** The settings key the pacing is kept under, beside the recovery's settings. */
export const PACING_SETTINGS_KEY = 'pacing';

/** Reads pacing from the workspace settings; anything unreadable reads as not set. */
export function readPaceSettings(settings: Record<string, unknown>): PaceSettings {
  const stored = settings[PACING_SETTINGS_KEY];
  const parsed = z
    .object({
      rhythm: paceRhythmSchema.nullable().catch(null),
      pausedUntil: calendarDay.nullable().catch(null),
    })
    .safeParse(stored ?? {});
  return parsed.success
    ? { rhythm: parsed.data.rhythm ?? null, pausedUntil: parsed.data.pausedUntil ?? null }
    : { rhythm: null, pausedUntil: null };
}

export interface PaceProgressItem {
  item: PaceItem;
  goal: number;
  done: number;
  /** "1 of 2 applications". */
  text: string;
}

export interface PaceWeek {
  /** The Monday the week starts on, and the Sunday it ends on (the user's days). */
  start: CalendarDay;
  end: CalendarDay;
}

export interface PaceView {
  rhythm: PaceRhythm | null;
  suggested: PaceRhythm;
  paused: boolean;
  pausedUntil: CalendarDay | null;
  week: PaceWeek;
  items: PaceProgressItem[];
  /** A kind sentence about the week so far. */
  summary: string;
}

function countText(item: PaceItem, done: number, goal: number): string {
  const label = PACE_LABELS[item];
  return `${done} of ${goal} ${goal === 1 ? label.one : label.many}`;
}

/**
 * This week's progress, said kindly. `daysLeft` counts today: 7 on a Monday, 1 on a Sunday.
 * Nothing here looks back past this week.
 */
export function describePace(
  settings: PaceSettings,
  done: Record<PaceItem, number>,
  { week, today, daysLeft }: { week: PaceWeek; today: CalendarDay; daysLeft: number },
): PaceView {
  const paused = settings.pausedUntil !== null && today < settings.pausedUntil;
  const rhythm = settings.rhythm;
  const items = rhythm
    ? PACE_ITEMS.filter((item) => rhythm[item] > 0).map((item) => ({
        item,
        goal: rhythm[item],
        done: done[item],
        text: countText(item, done[item], rhythm[item]),
      }))
    : [];
  return {
    rhythm,
    suggested: SUGGESTED_RHYTHM,
    paused,
    pausedUntil: paused ? settings.pausedUntil : null,
    week,
    items,
    summary: summaryOf(items, { paused, daysLeft }),
  };
}

function summaryOf(
  items: readonly PaceProgressItem[],
  { paused, daysLeft }: { paused: boolean; daysLeft: number },
): string {
  if (paused) return 'Paused. Resting is part of a search too; pick it up when you are ready.';
  if (items.length === 0) return 'Set a weekly rhythm if it helps. Small and steady is plenty.';
  const met = items.filter((i) => i.done >= i.goal).length;
  const any = items.some((i) => i.done > 0);
  if (met === items.length) return 'This week’s rhythm is done. Anything more is a bonus.';
  if (any) return 'A good start this week. Every step counts, whatever the week brings.';
  if (daysLeft >= 4) return 'A fresh week. One small step is a fine way to begin.';
  return 'A quieter week so far, and that is all right. One small step is enough, or pause.';
}
