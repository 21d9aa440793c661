import { z } from 'zod';
import { isCalendarDay, toInstant } from './dates';
import { hasUnstorableCharacters } from './text';
import { completeWebAddress, isWebAddress } from './web-address';

/** Refuses text a database cannot hold faithfully (see core/text.ts). */
export const STORABLE_TEXT_MESSAGE = 'must not contain NUL or broken Unicode characters';
export const storable = (value: string) => !hasUnstorableCharacters(value);

/**
 * Optional free text: trimmed, empty becomes null, `null` clears a stored value.
 * Limits are generous but finite so a stray paste cannot bloat the database.
 */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .refine(storable, STORABLE_TEXT_MESSAGE)
    .nullish()
    .transform((value) => (value === '' || value === undefined ? null : value));

export const requiredText = (max: number) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be text') })
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .refine(storable, STORABLE_TEXT_MESSAGE);

/** A calendar day, `YYYY-MM-DD`. */
export const calendarDay = z
  .string()
  .refine(isCalendarDay, 'must be a date in the form YYYY-MM-DD, e.g. 2026-11-26');

/**
 * A point in time: any ISO-8601 date-time, normalized to UTC. A bare `YYYY-MM-DD` is taken as
 * noon UTC, which stays on the same calendar day in every time zone from UTC−11 to UTC+11.
 */
export const instant = z.string().transform((value, ctx) => {
  const normalized = isCalendarDay(value) ? `${value}T12:00:00.000Z` : toInstant(value);
  if (normalized === undefined || !/^\d{4}-/.test(value) || !/^(?!0000)\d{4}-/.test(normalized)) {
    ctx.addIssue({
      code: 'custom',
      message: 'must be a date or date-time such as 2026-11-26 or 2026-11-26T14:30:00Z',
    });
    return z.NEVER;
  }
  return normalized;
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
    z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(60, 'must be at most 60 characters')
      .refine(storable, STORABLE_TEXT_MESSAGE),
  )
  .max(50, 'must have at most 50 entries')
  .transform((tags) => [...new Set(tags)]);

export const textList = (maxItems: number, maxLength: number) =>
  z
    .array(
      z
        .string()
        .trim()
        .min(1, 'must not be empty')
        .max(maxLength)
        .refine(storable, STORABLE_TEXT_MESSAGE),
    )
    .max(maxItems, `must have at most ${maxItems} entries`);

export const entityId = z.string().trim().min(1, 'is required').max(64);
