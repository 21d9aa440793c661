import { addDays, type CalendarDay, type Instant } from '../dates';
import { daysBetween, localDayOf, startOfLocalDay } from '../recovery/zoned-time';
import { FEEDBACK_FROM_STAGE } from '../recovery/timing-rules';
import { stageRank, type Stage } from '../stages';
import type { ApplicationRef } from './themes';

/**
 * Follow-through after rejections: thank-you notes, feedback asked for and received, people kept
 * in touch with. A rejection counts once its reply window (the `latestReplyDays` rule) has
 * passed, or earlier if the step is already done, so yesterday's news never reads as a miss.
 */
export interface FollowThroughRejection extends ApplicationRef {
  rejectedOn: CalendarDay;
  stageReached: Stage;
  /** A person made or delivered the decision: someone to thank and ask. */
  humanContact: boolean;
  /** The first thank-you sent: a done step or a sent message. */
  thankYouAt: Instant | null;
  /** The feedback request sent, if any. */
  feedbackRequestedAt: Instant | null;
  feedbackReceivedOn: CalendarDay | null;
}

/** Someone met in a rejected application, with the first such rejection. */
export interface PersonMetInRejection {
  firstRejectedOn: CalendarDay;
  lastInteractionAt: Instant | null;
}

/** `count` of `of`, and the share (null when `of` is 0). */
export interface ShareOf {
  count: number;
  of: number;
  share: number | null;
}

export interface FeedbackDelay extends ApplicationRef {
  rejectedOn: CalendarDay;
  requestedOn: CalendarDay | null;
  receivedOn: CalendarDay;
  /** Days from the request, or from the rejection when no request was recorded. */
  days: number;
}

export interface FollowThrough {
  rejections: number;
  /** Rejections with a person behind them. */
  withSomeone: number;
  thankYou: ShareOf;
  feedbackRequested: ShareOf;
  /** Rejections with feedback received, of all rejections. */
  feedbackReceived: ShareOf;
  /** Requests that got an answer, of requests whose wait is over (or answered). */
  feedbackAnswered: ShareOf;
  medianDaysToFeedback: number | null;
  /** How long feedback took, in bands, for a chart. */
  feedbackDelayBands: { label: string; count: number }[];
  /** Feedback received, most recent first (at most 50; `feedbackReceived.count` has them all). */
  feedbackDelays: FeedbackDelay[];
  /** People met in rejected applications who were in touch again after the reply window. */
  keptInTouch: ShareOf & { afterDays: number };
  /** Rejections in a row, most recent first, each with a thank-you sent. */
  thankYouStreak: { current: number; best: number };
}

export interface FollowThroughOptions {
  today: CalendarDay;
  zone: string;
  /** The reply window: `latestReplyDays`. */
  replyDays: number;
  /** How long a feedback request waits: `feedbackWaitDays`. */
  feedbackWaitDays: number;
}

const shareOf = (count: number, of: number): ShareOf => ({
  count,
  of,
  share: of === 0 ? null : count / of,
});

/** The middle value; the mean of the two middle ones for an even count. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

const DELAY_BANDS = [
  { label: 'Within 3 days', upTo: 3 },
  { label: '4 to 7 days', upTo: 7 },
  { label: '8 to 14 days', upTo: 14 },
  { label: '15 days or more', upTo: Infinity },
];

function feedbackDelays(rejections: readonly FollowThroughRejection[], zone: string) {
  return rejections
    .filter((r) => r.feedbackReceivedOn !== null)
    .map((r): FeedbackDelay => {
      const requestedOn = r.feedbackRequestedAt && localDayOf(r.feedbackRequestedAt, zone);
      const receivedOn = r.feedbackReceivedOn as CalendarDay;
      const from = requestedOn !== null && requestedOn <= receivedOn ? requestedOn : r.rejectedOn;
      const { id, company, role, rejectedOn } = r;
      return {
        id,
        company,
        role,
        rejectedOn,
        requestedOn,
        receivedOn,
        days: Math.max(0, daysBetween(from, receivedOn)),
      };
    })
    .sort((a, b) => (a.receivedOn < b.receivedOn ? 1 : a.receivedOn > b.receivedOn ? -1 : 0));
}

function streak(flags: readonly boolean[]) {
  let best = 0;
  let run = 0;
  for (const flag of flags) {
    run = flag ? run + 1 : 0;
    best = Math.max(best, run);
  }
  const firstMiss = flags.indexOf(false);
  return { current: firstMiss < 0 ? flags.length : firstMiss, best };
}

/** Thank-yous and feedback requests, each against the rejections where they were due. */
function notesSent(rejections: readonly FollowThroughRejection[], settledBy: CalendarDay) {
  const due = (r: FollowThroughRejection, at: Instant | null) =>
    r.rejectedOn <= settledBy || at !== null;
  const withSomeone = rejections.filter((r) => r.humanContact);
  const canAsk = withSomeone.filter(
    (r) =>
      stageRank(r.stageReached) >= stageRank(FEEDBACK_FROM_STAGE) || r.feedbackRequestedAt !== null,
  );
  const thankable = withSomeone.filter((r) => due(r, r.thankYouAt));
  const recentFirst = [...thankable].sort((a, b) =>
    a.rejectedOn < b.rejectedOn ? 1 : a.rejectedOn > b.rejectedOn ? -1 : 0,
  );
  return {
    withSomeone: withSomeone.length,
    thankYou: shareOf(withSomeone.filter((r) => r.thankYouAt !== null).length, thankable.length),
    feedbackRequested: shareOf(
      canAsk.filter((r) => r.feedbackRequestedAt !== null).length,
      canAsk.filter((r) => due(r, r.feedbackRequestedAt)).length,
    ),
    thankYouStreak: streak(recentFirst.map((r) => r.thankYouAt !== null)),
  };
}

/** Feedback received: how often it came, how often requests were answered, how long it took. */
function feedbackSummary(
  rejections: readonly FollowThroughRejection[],
  options: FollowThroughOptions,
) {
  // Instants are compared with local day boundaries rather than converted one by one.
  const waitStartedBefore = startOfLocalDay(
    addDays(options.today, -options.feedbackWaitDays),
    options.zone,
  );
  const asked = rejections.filter((r) => r.humanContact && r.feedbackRequestedAt !== null);
  const waitOver = (r: FollowThroughRejection) =>
    r.feedbackReceivedOn !== null || (r.feedbackRequestedAt ?? '') < waitStartedBefore;
  const delays = feedbackDelays(rejections, options.zone);
  return {
    feedbackReceived: shareOf(delays.length, rejections.length),
    feedbackAnswered: shareOf(
      asked.filter((r) => r.feedbackReceivedOn !== null).length,
      asked.filter(waitOver).length,
    ),
    medianDaysToFeedback: median(delays.map((d) => d.days)),
    feedbackDelayBands: DELAY_BANDS.map((band, i) => ({
      label: band.label,
      count: delays.filter((d) => d.days <= band.upTo && d.days > (DELAY_BANDS[i - 1]?.upTo ?? -1))
        .length,
    })),
    feedbackDelays: delays.slice(0, 50),
  };
}

/** People met in rejected applications who were in touch again after the reply window. */
function keptInTouch(
  people: readonly PersonMetInRejection[],
  settledBy: CalendarDay,
  options: FollowThroughOptions,
) {
  const settled = people.filter((p) => p.firstRejectedOn <= settledBy);
  // People cluster on a few hundred rejection days: each day's boundary is worked out once.
  const boundaries = new Map<CalendarDay, Instant>();
  const inTouchFrom = (day: CalendarDay) => {
    let boundary = boundaries.get(day);
    if (boundary === undefined) {
      boundary = startOfLocalDay(addDays(day, options.replyDays + 1), options.zone);
      boundaries.set(day, boundary);
    }
    return boundary;
  };
  const inTouch = settled.filter(
    (p) => p.lastInteractionAt !== null && p.lastInteractionAt >= inTouchFrom(p.firstRejectedOn),
  );
  return { ...shareOf(inTouch.length, settled.length), afterDays: options.replyDays };
}

/** Sums up the follow-through across every rejection. */
export function computeFollowThrough(
  rejections: readonly FollowThroughRejection[],
  people: readonly PersonMetInRejection[],
  options: FollowThroughOptions,
): FollowThrough {
  const settledBy = addDays(options.today, -options.replyDays);
  const notes = notesSent(rejections, settledBy);
  return {
    rejections: rejections.length,
    withSomeone: notes.withSomeone,
    thankYou: notes.thankYou,
    feedbackRequested: notes.feedbackRequested,
    ...feedbackSummary(rejections, options),
    keptInTouch: keptInTouch(people, settledBy, options),
    thankYouStreak: notes.thankYouStreak,
  };
}
