/**
 * Dates as résumés write them: "05/2019", "May 2019", "Sept. 2019", "2019-05", "1/15/2020",
 * "2019", and "Present". A range joins two with a dash, "to" or "through".
 */
export type DatePrecision = 'day' | 'month' | 'year' | 'present';

export interface ResumeDate {
  text: string;
  precision: DatePrecision;
  /** Start offset in the line. */
  index: number;
}

export interface DateRange {
  start: ResumeDate;
  end: ResumeDate | null;
  text: string;
}

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const YEAR = '(?:19|20)\\d{2}';
const TOKEN_SOURCES: [DatePrecision, string][] = [
  ['day', `${MONTH}\\s+\\d{1,2},?\\s+${YEAR}`],
  ['day', `\\d{1,2}\\s+${MONTH},?\\s+${YEAR}`],
  ['day', `(?:0?[1-9]|1[0-2])[/.-](?:0?[1-9]|[12]\\d|3[01])[/.-]${YEAR}`],
  ['month', `${MONTH},?\\s+${YEAR}`],
  ['month', `(?:0?[1-9]|1[0-2])\\s*[/.-]\\s*${YEAR}`],
  ['month', `${YEAR}[/.-](?:0[1-9]|1[0-2])(?![\\d/.-])`],
  ['month', `(?:0?[1-9]|1[0-2])[/.-]\\d{2}(?![\\d/.-])`],
  ['present', '(?:present|current(?:ly)?|now|to date|ongoing)'],
  ['year', `${YEAR}(?![/.-]?\\d)`],
];
const ANY_TOKEN = TOKEN_SOURCES.map(([, source]) => `(${source})`).join('|');
const TOKEN = new RegExp(`(?<![\\w/.-])(?:${ANY_TOKEN})(?![\\w])`, 'gi');
const SEPARATOR = /^\s*(?:[-–—‒]+|to|through|thru|until|till)\s*$/i;

/** Every date written in a line, in order, with how precise each one is. */
export function findDates(line: string): ResumeDate[] {
  const dates: ResumeDate[] = [];
  for (const match of line.matchAll(TOKEN)) {
    const group = match.slice(1).findIndex((g) => g !== undefined);
    const precision = TOKEN_SOURCES[group]?.[0] ?? 'year';
    // "now" and "current" mean something only as the end of a range; they are checked there.
    dates.push({ text: match[0], precision, index: match.index });
  }
  return dates;
}

/**
 * Date ranges in a line: two dates with a dash, "to" or "through" between them, or a start
 * date followed by "Present". A lone "Present" is not a range.
 */
export function findDateRanges(line: string): DateRange[] {
  const dates = findDates(line);
  const ranges: DateRange[] = [];
  for (let i = 0; i < dates.length; i += 1) {
    const start = dates[i];
    const end = dates[i + 1];
    if (!start || start.precision === 'present') continue;
    if (end && SEPARATOR.test(line.slice(start.index + start.text.length, end.index))) {
      ranges.push({ start, end, text: line.slice(start.index, end.index + end.text.length) });
      i += 1;
    }
  }
  return ranges;
}

/** Whether a date says month and year (or more), or "Present" for an end. */
export function hasMonthAndYear(date: ResumeDate, asEnd: boolean): boolean {
  if (date.precision === 'present') return asEnd;
  return date.precision === 'month' || date.precision === 'day';
}
