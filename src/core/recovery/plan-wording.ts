import type { CalendarDay } from '../dates';
import type { Mood } from './reflection';
import {
  DEFAULT_TIMING,
  TIMING_RULES,
  withSources,
  type TimingRuleId,
  type TimingValues,
} from './timing-rules';
import { daysBetween, formatDay } from './zoned-time';

/**
 * The sentences a plan step's reason is built from. They explain the date in plain words and
 * name where the advice comes from; the numbers are the user's own settings.
 */

/** A rule's reason with its sources: "Most advice … (The Ladders; Climb the Ladder)." */
export function ruleReason(id: TimingRuleId): string {
  const rule = TIMING_RULES[id];
  return withSources(rule.reason, rule.sources);
}

/** Says so when the user changed a value from its default. */
export function settingNote(id: TimingRuleId, timing: TimingValues): string {
  const value = timing[id];
  const fallback = DEFAULT_TIMING[id];
  if (value === fallback) return '';
  const unit = TIMING_RULES[id].unit;
  return ` (Your setting is ${value} ${unit}; the default is ${fallback}.)`;
}

/** "The day the news came", "The day after the news", "3 days after the news". */
export function afterNews(amount: number, unit: 'days' | 'months'): string {
  if (unit === 'months') return `${amount} month${amount === 1 ? '' : 's'} after the news`;
  if (amount === 0) return 'The day the news came';
  if (amount === 1) return 'The day after the news';
  return `${amount} days after the news`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Why a step is later than its usual date: the rejection was logged late. */
export function loggedLateNote(rejectedOn: CalendarDay, loggedOn: CalendarDay, usual: CalendarDay) {
  const late = daysBetween(rejectedOn, loggedOn);
  const year = yearOf(loggedOn);
  return ` You logged the rejection ${plural(late, 'day')} after it came, so it starts from the day you logged it (${formatDay(loggedOn, year)}) instead of its usual ${formatDay(usual, year)}.`;
}

/** Why a step added to an existing plan is later than its usual date. */
export function addedLateNote(usual: CalendarDay, today: CalendarDay) {
  const year = yearOf(today);
  return ` Its usual date (${formatDay(usual, year)}) had passed when it was added to the plan, so it is due ${formatDay(today, year)}.`;
}

/** The first reply is later than the advice allows. */
export function tooLateNote(days: number, timing: TimingValues) {
  return ` That is ${plural(days, 'day')} after the news, later than the ${timing.latestReplyDays} days a first reply should take: ${lowerFirst(ruleReason('latestReplyDays'))}`;
}

/** Writing waits because the user said the news still stings. */
export function coolOffNote(mood: Mood, until: CalendarDay, timing: TimingValues) {
  return ` You said you feel ${mood}, so this waits until ${formatDay(until, yearOf(until))}: ${lowerFirst(ruleReason('coolOffHours'))}${settingNote('coolOffHours', timing)}`;
}

const COOL_OFF_NOTE = / You said you feel [a-z]+, so this waits until .*$/s;

/**
 * A step's reason without the cooling-off note, which names how the person feels: for readers
 * who may see the plan but not the feelings (a coach). The note is always the reason's last part.
 */
export function withoutCoolOffNote(reason: string): string {
  return reason.replace(COOL_OFF_NOTE, '');
}

const yearOf = (day: CalendarDay) => Number(day.slice(0, 4));

/** The text with its first letter in lower case, to follow a colon. */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
