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

/** Normalizes any parseable date-time to the canonical UTC instant form, or undefined. */
export function toInstant(value: string | Date): Instant | undefined {
  const date = typeof value === 'string' ? new Date(value) : value;
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
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
