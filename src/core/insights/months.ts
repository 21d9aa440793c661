import type { Instant } from '../dates';
import { startOfLocalDay } from '../recovery/zoned-time';

/** A calendar month, `YYYY-MM`. */
export type CalendarMonth = string;

const MONTH_NAMES = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

/** The month after (or, with a negative step, before) `month`. */
export function addMonths(month: CalendarMonth, step: number): CalendarMonth {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + step;
  const year = Math.floor(index / 12);
  const m = index - year * 12 + 1;
  return `${String(year).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}`;
}

/** Per zone, per UTC month: where that local month and the next begin. */
const boundaries = new Map<string, Map<CalendarMonth, [Instant, Instant]>>();

function boundariesOf(month: CalendarMonth, zone: string): [Instant, Instant] {
  let byMonth = boundaries.get(zone);
  if (byMonth === undefined) {
    if (boundaries.size >= 16) boundaries.clear();
    byMonth = new Map();
    boundaries.set(zone, byMonth);
  }
  let pair = byMonth.get(month);
  if (pair === undefined) {
    pair = [
      startOfLocalDay(`${month}-01`, zone),
      startOfLocalDay(`${addMonths(month, 1)}-01`, zone),
    ];
    byMonth.set(month, pair);
  }
  return pair;
}

/**
 * The month an instant falls in where the user lives. Local and UTC months differ only near a
 * month's edge, so the instant's UTC month is checked against that local month's boundaries
 * (remembered per zone): two string comparisons per call, fast enough for every application
 * of a large workspace.
 */
export function localMonthOf(instant: Instant, zone: string): CalendarMonth {
  const utcMonth = instant.slice(0, 7);
  const [start, next] = boundariesOf(utcMonth, zone);
  if (instant < start) return addMonths(utcMonth, -1);
  return instant < next ? utcMonth : addMonths(utcMonth, 1);
}

/** Every month from `first` to `last`, both included. */
export function monthsBetween(first: CalendarMonth, last: CalendarMonth): CalendarMonth[] {
  const out: CalendarMonth[] = [];
  for (let month = first; month <= last; month = addMonths(month, 1)) out.push(month);
  return out;
}

/** A month written for people: `Nov 2026`. */
export function monthLabel(month: CalendarMonth): string {
  return `${MONTH_NAMES[Number(month.slice(5, 7)) - 1] ?? month} ${month.slice(0, 4)}`;
}
