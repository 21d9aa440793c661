import { DateTime, IANAZone } from 'luxon';
import { addDays, type CalendarDay, type DateTimeInput, type Instant } from '../dates';

/**
 * Calendar arithmetic in the user's time zone. Instants stay UTC everywhere; a plan step is due
 * on a calendar day *where the user lives*, at their reminder time. Offsets and daylight-saving
 * rules come from the platform's time-zone database through Luxon, never from hand-kept tables.
 */

/** A wall-clock time of day, `HH:MM` on the 24-hour clock. */
export type LocalTime = string;

const LOCAL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Whether `value` is a time of day such as `09:00`. */
export function isLocalTime(value: string): boolean {
  return LOCAL_TIME.test(value);
}

/** Whether `zone` is an IANA time-zone name this platform knows, e.g. `Europe/London`. */
export function isValidTimeZone(zone: string): boolean {
  let valid = validZones.get(zone);
  if (valid === undefined) {
    valid = zone.trim() !== '' && IANAZone.isValidZone(zone);
    if (validZones.size >= REMEMBERED_LIMIT) validZones.clear();
    validZones.set(zone, valid);
  }
  return valid;
}

const validZones = new Map<string, boolean>();
let machineZone: string | undefined;

/** The time zone of the machine (or browser) running this code; UTC when it reports none. */
export function machineTimeZone(): string {
  if (machineZone === undefined) {
    const zone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
    machineZone = zone && isValidTimeZone(zone) ? zone : 'UTC';
  }
  return machineZone;
}

function dayParts(day: CalendarDay): { year: number; month: number; day: number } {
  return {
    year: Number(day.slice(0, 4)),
    month: Number(day.slice(5, 7)),
    day: Number(day.slice(8, 10)),
  };
}

function timeParts(time: LocalTime): { hour: number; minute: number } {
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return { hour, minute };
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();
const REMEMBERED_LIMIT = 4096;

/**
 * A small memo for the conversions the agenda repeats: plan steps and keep-in-touch dates
 * cluster on a few days and one reminder time, so most lookups are answered from here.
 */
function remembered<T>(compute: (key: string) => T): (key: string) => T {
  const memo = new Map<string, T>();
  return (key) => {
    const known = memo.get(key);
    if (known !== undefined) return known;
    const value = compute(key);
    if (memo.size >= REMEMBERED_LIMIT) memo.clear();
    memo.set(key, value);
    return value;
  };
}

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

const CANONICAL_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * The calendar day an instant falls on in `zone`. No zone is more than a day away from UTC, so
 * it is the instant's UTC day or one either side: which one is told by comparing the instant
 * with where those days begin (remembered per zone and day, and days cluster), not by formatting
 * each instant anew. Anything else (another spelling of an instant, a day that was skipped) is
 * read from the platform's time-zone database through `Intl`.
 */
export function localDayOf(instant: Instant, zone: string): CalendarDay {
  if (CANONICAL_INSTANT.test(instant)) {
    const utcDay = instant.slice(0, 10);
    let day = instant < startOfLocalDay(utcDay, zone) ? addDays(utcDay, -1) : utcDay;
    if (day === utcDay && instant >= startOfLocalDay(addDays(utcDay, 1), zone)) {
      day = addDays(utcDay, 1);
    }
    // Checked on both sides, so a day the zone skipped falls through to Intl.
    const next = addDays(day, 1);
    if (startOfLocalDay(day, zone) <= instant && instant < startOfLocalDay(next, zone)) return day;
  }
  return localDayMemo(`${zone}|${instant}`);
}

const localDayMemo = remembered((key) => {
  const [zone, instant] = key.split('|') as [string, string];
  const parts = dayFormat(zone).formatToParts(Date.parse(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
});

/**
 * The instant of a wall-clock time on a day in `zone`. A time that does not exist that day (the
 * hour skipped when clocks go forward) moves forward to the first one that does.
 */
export function instantAtLocalTime(day: CalendarDay, time: LocalTime, zone: string): Instant {
  return instantMemo(`${zone}|${day}|${time}`);
}

const instantMemo = remembered((key) => {
  const [zone, day, time] = key.split('|') as [string, CalendarDay, LocalTime];
  const local = DateTime.fromObject({ ...dayParts(day), ...timeParts(time) }, { zone });
  return new Date(local.toMillis()).toISOString();
});

/**
 * The instant a date or date-time names, for a user in `zone`: one with an offset is already
 * exact; a wall-clock time is read in `zone` (a time skipped when clocks go forward moves to the
 * first that exists; one that happens twice when they go back is taken once, as the time-zone
 * database reads it); a day
 * alone is noon there, which keeps it on that day whatever zone it is later shown in. Undefined
 * when the result leaves the years 0001–9999.
 */
export function resolveDateTime(input: DateTimeInput, zone: string): Instant | undefined {
  if (input.kind === 'instant') return input.instant;
  const time = input.kind === 'day' ? '12:00:00.000' : input.time;
  const [hour, minute, second] = time.split(':').map(Number) as [number, number, number];
  const local = DateTime.fromObject(
    {
      ...dayParts(input.day),
      hour,
      minute,
      second: Math.floor(second),
      millisecond: Math.round((second % 1) * 1000),
    },
    { zone },
  );
  if (!local.isValid) return undefined;
  const instant = new Date(local.toMillis()).toISOString();
  return /^\d{4}-/.test(instant) && !instant.startsWith('0000') ? instant : undefined;
}

/** The first instant of a local day: midnight, or later on a day whose midnight was skipped. */
export function startOfLocalDay(day: CalendarDay, zone: string): Instant {
  return dayStartMemo(`${zone}|${day}`);
}

const dayStartMemo = remembered((key) => {
  const [zone, day] = key.split('|') as [string, CalendarDay];
  const local = DateTime.fromObject(dayParts(day), { zone }).startOf('day');
  return new Date(local.toMillis()).toISOString();
});

const utcMidnight = (day: CalendarDay) =>
  Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));

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
  return dayTextMemo(`${day}|${referenceYear ?? ''}`);
}

const dayTextMemo = remembered((key) => {
  const [day, referenceYear] = key.split('|') as [CalendarDay, string];
  const date = DateTime.fromObject(dayParts(day), { zone: 'utc' }).setLocale('en-GB');
  return date.toFormat(String(date.year) === referenceYear ? 'ccc d LLL' : 'ccc d LLL yyyy');
});

/** The weekday name of a day, e.g. `Friday`. */
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** The English name of a day's weekday, e.g. `Friday`. */
export function weekdayName(day: CalendarDay): string {
  return WEEKDAYS[weekdayOf(day) - 1] as string;
}

/** The instant `hours` after another. */
export function addHours(instant: Instant, hours: number): Instant {
  return new Date(Date.parse(instant) + hours * 3_600_000).toISOString();
}
