import { DEFAULT_TIMING, FIRST_REPLY_WINDOW_HOURS } from '../../recovery/timing-rules';
import type { CoachDocument } from '../document';
import { defineRule, type BaseRuleOptions } from '../rule';
import { foldName } from '../text/tokens';
import { nameParts, sameName } from '../text/names';
import type { CoachKind, PreviousMessage } from '../types';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The first replies to a rejection, which the timing advice is about. */
const REPLY_KINDS: readonly CoachKind[] = ['feedback_request', 'thank_you'];

/** Milliseconds from the rejection to sending, when both dates are known and in order. */
function elapsed(doc: CoachDocument): number | null {
  const { rejectedAt, sentAt } = doc.input.context;
  if (!rejectedAt || !sentAt) return null;
  const parse = (value: string) =>
    Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00Z` : value);
  const from = parse(rejectedAt);
  const to = parse(sentAt);
  return Number.isNaN(from) || Number.isNaN(to) || to < from ? null : to - from;
}

function hoursText(ms: number): string {
  const hours = Math.round(ms / HOUR);
  if (hours < 1) return 'less than an hour';
  return hours === 1 ? 'an hour' : `${hours} hours`;
}

export interface TooSoonOptions extends BaseRuleOptions {
  /** Hours to let the news settle; the recovery setting of the same name. */
  coolOffHours: number;
}

/** `timing/too-soon`: replying within hours of the news. */
export const tooSoonRule = defineRule<TooSoonOptions>({
  id: 'timing/too-soon',
  category: 'timing',
  defaults: {
    severity: 'warning',
    kinds: REPLY_KINDS,
    coolOffHours: DEFAULT_TIMING.coolOffHours,
  },
  create(options) {
    return (doc) => {
      const ms = elapsed(doc);
      if (ms === null || ms >= options.coolOffHours * HOUR) return [];
      return [
        {
          start: 0,
          end: 0,
          message: `You are replying ${hoursText(ms)} after the news. A note written in the first hours tends to carry the sting of it; letting it settle for about a day, and sending within ${FIRST_REPLY_WINDOW_HOURS.to} hours, reads as considered rather than raw. Save it as a draft and look again tomorrow.`,
        },
      ];
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
      const ms = elapsed(doc);
      if (ms === null || ms <= options.latestReplyDays * DAY) return [];
      return [
        {
          start: 0,
          end: 0,
          message: `It has been ${Math.floor(ms / DAY)} days since the rejection. After about ${options.latestReplyDays === 7 ? 'a week' : `${options.latestReplyDays} days`} a first reply reads as an afterthought and the conversation has faded for them. It is still worth sending: acknowledge the gap in a few words and keep it short.`,
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
