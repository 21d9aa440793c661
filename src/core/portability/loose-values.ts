import { isCalendarDay, parseDateTimeInput, type CalendarDay, type Instant } from '../dates';
import { resolveDateTime } from '../recovery/zoned-time';

/**
 * Values as other programs write them — dates such as "26 Nov 2026" or "11/26/2026", salaries
 * such as "$80k–$95k" — read into Rebound's forms. Each reader returns undefined when unsure.
 */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function monthNumber(word: string): number | undefined {
  const index = MONTHS.indexOf(word.slice(0, 3).toLowerCase());
  return index < 0 ? undefined : index + 1;
}

function day(year: number, month: number, dayOfMonth: number): CalendarDay | undefined {
  const fullYear = year < 100 ? 2000 + year : year;
  const text = `${String(fullYear).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
  return isCalendarDay(text) ? text : undefined;
}

/** "26 Nov 2026", "26 November 2026", "Nov 26, 2026". */
function namedMonthDay(text: string): CalendarDay | undefined {
  const dayFirst = /^(\d{1,2})[\s-]+([A-Za-z]{3,})\.?[\s-,]+(\d{4})$/.exec(text);
  if (dayFirst) {
    const month = monthNumber(dayFirst[2] as string);
    return month === undefined ? undefined : day(Number(dayFirst[3]), month, Number(dayFirst[1]));
  }
  const monthFirst = /^([A-Za-z]{3,})\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(text);
  if (monthFirst) {
    const month = monthNumber(monthFirst[1] as string);
    return month === undefined
      ? undefined
      : day(Number(monthFirst[3]), month, Number(monthFirst[2]));
  }
  return undefined;
}

/**
 * "11/26/2026" is month first (the US form spreadsheets and trackers export) unless the first
 * number cannot be a month; "26.11.2026" (dots) is day first, as in Europe.
 */
function numericDay(text: string): CalendarDay | undefined {
  const match = /^(\d{1,2})([/.])(\d{1,2})\2(\d{2}|\d{4})$/.exec(text);
  if (!match) return undefined;
  const [a, b, year] = [Number(match[1]), Number(match[3]), Number(match[4])];
  const dayFirst = match[2] === '.' || a > 12;
  return dayFirst ? day(year, b, a) : day(year, a, b);
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/;

/** A calendar day from the ways files write dates, or undefined. */
export function readLooseDay(value: string): CalendarDay | undefined {
  const text = value.trim();
  if (text === '') return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return isCalendarDay(text) ? text : undefined;
  if (ISO_DATE_TIME.test(text)) {
    // An exact instant falls on its UTC day; a wall-clock time on the day written.
    const parsed = parseDateTimeInput(text);
    if (parsed === undefined || parsed.kind === 'day') return undefined;
    return parsed.kind === 'instant' ? parsed.instant.slice(0, 10) : parsed.day;
  }
  return namedMonthDay(text) ?? numericDay(text);
}

/**
 * An instant from an ISO date-time or a date, for a user in `zone`: a time with an offset is
 * exact, one without is read in `zone` (never the server's), a date alone is noon there.
 * Impossible dates (`2026-02-30`) give undefined, as any text that is not a date does.
 */
export function readLooseInstant(value: string, zone: string): Instant | undefined {
  const text = value.trim();
  if (ISO_DATE_TIME.test(text)) {
    const parsed = parseDateTimeInput(text);
    return parsed === undefined ? undefined : resolveDateTime(parsed, zone);
  }
  const day = readLooseDay(text);
  return day === undefined ? undefined : resolveDateTime({ kind: 'day', day }, zone);
}

/** Longer symbols first, so "C$" is not read as "$". */
const CURRENCY_SYMBOLS: readonly (readonly [string, string])[] = [
  ['US$', 'USD'],
  ['C$', 'CAD'],
  ['A$', 'AUD'],
  ['$', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['¥', 'JPY'],
  ['₹', 'INR'],
];

export interface LooseSalary {
  min: number | null;
  max: number | null;
  currency: string | null;
}

function amount(text: string): number | undefined {
  const match = /^(\d+(?:[.,]\d+)*)\s*([kKmM]?)$/.exec(text.trim());
  if (!match) return undefined;
  let digits = match[1] as string;
  // "80,000" and "80.000" group thousands; "80.5k" has a decimal point.
  const grouped = /^\d{1,3}([.,]\d{3})+$/.test(digits);
  digits = grouped ? digits.replace(/[.,]/g, '') : digits.replace(',', '.');
  const scale = match[2] === '' ? 1 : match[2]?.toLowerCase() === 'k' ? 1_000 : 1_000_000;
  const value = Math.round(Number(digits) * scale);
  return Number.isFinite(value) ? value : undefined;
}

/**
 * A salary or range: "85000", "$80k - $95k", "€60.000–70.000", "90,000 USD", "120k/yr".
 * Undefined when the text is not a salary Rebound can read (the row then names the column).
 */
export function readLooseSalary(value: string): LooseSalary | undefined {
  let text = value.trim().replace(/\s*(\/|per\s+)(yr|year|annum|a)\.?$/i, '');
  if (text === '') return { min: null, max: null, currency: null };
  let currency: string | null = null;
  const code = /\b([A-Z]{3})\b/.exec(text);
  if (code) {
    currency = code[1] as string;
    text = text.replace(code[0], '');
  }
  for (const [symbol, iso] of CURRENCY_SYMBOLS) {
    if (text.includes(symbol)) {
      currency ??= iso;
      text = text.split(symbol).join('');
    }
  }
  const parts = text.split(/\s*(?:-|–|—|to)\s*/i).filter((p) => p.trim() !== '');
  if (parts.length < 1 || parts.length > 2) return undefined;
  const numbers = parts.map(amount);
  if (numbers.some((n) => n === undefined)) return undefined;
  const [min, max = min] = numbers as number[];
  return { min: min ?? null, max: max ?? null, currency };
}
