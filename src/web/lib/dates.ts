/** Dates as a person reads them, in their time zone (the browser's unless the settings say). */

const DAY_MS = 86_400_000;

/**
 * One way of writing a date everywhere: day, short month, year ("7 Dec 2026"), the order the
 * server's sentences and the date fields use too. Rebound's words are English; only the order of
 * a date would change with the browser's locale, and two orders on one screen is how
 * "12/07/2026" gets read as July.
 */
const LOCALE = 'en-GB';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string | undefined, options: Intl.DateTimeFormatOptions) {
  const key = `${timeZone ?? ''}|${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(LOCALE, { ...options, ...(timeZone && { timeZone }) });
    formatters.set(key, found);
  }
  return found;
}

/** "26 Nov 2026" (or the local order): a calendar day or the day of an instant. */
export function formatDay(value: string, timeZone?: string): string {
  const isDay = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = new Date(isDay ? `${value}T12:00:00Z` : value);
  return formatter(isDay ? 'UTC' : timeZone, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(date);
}

/** "26 Nov, 14:30". */
export function formatDateTime(value: string, timeZone?: string): string {
  return formatter(timeZone, {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(value));
}

/** "26 Nov 2026, 14:30": a moment with its year, as a date-and-time field shows it. */
export function formatDayTime(value: string | Date, timeZone?: string): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  const time = formatter(timeZone, { hour: '2-digit', minute: '2-digit', hour12: false });
  return `${formatDay(date.toISOString(), timeZone)}, ${time.format(date)}`;
}

/**
 * A message with its calendar days (`2026-11-26`, as the server writes them) written the way
 * the page writes dates, so an error reads in the format of the field it is about.
 */
export function withReadableDays(text: string): string {
  return text.replace(/\b(\d{4})-(\d{2})-(\d{2})\b(?!T)/g, (day) =>
    Number.isNaN(Date.parse(`${day}T12:00:00Z`)) ? day : formatDay(day),
  );
}

/**
 * When a step is due, next to its date: "Due today", "Due tomorrow", "Due in 3 weeks",
 * "Overdue by 2 days". The date itself is written once, by {@link formatDay}.
 */
export function dueWords(dueOn: string, today: string): string {
  const days = daysBetween(today, dueOn);
  if (days < 0) return `Overdue by ${-days} ${days === -1 ? 'day' : 'days'}`;
  if (days === 0) return 'Due today';
  return `Due ${formatRelativeDay(dueOn, new Date(`${today}T12:00:00Z`), 'UTC')}`;
}

/** The calendar day (YYYY-MM-DD) an instant falls on in a time zone. */
export function dayIn(value: Date | string, timeZone?: string): string {
  const parts = formatter(timeZone, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(typeof value === 'string' ? new Date(value) : value);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** Whole calendar days from one day to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / DAY_MS);
}

const relative = new Intl.RelativeTimeFormat(LOCALE, { numeric: 'auto' });

/** "today", "yesterday", "in 3 days", "2 weeks ago", counted in calendar days in the zone. */
export function formatRelativeDay(
  value: string,
  now: Date = new Date(),
  timeZone?: string,
): string {
  const isDay = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const day = isDay ? value : dayIn(value, timeZone);
  const days = daysBetween(dayIn(now, timeZone), day);
  if (Math.abs(days) < 7) return relative.format(days, 'day');
  if (Math.abs(days) < 35) return relative.format(Math.round(days / 7), 'week');
  if (Math.abs(days) < 365) return relative.format(Math.round(days / 30), 'month');
  return relative.format(Math.round(days / 365), 'year');
}

/** Today's calendar day in the zone. */
export function today(timeZone?: string, now: Date = new Date()): string {
  return dayIn(now, timeZone);
}

/** A `datetime-local` input's value for an instant, in the browser's zone. */
export function toLocalInput(value: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}T${pad(
    value.getHours(),
  )}:${pad(value.getMinutes())}`;
}
