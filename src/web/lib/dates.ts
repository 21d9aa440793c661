/** Dates as a person reads them, in their time zone (the browser's unless the settings say). */

const DAY_MS = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string | undefined, options: Intl.DateTimeFormatOptions) {
  const key = `${timeZone ?? ''}|${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(undefined, { ...options, ...(timeZone && { timeZone }) });
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

const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });

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
