import { addDays, isCalendarDay } from '../../dates';
import { DEFAULT_TIMING, FIRST_REPLY_WINDOW_HOURS } from '../../recovery/timing-rules';
import {
  daysBetween,
  isValidTimeZone,
  localDayOf,
  startOfLocalDay,
} from '../../recovery/zoned-time';
import type { CoachDocument } from '../document';
import { defineRule, type BaseRuleOptions } from '../rule';
import { foldName } from '../text/tokens';
import { nameParts, sameName } from '../text/names';
import type { CoachKind, PreviousMessage } from '../types';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The first replies to a rejection, which the timing advice is about. */
const REPLY_KINDS: readonly CoachKind[] = ['feedback_request', 'thank_you'];

/**
 * How long after the news the message goes. From an instant, exactly; from a rejection day
 * alone, only what the day allows: the news came at some time that day, in the user's zone, so
 * the message went at most `upTo` and at least `atLeast` after it. `days` is whole local days.
 */
interface Elapsed {
  upTo: number;
  atLeast: number;
  /** True when only the rejection's day is known. */
  dayOnly: boolean;
  days: number;
}

function elapsed(doc: CoachDocument): Elapsed | null {
  const { rejectedAt, sentAt, timeZone } = doc.input.context;
  if (!rejectedAt || !sentAt) return null;
  const sent = Date.parse(sentAt);
  if (Number.isNaN(sent)) return null;
  if (!isCalendarDay(rejectedAt)) {
    const from = Date.parse(rejectedAt);
    if (Number.isNaN(from) || sent < from) return null;
    return { upTo: sent - from, atLeast: sent - from, dayOnly: false, days: (sent - from) / DAY };
  }
  const zone = timeZone && isValidTimeZone(timeZone) ? timeZone : 'UTC';
  const days = daysBetween(rejectedAt, localDayOf(new Date(sent).toISOString(), zone));
  if (days < 0) return null;
  const dayStart = Date.parse(startOfLocalDay(rejectedAt, zone));
  const dayEnd = Date.parse(startOfLocalDay(addDays(rejectedAt, 1), zone));
  return { upTo: sent - dayStart, atLeast: Math.max(0, sent - dayEnd), dayOnly: true, days };
}

function hoursText(ms: number): string {
  const hours = Math.round(ms / HOUR);
  if (hours < 1) return 'less than an hour';
  return hours === 1 ? 'an hour' : `${hours} hours`;
}

/** When the message goes, said only as precisely as what is known of the news allows. */
function afterTheNews(time: Elapsed): string {
  if (!time.dayOnly) return `${hoursText(time.upTo)} after the news`;
  if (time.days === 0) return 'on the day the news came';
  return time.days === 1 ? 'the day after the news came' : `${time.days} days after the news came`;
}

export interface TooSoonOptions extends BaseRuleOptions {
  /** Hours to let the news settle; the recovery setting of the same name. */
  coolOffHours: number;
}

/** `timing/too-soon`: replying within hours of the news, or asking after the role as soon. */
export const tooSoonRule = defineRule<TooSoonOptions>({
  id: 'timing/too-soon',
  category: 'timing',
  defaults: {
    severity: 'warning',
    kinds: [...REPLY_KINDS, 'follow_up'],
    coolOffHours: DEFAULT_TIMING.coolOffHours,
  },
  create(options) {
    return (doc) => {
      const time = elapsed(doc);
      // Only when it is surely within the cool-off, however early that day the news came.
      if (time === null || time.upTo >= options.coolOffHours * HOUR) return [];
      // A follow-up (is the role still open? any change?) so soon after a no reads as not
      // having heard it; weeks later, the same note is a welcome check-in.
      const message =
        doc.input.kind === 'follow_up'
          ? `You are following up ${afterTheNews(time)}. Asking after the role so soon after a no reads as not accepting it. Thank them now if you like, and keep the check-in for a few weeks from now, when a change is possible.`
          : `You are replying ${afterTheNews(time)}. A note written in the first hours tends to carry the sting of it; letting it settle for about a day, and sending within ${FIRST_REPLY_WINDOW_HOURS.to} hours, reads as considered rather than raw. Save it as a draft and look again tomorrow.`;
      return [{ start: 0, end: 0, message }];
    };
  },
});

export interface TooLateOptions extends BaseRuleOptions {
  /** Days after which a first reply reads as an afterthought; the recovery setting of the same name. */
  latestReplyDays: number;
}

/** `timing/too-late`: a first reply more than about a week after the rejection. */
export const tooLateRule = defineRule<TooLateOptions>({
  id: 'timing/too-late',
  category: 'timing',
  defaults: {
    severity: 'warning',
    kinds: REPLY_KINDS,
    latestReplyDays: DEFAULT_TIMING.latestReplyDays,
  },
  create(options) {
    return (doc) => {
      const time = elapsed(doc);
      if (time === null || time.atLeast <= options.latestReplyDays * DAY) return [];
      const days = time.dayOnly ? time.days : Math.floor(time.atLeast / DAY);
      return [
        {
          start: 0,
          end: 0,
          message: `It has been ${days} days since the rejection. After about ${options.latestReplyDays === 7 ? 'a week' : `${options.latestReplyDays} days`} a first reply reads as an afterthought and the conversation has faded for them. It is still worth sending: acknowledge the gap in a few words and keep it short.`,
        },
      ];
    };
  },
});

const ASKS_FOR_FEEDBACK = /\b(?:feedback|thoughts|pointers|advice|notes)\b/i;
const ASKS =
  /\?|\b(?:could|would|can) you\b|\blet me know\b|\bany thoughts\b|\bfollowing up\b|\bchasing\b|\bonce more\b/i;

function earlierRequest(doc: CoachDocument, previous: readonly PreviousMessage[]) {
  const { company, contactName } = doc.input.context;
  const contact = nameParts(contactName);
  const ownCompany = foldName(company.trim());
  return previous.find((message) => {
    if (typeof message === 'string') {
      return (
        ownCompany !== '' && foldName(message).includes(ownCompany) && /\bfeedback\b/i.test(message)
      );
    }
    if (message.kind !== 'feedback_request') return false;
    const sameCompany = ownCompany !== '' && foldName(message.company ?? '') === ownCompany;
    const to = message.to ? nameParts(message.to) : null;
    const samePerson =
      contact !== null &&
      to !== null &&
      sameName(to.first, contact.first) &&
      sameName(to.last, contact.last);
    return sameCompany || samePerson;
  });
}

/** `timing/repeat-request`: asking the same company or person for feedback a second time. */
export const repeatRequestRule = defineRule<BaseRuleOptions>({
  id: 'timing/repeat-request',
  category: 'timing',
  defaults: { severity: 'warning', kinds: ['feedback_request', 'follow_up'] },
  create() {
    return (doc) => {
      if (
        doc.input.kind === 'follow_up' &&
        !(ASKS_FOR_FEEDBACK.test(doc.masked) && ASKS.test(doc.masked))
      )
        return [];
      const earlier = earlierRequest(doc, doc.input.context.previousMessages);
      if (earlier === undefined) return [];
      const when =
        typeof earlier !== 'string' && earlier.sentAt ? ` on ${earlier.sentAt.slice(0, 10)}` : '';
      const who = typeof earlier !== 'string' && earlier.to ? earlier.to : 'them';
      return [
        {
          start: 0,
          end: 0,
          message: `You already asked ${who} for feedback${when}. Ask once and accept the answer, or the silence: a second request reads as pressure, and most candidates never hear back at all. If you write again, make it a keep-in-touch note with a new reason to talk.`,
        },
      ];
    };
  },
});
