import { z } from 'zod';
import { AppError } from '../app-error';
import { addDays, isCalendarDay, type CalendarDay, type Instant } from '../dates';
import type { TaskKind } from '../enums';
import { nextMonday } from './zoned-time';

/** Snooze to a day, `tomorrow`, or `next-week` (the coming Monday). */
export const SNOOZE_SHORTCUTS = ['tomorrow', 'next-week'] as const;

export const snoozeInputSchema = z
  .object({
    until: z
      .string({ error: 'is required: a date such as 2026-12-01, tomorrow or next-week' })
      .trim()
      .refine(
        (value) => (SNOOZE_SHORTCUTS as readonly string[]).includes(value) || isCalendarDay(value),
        'must be a date such as 2026-12-01, tomorrow or next-week',
      ),
  })
  .strict();
export type SnoozeInput = z.output<typeof snoozeInputSchema>;

/** The day a snooze ends, given today in the user's time zone. */
export function snoozeDay(until: string, today: CalendarDay): CalendarDay {
  if (until === 'tomorrow') return addDays(today, 1);
  if (until === 'next-week') return nextMonday(today);
  if (until < today) {
    throw AppError.validation('until', `must be today (${today}) or later`);
  }
  return until;
}

/**
 * Steps that only make sense after another: a feedback request or a LinkedIn note before the
 * thank-you has gone out would be out of order, so snoozing the thank-you past them moves them
 * along with it.
 */
const FOLLOWERS: Partial<Record<TaskKind, readonly TaskKind[]>> = {
  thank_you: ['feedback_request', 'linkedin_note'],
};

export interface SiblingStep {
  id: string;
  kind: TaskKind;
  dueAt: Instant;
}

/** The open steps of the same plan that must move when `kind` is snoozed to `dueAt`. */
export function followersToMove(
  kind: TaskKind,
  dueAt: Instant,
  siblings: readonly SiblingStep[],
): string[] {
  const followers = FOLLOWERS[kind] ?? [];
  return siblings.filter((s) => followers.includes(s.kind) && s.dueAt < dueAt).map((s) => s.id);
}
