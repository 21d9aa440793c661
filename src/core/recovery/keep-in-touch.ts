import { z } from 'zod';
import { addDays, type CalendarDay, type Instant } from '../dates';
import type { Direction, Relationship } from '../enums';
import { count, times } from '../words';
import type { RecoverySettings } from './settings';
import {
  citeSources,
  withSources,
  KEEP_IN_TOUCH_CADENCES,
  MAX_CADENCE_DAYS,
  TIMING_RULES,
  TOUCH_CLUSTER_DAYS,
} from './timing-rules';
import {
  daysBetween,
  formatDay,
  instantAtLocalTime,
  localDayOf,
  startOfLocalDay,
} from './zoned-time';

/**
 * Keeping in touch with a contact: a cadence in days, counted from the last logged interaction,
 * so logging any interaction starts the count again. Nothing is stored per due date; it is worked
 * out when asked (see docs/decisions/0002-keep-in-touch-is-computed.md).
 */
export interface CadenceFacts {
  relationship: Relationship;
  /** The contact's own cadence; null follows the relationship, 0 is off. */
  keepInTouchDays: number | null;
  lastInteractionAt: Instant | null;
  keepInTouchSnoozedUntil: Instant | null;
  /** Attempts to reach them since they last wrote back. */
  unansweredTouches: number;
}

export type KeepInTouchState = 'off' | 'not_started' | 'resting' | 'due' | 'scheduled';

export interface KeepInTouchStatus {
  state: KeepInTouchState;
  cadenceDays: number;
  /** Whether the cadence is the relationship's default rather than the contact's own. */
  cadenceIsDefault: boolean;
  dueOn: CalendarDay | null;
  dueAt: Instant | null;
  reason: string;
}

/** Setting a contact's own cadence: a number of days, `default`, or `off`. */
export const cadenceInputSchema = z
  .object({
    days: z.union(
      [
        z
          .number()
          .int('must be a whole number of days')
          .min(1, `must be from 1 to ${MAX_CADENCE_DAYS} days`)
          .max(MAX_CADENCE_DAYS, `must be from 1 to ${MAX_CADENCE_DAYS} days`),
        z.enum(['default', 'off']),
      ],
      { error: 'must be a number of days, "default" or "off"' },
    ),
  })
  .strict();
export type CadenceInput = z.output<typeof cadenceInputSchema>;

/** The stored override for a cadence input: null follows the relationship, 0 is off. */
export function cadenceOverride(days: number | 'default' | 'off'): number | null {
  if (days === 'default') return null;
  if (days === 'off') return 0;
  return days;
}

/** Days between touches for a contact: their own cadence, else their relationship's. */
export function cadenceDaysOf(facts: CadenceFacts, settings: RecoverySettings): number {
  return facts.keepInTouchDays ?? settings.keepInTouchDays[facts.relationship];
}

function cadenceReason(
  facts: CadenceFacts,
  cadence: number,
  lastDay: CalendarDay,
  year: number,
): string {
  const rule = KEEP_IN_TOUCH_CADENCES[facts.relationship];
  const why =
    facts.keepInTouchDays === null
      ? withSources(rule.reason, rule.sources)
      : `Every ${count(cadence, 'day')}, as you set for this contact.`;
  return `Last in touch on ${formatDay(lastDay, year)}. ${why}`;
}

/**
 * The local day keeping in touch with a contact falls due, or null when it does not (off, never
 * in touch, or resting after unanswered attempts). The cheap part of {@link keepInTouchStatus},
 * for sorting many contacts before describing a few.
 */
export function keepInTouchDueOn(
  facts: CadenceFacts,
  settings: RecoverySettings,
): CalendarDay | null {
  const cadenceDays = cadenceDaysOf(facts, settings);
  if (cadenceDays === 0 || facts.lastInteractionAt === null) return null;
  if (facts.unansweredTouches > settings.timing.maxFollowUpsWithoutReply) return null;
  const zone = settings.timeZone;
  const due = addDays(localDayOf(facts.lastInteractionAt, zone), cadenceDays);
  const snoozed = facts.keepInTouchSnoozedUntil;
  const snoozedDay = snoozed === null ? null : localDayOf(snoozed, zone);
  return snoozedDay !== null && snoozedDay > due ? snoozedDay : due;
}

/** Where a contact stands on keeping in touch, as of `now`. */
export function keepInTouchStatus(
  facts: CadenceFacts,
  settings: RecoverySettings,
  now: Instant,
): KeepInTouchStatus {
  const cadenceDays = cadenceDaysOf(facts, settings);
  const base = { cadenceDays, cadenceIsDefault: facts.keepInTouchDays === null };
  const none = { ...base, dueOn: null, dueAt: null };
  if (cadenceDays === 0) {
    return { ...none, state: 'off', reason: 'Keeping in touch is off for this contact.' };
  }
  if (facts.lastInteractionAt === null) {
    return {
      ...none,
      state: 'not_started',
      reason: 'No interaction logged yet: the cadence starts with the first one.',
    };
  }
  const max = settings.timing.maxFollowUpsWithoutReply;
  if (facts.unansweredTouches > max) {
    return {
      ...none,
      state: 'resting',
      reason: `You reached out ${times(facts.unansweredTouches)} since they last wrote back. ${withSources(TIMING_RULES.maxFollowUpsWithoutReply.reason, TIMING_RULES.maxFollowUpsWithoutReply.sources)}`,
    };
  }
  const zone = settings.timeZone;
  const today = localDayOf(now, zone);
  const year = Number(today.slice(0, 4));
  const lastDay = localDayOf(facts.lastInteractionAt, zone);
  let dueOn = addDays(lastDay, cadenceDays);
  let reason = cadenceReason(facts, cadenceDays, lastDay, year);
  const snoozed = facts.keepInTouchSnoozedUntil;
  if (snoozed !== null && localDayOf(snoozed, zone) > dueOn) {
    dueOn = localDayOf(snoozed, zone);
    reason += ` Snoozed until ${formatDay(dueOn, year)}.`;
  }
  reason += unansweredNote(facts, settings, today);
  return {
    ...base,
    state: dueOn <= today ? 'due' : 'scheduled',
    dueOn,
    dueAt: instantAtLocalTime(dueOn, settings.reminderTime, zone),
    reason,
  };
}

/**
 * What the attempts without a reply mean for the next one. An attempt counts as unanswered only
 * once the wait for a reply is over (the feedback-reply wait of the timing rules): minutes after
 * a thank-you, nobody has failed to answer it yet.
 */
function unansweredNote(facts: CadenceFacts, settings: RecoverySettings, today: CalendarDay) {
  const attempts = facts.unansweredTouches;
  if (attempts === 0 || facts.lastInteractionAt === null) return '';
  const waited = daysBetween(localDayOf(facts.lastInteractionAt, settings.timeZone), today);
  const settled = waited >= settings.timing.feedbackWaitDays ? attempts : attempts - 1;
  if (settled === 0) return '';
  const left = settings.timing.maxFollowUpsWithoutReply - attempts + 1;
  const which =
    settled === attempts
      ? attempts === 1
        ? 'your last attempt'
        : `your last ${count(attempts, 'attempt')}`
      : settled === 1
        ? 'the attempt before your latest'
        : `the ${count(settled, 'attempt')} before your latest`;
  return ` No reply to ${which}; ${left === 1 ? 'this is the last follow-up before letting it rest' : `${left} more at most`} ${citeSources(TIMING_RULES.maxFollowUpsWithoutReply.sources)}.`;
}

/**
 * The instant before which a last interaction makes a `cadenceDays` cadence fall due on or
 * before `day`: a contact is due by `day` exactly when `last_interaction_at` is earlier than
 * this. It lets a database range scan find the due contacts without date arithmetic in SQL.
 */
export function cadenceCutoff(day: CalendarDay, cadenceDays: number, zone: string): Instant {
  return startOfLocalDay(addDays(day, 1 - cadenceDays), zone);
}

export interface TouchFacts {
  occurredAt: Instant;
  direction: Direction;
}

/**
 * Attempts to reach someone since they last wrote back, newest interactions first. Outbound
 * touches within {@link TOUCH_CLUSTER_DAYS} of each other are one attempt: the thank-you, the
 * feedback request and the LinkedIn note of one week are one reach-out, not three.
 */
export function countUnansweredTouches(newestFirst: readonly TouchFacts[]): number {
  let attempts = 0;
  let clusterStart: Instant | null = null;
  for (const touch of newestFirst) {
    if (touch.direction === 'inbound') break;
    const startsNew =
      clusterStart === null ||
      daysBetween(touch.occurredAt.slice(0, 10), clusterStart.slice(0, 10)) >= TOUCH_CLUSTER_DAYS;
    if (startsNew) {
      attempts += 1;
      clusterStart = touch.occurredAt;
    }
  }
  return attempts;
}
