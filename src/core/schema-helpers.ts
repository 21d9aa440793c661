import { z } from 'zod';
import { isCalendarDay, parseDateTimeInput } from './dates';
import { hasUnstorableCharacters } from './text';
import { completeWebAddress, isWebAddress } from './web-address';

/** Refuses text a database cannot hold faithfully (see core/text.ts). */
export const STORABLE_TEXT_MESSAGE = 'must not contain NUL or broken Unicode characters';
export const storable = (value: string) => !hasUnstorableCharacters(value);

/**
 * The base of every string the app accepts, from any edge (API, CLI flags, imported rows): text
 * with no character a database cannot hold. Deciding it here, once, means no route or command
 * can forget it; ids and filters included, since PostgreSQL refuses NUL even in a WHERE clause.
 */
export const storableString = () =>
  z.string({ error: 'must be text' }).refine(storable, STORABLE_TEXT_MESSAGE);

/**
 * Optional free text: trimmed, empty becomes null, `null` clears a stored value.
 * Limits are generous but finite so a stray paste cannot bloat the database.
 */
export const optionalText = (max: number) =>
  storableString()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .nullish()
    .transform((value) => (value === '' || value === undefined ? null : value));

export const requiredText = (max: number) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be text') })
    .refine(storable, STORABLE_TEXT_MESSAGE)
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`);

/** A calendar day, `YYYY-MM-DD`. */
export const calendarDay = z
  .string()
  .refine(isCalendarDay, 'must be a date in the form YYYY-MM-DD, e.g. 2026-11-26');

/**
 * An exact point in time, for inputs read without a user's time zone (the coach, which also runs
 * as a library): an ISO-8601 date-time with its offset, normalized to UTC, or a date alone, taken
 * as noon UTC. A date-time without an offset is refused rather than read in whatever zone the
 * server happens to be in; impossible dates are refused.
 */
export const instant = z.string({ error: 'must be text' }).transform((value, ctx) => {
  const parsed = parseDateTimeInput(value);
  if (parsed?.kind === 'instant') return parsed.instant;
  if (parsed?.kind === 'day') return `${parsed.day}T12:00:00.000Z`;
  ctx.addIssue({
    code: 'custom',
    message:
      parsed?.kind === 'local'
        ? 'needs a time zone offset, such as 2026-11-26T14:30+01:00 or 2026-11-26T14:30Z'
        : 'must be a real date or date-time such as 2026-11-26 or 2026-11-26T14:30:00Z',
  });
  return z.NEVER;
});

/**
 * A point in time as the user gives it: an ISO-8601 date-time with an offset (exact), one without
 * (a wall-clock time in the user's time zone) or a date alone (noon there). Impossible dates are
 * refused. Only the use case knows the user's zone, so it turns the result into an instant with
 * `resolveDateTime`; the type makes that step impossible to forget.
 */
export const dateTime = z.string({ error: 'must be text' }).transform((value, ctx) => {
  const parsed = parseDateTimeInput(value);
  if (parsed === undefined) {
    ctx.addIssue({
      code: 'custom',
      message:
        'must be a real date or date-time such as 2026-11-26, 2026-11-26T14:30 (your time zone) or 2026-11-26T14:30:00Z',
    });
    return z.NEVER;
  }
  return parsed;
});

/** An http(s) address; one typed without a scheme is completed to https (see web-address.ts). */
export const httpUrl = z
  .string()
  .trim()
  .max(2000, 'must be at most 2000 characters')
  .transform(completeWebAddress)
  .refine(isWebAddress, 'must be a web address starting with http:// or https://')
  .refine(storable, STORABLE_TEXT_MESSAGE);

export const optionalUrl = httpUrl
  .or(z.literal(''))
  .nullish()
  .transform((value) => (value === '' || value === undefined ? null : value));

export const tagList = z
  .array(
    storableString().trim().min(1, 'must not be empty').max(60, 'must be at most 60 characters'),
  )
  .max(50, 'must have at most 50 entries')
  .transform((tags) => [...new Set(tags)]);

export const textList = (maxItems: number, maxLength: number) =>
  z
    .array(storableString().trim().min(1, 'must not be empty').max(maxLength))
    .max(maxItems, `must have at most ${maxItems} entries`);

export const entityId = storableString().trim().min(1, 'is required').max(64);
