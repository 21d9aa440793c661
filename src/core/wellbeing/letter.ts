import { z } from 'zod';
import type { CalendarDay, Instant } from '../dates';
import { entityId, requiredText } from '../schema-helpers';

/**
 * The letter you won't send: a private page to write out what a rejection made you feel. It is
 * the user's alone. Nothing that leaves Rebound (a message, an email, the calendar feed, an
 * export unless asked for) may carry its text, the coach never reads it, and a coach in team mode
 * may at most learn that a letter exists, when its writer chooses to say so. The rule lives here,
 * in `letterAsSharedWithCoach`, so every sharing layer asks one function.
 */

/**
 * Who may know of a letter. `private`: nobody. `existence`: a coach may see that a letter
 * exists and the day it was written — never its text, which no visibility shares.
 */
export const LETTER_VISIBILITIES = ['private', 'existence'] as const;
export type LetterVisibility = (typeof LETTER_VISIBILITIES)[number];

export interface Letter {
  id: string;
  /** The application it is about, when it is about one. */
  applicationId: string | null;
  body: string;
  visibility: LetterVisibility;
  createdAt: Instant;
  updatedAt: Instant;
}

/** The longest letter kept: about 15,000 words, far more than twenty minutes of writing. */
export const MAX_LETTER_CHARACTERS = 100_000;

const visibility = z.enum(LETTER_VISIBILITIES, {
  error: `must be one of ${LETTER_VISIBILITIES.join(', ')}`,
});

export const letterInputSchema = z
  .object({
    applicationId: entityId.nullable().optional(),
    body: requiredText(MAX_LETTER_CHARACTERS),
    visibility: visibility.optional(),
  })
  .strict();
export type LetterInput = z.output<typeof letterInputSchema>;

export const letterPatchSchema = z
  .object({
    body: requiredText(MAX_LETTER_CHARACTERS),
    visibility,
  })
  .partial()
  .strict();
export type LetterPatch = z.output<typeof letterPatchSchema>;

/** What a coach may ever learn of a letter: that it exists and the day it was written. */
export interface SharedLetterNotice {
  id: string;
  applicationId: string | null;
  writtenOn: CalendarDay;
}

/**
 * The one gate for sharing a letter with anyone else (a coach in team mode, any future sharing
 * layer): `null` for a private letter, a notice without the text when the writer chose to say a
 * letter exists. No path returns the body.
 */
export function letterAsSharedWithCoach(
  letter: Letter,
  dayOf: (instant: Instant) => CalendarDay,
): SharedLetterNotice | null {
  if (letter.visibility !== 'existence') return null;
  return { id: letter.id, applicationId: letter.applicationId, writtenOn: dayOf(letter.createdAt) };
}

/**
 * The rhythm the study used, offered and never required: Spera, Buhrfeind & Pennebaker (1994),
 * Academy of Management Journal 37(3): professionals who had lost their jobs wrote about their
 * thoughts and feelings for 20 minutes a day on 5 consecutive days; eight months later 53% had
 * new jobs, against 24% of those who wrote about other things and 14% who did not write.
 */
export const WRITING_RHYTHM = { minutesPerDay: 20, days: 5 } as const;

/** Gentle starting points from the expressive-writing method, in Rebound's own words. */
export const LETTER_PROMPTS: readonly string[] = [
  'What happened, and what did you feel when the news came?',
  'What are you afraid it means? Write it down, even if you know it is not fair to yourself.',
  'If you could say anything to them, with no one ever reading it, what would you say?',
  'What would you tell a friend who had just had the same news?',
  'What has this stirred up from before — other jobs, other times you were turned down?',
];

/** How many days of the last `window` the user wrote on, for the rhythm shown on the page. */
export function daysWrittenWithin(
  letters: readonly Pick<Letter, 'createdAt' | 'updatedAt'>[],
  dayOf: (instant: Instant) => CalendarDay,
  since: CalendarDay,
): number {
  const days = new Set<CalendarDay>();
  for (const letter of letters) {
    for (const instant of [letter.createdAt, letter.updatedAt]) {
      const day = dayOf(instant);
      if (day >= since) days.add(day);
    }
  }
  return days.size;
}
