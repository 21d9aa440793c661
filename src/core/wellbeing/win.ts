import { z } from 'zod';
import type { CalendarDay, Instant } from '../dates';
import { calendarDay, entityId, requiredText } from '../schema-helpers';

/**
 * A win: something that went right in a search, however small — a good answer, a kind
 * interviewer, a round reached for the first time. Kept beside the losses because treating one's
 * own setback kindly makes people try harder afterwards, not less (Breines & Chen, 2012,
 * Personality and Social Psychology Bulletin 38(9)).
 */
export interface Win {
  id: string;
  applicationId: string | null;
  text: string;
  /** The day it happened. */
  happenedOn: CalendarDay;
  /** The practice card that tells its story, once the user made one. */
  cardId: string | null;
  createdAt: Instant;
  updatedAt: Instant;
}

export const MAX_WIN_CHARACTERS = 500;

export const winInputSchema = z
  .object({
    text: requiredText(MAX_WIN_CHARACTERS),
    applicationId: entityId.nullable().optional(),
    /** The day it happened; today when left out. */
    on: calendarDay.optional(),
  })
  .strict();
export type WinInput = z.output<typeof winInputSchema>;

export const winPatchSchema = z
  .object({
    text: requiredText(MAX_WIN_CHARACTERS),
    applicationId: entityId.nullable(),
    on: calendarDay,
  })
  .partial()
  .strict();
export type WinPatch = z.output<typeof winPatchSchema>;

/** Examples shown where wins are asked for, so a small one feels worth writing down. */
export const WIN_EXAMPLES: readonly string[] = [
  'A good answer',
  'A kind interviewer',
  'A round reached for the first time',
];

/** The question a practice card made from a win asks: tell its story. */
export function storyQuestionOf(win: Pick<Win, 'text'>): string {
  const text = win.text.trim().replace(/[.!]+$/, '');
  const first = text.charAt(0);
  // "I got to the final" reads "Tell the story of: I got to the final"; keep the user's words.
  return `Tell the story of this win: ${first.toUpperCase()}${text.slice(1)}`;
}
