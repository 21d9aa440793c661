import { DateTime, IANAZone } from 'luxon';
import { addDays, type CalendarDay, type Instant } from '../dates';

/**
 * Calendar arithmetic in the user's time zone. Instants stay UTC everywhere; a plan step is due
 * on a calendar day *where the user lives*, at their reminder time. Offsets and daylight-saving
 * rules come from the platform's time-zone database through Luxon, never from hand-kept tables.
 */

/** A wall-clock time of day, `HH:MM` on the 24-hour clock. */
export type LocalTime = string;

const LOCAL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isLocalTime(value: string): boolean {
  return LOCAL_TIME.test(value);
}

/** Whether `zone` is an IANA time-zone name this platform knows, e.g. `Europe/London`. */
export function isValidTimeZone(zone: string): boolean {
  return zone.trim() !== '' && IANAZone.isValidZone(zone);
}

/** The time zone of the machine (or browser) running this code; UTC when it reports none. */
export function machineTimeZone(): string {
  const zone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && isValidTimeZone(zone) ? zone : 'UTC';
}

function inZone(instant: Instant, zone: string): DateTime {
  return DateTime.fromISO(instant, { zone: 'utc' }).setZone(zone);
}

/** The calendar day an instant falls on in `zone`. */
export function localDayOf(instant: Instant, zone: string): CalendarDay {
  return inZone(instant, zone).toISODate() as CalendarDay;
}

/**
 * The instant of a wall-clock time on a day in `zone`. A time that does not exist that day (the
 * hour skipped when clocks go forward) moves forward to the first one that does.
 */
export function instantAtLocalTime(day: CalendarDay, time: LocalTime, zone: string): Instant {
  const local = DateTime.fromISO(`${day}T${time}`, { zone });
  return local.toUTC().toJSDate().toISOString();
}

/** The first instant of a local day: midnight, or later on a day whose midnight was skipped. */
export function startOfLocalDay(day: CalendarDay, zone: string): Instant {
  return DateTime.fromISO(day, { zone }).startOf('day').toUTC().toJSDate().toISOString();
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDay, to: CalendarDay): number {
  const a = DateTime.fromISO(from, { zone: 'utc' });
  const b = DateTime.fromISO(to, { zone: 'utc' });
  return Math.round(b.diff(a, 'days').days);
}

/** Adds calendar months, keeping the day of the month where it exists (31 Jan + 1 → 28 Feb). */
export function addMonthsToDay(day: CalendarDay, months: number): CalendarDay {
  return DateTime.fromISO(day, { zone: 'utc' }).plus({ months }).toISODate() as CalendarDay;
}

/** ISO weekday of a calendar day: 1 is Monday, 7 is Sunday. */
export function weekdayOf(day: CalendarDay): number {
  return DateTime.fromISO(day, { zone: 'utc' }).weekday;
}

/** The Monday after `day` (a week on when `day` is itself a Monday). */
export function nextMonday(day: CalendarDay): CalendarDay {
  return addDays(day, 8 - weekdayOf(day));
}

/** A day written for people: `Tue 1 Dec`, with the year when it is not `referenceYear`. */
export function formatDay(day: CalendarDay, referenceYear?: number): string {
  const date = DateTime.fromISO(day, { zone: 'utc' }).setLocale('en-GB');
  return date.toFormat(date.year === referenceYear ? 'ccc d LLL' : 'ccc d LLL yyyy');
}

/** The weekday name of a day, e.g. `Friday`. */
export function weekdayName(day: CalendarDay): string {
  return DateTime.fromISO(day, { zone: 'utc' }).setLocale('en-GB').toFormat('cccc');
}

/** The instant `hours` after another. */
export function addHours(instant: Instant, hours: number): Instant {
  return new Date(Date.parse(instant) + hours * 3_600_000).toISOString();
}
