import { count } from '../../../core/words';
import { dayIn, daysBetween } from '../../lib/dates';

/**
 * How long an application has sat in its stage, short enough for a card: "Moved here today",
 * "1 day in stage", "3 weeks in stage", "2 months in stage". Counted in calendar days.
 */
export function timeInStage(since: string, now: Date, timeZone?: string): string {
  const days = Math.max(0, daysBetween(dayIn(since, timeZone), dayIn(now, timeZone)));
  if (days === 0) return 'Moved here today';
  if (days < 14) return `${count(days, 'day')} in stage`;
  if (days < 60) return `${count(Math.floor(days / 7), 'week')} in stage`;
  if (days < 730) return `${count(Math.floor(days / 30.44), 'month')} in stage`;
  return `${count(Math.floor(days / 365.25), 'year')} in stage`;
}
