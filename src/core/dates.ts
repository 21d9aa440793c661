/**
 * Instants are ISO-8601 strings in UTC with milliseconds (`2026-11-26T09:30:00.000Z`): they sort
 * as text and read the same on SQLite and PostgreSQL. Calendar days are `YYYY-MM-DD`.
 */
export type Instant = string;
export type CalendarDay = string;

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `value` is a real calendar day in `YYYY-MM-DD` form (rejects 2026-02-30). */
export function isCalendarDay(value: string): boolean {
  const match = DAY_PATTERN.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.toISOString().slice(0, 10) === value;
}

/**
 * A date or date-time as someone wrote it. With an offset (`Z`, `+01:00`) it is one exact
 * instant; without one it is a time on the wall clock, or a whole day, which only the user's
 * time zone turns into an instant (`resolveDateTime` in `recovery/zoned-time.ts`).
 */
export type DateTimeInput =
  | { kind: 'instant'; instant: Instant }
  | { kind: 'local'; day: CalendarDay; time: WallTime }
  | { kind: 'day'; day: CalendarDay };

/** A wall-clock time with seconds and milliseconds, `HH:MM:SS.sss`. */
export type WallTime = string;

// ISO-8601 in the extended form people and programs write: a day, then optionally a time to the
// minute, second or fraction, then optionally Z or an offset. Nothing the JavaScript Date parser
// would guess at (`2026-2-3`, `June 5`, a bare time) gets through.
const DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|z|[+-]\d{2}(?::?\d{2})?)?)?$/;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function offsetMinutes(offset: string): number | undefined {
  if (offset === 'Z' || offset === 'z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
  // Real offsets run from −12:00 to +14:00; ISO allows up to 23:59, nobody writes more than 18.
  if (hours > 18 || minutes > 59) return undefined;
  return sign * (hours * 60 + minutes);
}

/**
 * Reads an ISO-8601 date or date-time strictly: impossible days (`2026-02-30`, `2025-02-29`)
 * and times (`24:00`, `10:60`) are refused rather than rolled into the next month or hour, and
 * years run from 0001 to 9999, what both databases store. Undefined when it is not one.
 */
export function parseDateTimeInput(value: string): DateTimeInput | undefined {
  const match = DATE_TIME.exec(value.trim());
  if (!match) return undefined;
  const [, day, hh, mm, ss, fraction, offset] = match as unknown as [
    string,
    string,
    string | undefined,
    string | undefined,
    string | undefined,
    string | undefined,
    string | undefined,
  ];
  if (!isCalendarDay(day) || day.startsWith('0000')) return undefined;
  if (hh === undefined || mm === undefined) {
    return offset === undefined ? { kind: 'day', day } : undefined;
  }
  const [hour, minute, second] = [Number(hh), Number(mm), Number(ss ?? '0')];
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const millis = Math.floor(Number(`0.${fraction ?? '0'}`) * 1000);
  const time = `${hh}:${mm}:${pad(second)}.${pad(millis, 3)}`;
  if (offset === undefined) return { kind: 'local', day, time };
  const shift = offsetMinutes(offset);
  if (shift === undefined) return undefined;
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const utc = new Date(0);
  utc.setUTCFullYear(y, m - 1, d);
  utc.setUTCHours(hour, minute - shift, second, millis);
  const instant = utc.toISOString();
  // An offset can carry 0001-01-01 or 9999-12-31 outside the years a database stores.
  return /^\d{4}-/.test(instant) && !instant.startsWith('0000')
    ? { kind: 'instant', instant }
    : undefined;
}

/**
 * The canonical UTC instant of a Date, or of a date-time string that names its offset; undefined
 * for anything else (an impossible date, a time with no offset, which needs a time zone).
 */
export function toInstant(value: string | Date): Instant | undefined {
  if (typeof value !== 'string') {
    return Number.isNaN(value.getTime()) ? undefined : value.toISOString();
  }
  const parsed = parseDateTimeInput(value);
  return parsed?.kind === 'instant' ? parsed.instant : undefined;
}

/** Adds whole days to a calendar day. */
export function addDays(day: CalendarDay, days: number): CalendarDay {
  // Sliced and formatted by hand: the agenda calls this hundreds of times per request.
  const date = new Date(
    Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)) + days),
  );
  const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** The UTC calendar day of an instant. */
export function utcDayOf(instant: Instant | Date): CalendarDay {
  return (typeof instant === 'string' ? new Date(instant) : instant).toISOString().slice(0, 10);
}
