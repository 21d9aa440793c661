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

function dayParts(day: CalendarDay): { year: number; month: number; day: number } {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return { year, month, day: date };
}

function timeParts(time: LocalTime): { hour: number; minute: number } {
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return { hour, minute };
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();
const recentDays = new Map<string, CalendarDay>();
const RECENT_DAYS_LIMIT = 4096;

/** One formatter per zone: building one is far slower than using it, and the agenda asks often. */
function dayFormat(zone: string): Intl.DateTimeFormat {
  let format = dayFormats.get(zone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dayFormats.set(zone, format);
  }
  return format;
}

/**
 * The calendar day an instant falls on in `zone`, read from the platform's time-zone database
 * through `Intl` (Luxon reads the same one, more slowly).
 */
export function localDayOf(instant: Instant, zone: string): CalendarDay {
  const key = `${zone} ${instant}`;
  const known = recentDays.get(key);
  if (known !== undefined) return known;
  const parts = dayFormat(zone).formatToParts(Date.parse(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value;
  const day = `${part('year')}-${part('month')}-${part('day')}`;
  // Plan steps cluster on a few instants (the reminder time of nearby days): remember them.
  if (recentDays.size >= RECENT_DAYS_LIMIT) recentDays.clear();
  recentDays.set(key, day);
  return day;
}

/**
 * The instant of a wall-clock time on a day in `zone`. A time that does not exist that day (the
 * hour skipped when clocks go forward) moves forward to the first one that does.
 */
export function instantAtLocalTime(day: CalendarDay, time: LocalTime, zone: string): Instant {
  const local = DateTime.fromObject({ ...dayParts(day), ...timeParts(time) }, { zone });
  return new Date(local.toMillis()).toISOString();
}

/** The first instant of a local day: midnight, or later on a day whose midnight was skipped. */
export function startOfLocalDay(day: CalendarDay, zone: string): Instant {
  const local = DateTime.fromObject(dayParts(day), { zone }).startOf('day');
  return new Date(local.toMillis()).toISOString();
}

const utcMidnight = (day: CalendarDay) => {
  const { year, month, day: date } = dayParts(day);
  return Date.UTC(year, month - 1, date);
};

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDay, to: CalendarDay): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / 86_400_000);
}

/** Adds calendar months, keeping the day of the month where it exists (31 Jan + 1 → 28 Feb). */
export function addMonthsToDay(day: CalendarDay, months: number): CalendarDay {
  return DateTime.fromObject(dayParts(day), { zone: 'utc' })
    .plus({ months })
    .toISODate() as CalendarDay;
}

/** ISO weekday of a calendar day: 1 is Monday, 7 is Sunday. */
export function weekdayOf(day: CalendarDay): number {
  return new Date(utcMidnight(day)).getUTCDay() || 7;
}

/** The Monday after `day` (a week on when `day` is itself a Monday). */
export function nextMonday(day: CalendarDay): CalendarDay {
  return addDays(day, 8 - weekdayOf(day));
}

/** A day written for people: `Tue 1 Dec`, with the year when it is not `referenceYear`. */
export function formatDay(day: CalendarDay, referenceYear?: number): string {
  const date = DateTime.fromObject(dayParts(day), { zone: 'utc' }).setLocale('en-GB');
  return date.toFormat(date.year === referenceYear ? 'ccc d LLL' : 'ccc d LLL yyyy');
}

/** The weekday name of a day, e.g. `Friday`. */
export function weekdayName(day: CalendarDay): string {
  return DateTime.fromObject(dayParts(day), { zone: 'utc' }).setLocale('en-GB').toFormat('cccc');
}

/** The instant `hours` after another. */
export function addHours(instant: Instant, hours: number): Instant {
  return new Date(Date.parse(instant) + hours * 3_600_000).toISOString();
}
