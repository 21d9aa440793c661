import { addDays, type CalendarDay, type Instant } from '../dates';
import type { TaskKind, TaskStatus } from '../enums';
import { FEEDBACK_SILENCE } from './timing-rules';
import { formatDay, localDayOf } from './zoned-time';

/**
 * What became of a feedback request. It is asked for once; after that nothing nags: the request
 * either gets a reply or, after the wait, closes as no reply. Worked out from the request and the
 * rejection rather than stored, so recording feedback that arrives late still counts.
 */
export type FeedbackOutcome = 'awaiting_reply' | 'replied' | 'no_reply';

export interface FeedbackOutcomeFacts {
  kind: TaskKind;
  status: TaskStatus;
  doneAt: Instant | null;
  /** When feedback was recorded on the rejection. */
  feedbackReceivedOn: CalendarDay | null;
  waitDays: number;
  timeZone: string;
  now: Instant;
}

export interface FeedbackOutcomeView {
  outcome: FeedbackOutcome;
  /** The last day of the wait. */
  waitUntil: CalendarDay;
  note: string;
}

const percent = (share: number) => `${Math.round(share * 1000) / 10}%`;

/** The closing note of a request nobody answered, with the evidence that this is normal. */
export const NO_REPLY_NOTE = `No reply — most candidates never get any: about ${percent(
  FEEDBACK_SILENCE.neverReceiveShare,
)} of North American candidates receive no feedback at all (${FEEDBACK_SILENCE.neverReceiveSource}). Rebound will not ask again, and they stay on your keep-in-touch list.`;

/** The outcome of a sent feedback request; undefined for anything else. */
export function feedbackOutcome(facts: FeedbackOutcomeFacts): FeedbackOutcomeView | undefined {
  if (facts.kind !== 'feedback_request' || facts.status !== 'done' || facts.doneAt === null) {
    return undefined;
  }
  const askedOn = localDayOf(facts.doneAt, facts.timeZone);
  const waitUntil = addDays(askedOn, facts.waitDays);
  const today = localDayOf(facts.now, facts.timeZone);
  const day = (d: CalendarDay) => formatDay(d, Number(today.slice(0, 4)));
  if (facts.feedbackReceivedOn !== null) {
    return {
      outcome: 'replied',
      waitUntil,
      note: `They replied with feedback on ${day(facts.feedbackReceivedOn)}.`,
    };
  }
  if (today > waitUntil) return { outcome: 'no_reply', waitUntil, note: NO_REPLY_NOTE };
  return {
    outcome: 'awaiting_reply',
    waitUntil,
    note: `Asked on ${day(askedOn)}. Waiting for a reply until ${day(waitUntil)}; Rebound will not ask again.`,
  };
}
