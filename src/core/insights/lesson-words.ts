import type { CalendarDay } from '../dates';
import { monthLabel } from './months';

/** Small helpers for writing lessons in plain, kind words. */

export { count, outOf, times } from '../words';

/** A share as a whole percentage: `40%`. */
export function percent(share: number | null): string {
  return share === null ? '—' : `${Math.round(share * 100)}%`;
}

/** `Oct 2026` for a day. */
export function monthOfDay(day: CalendarDay): string {
  return monthLabel(day.slice(0, 7));
}

/** A list in prose: `a`, `a and b`, `a, b and c`. */
export function listing(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) as string}`;
}

/** The first few distinct companies, in order. */
export function companies(refs: readonly { company: string }[], most = 3): string {
  return listing([...new Set(refs.map((r) => r.company))].slice(0, most));
}

/** Quotes user text, shortened to a readable length. */
export function quoted(text: string, max = 90): string {
  const clean = text.trim().replace(/\s+/g, ' ');
  return `“${clean.length > max ? `${clean.slice(0, max - 1)}…` : clean}”`;
}
