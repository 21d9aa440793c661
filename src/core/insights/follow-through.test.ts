import { describe, expect, it } from 'vitest';
import {
  computeFollowThrough,
  median,
  type FollowThroughRejection,
  type PersonMetInRejection,
} from './follow-through';

const options = { today: '2026-11-26', zone: 'Europe/London', replyDays: 7, feedbackWaitDays: 10 };
let n = 0;
function rejection(overrides: Partial<FollowThroughRejection> = {}): FollowThroughRejection {
  n += 1;
  return {
    id: `app_${n}`,
    company: `Co ${n}`,
    role: 'Analyst',
    rejectedOn: '2026-10-01',
    stageReached: 'interview',
    humanContact: true,
    thankYouAt: null,
    feedbackRequestedAt: null,
    feedbackReceivedOn: null,
    ...overrides,
  };
}
const follow = (rejections: FollowThroughRejection[], people: PersonMetInRejection[] = []) =>
  computeFollowThrough(rejections, people, options);

describe('median', () => {
  it.each([
    [[], null],
    [[4], 4],
    [[5, 1, 3], 3],
    [[1, 2, 3, 10], 2.5],
  ])('of %j is %s', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});

describe('follow-through', () => {
  it('has nothing to divide with no rejections', () => {
    const result = follow([]);
    expect(result.thankYou).toEqual({ count: 0, of: 0, share: null });
    expect(result.feedbackAnswered.share).toBeNull();
    expect(result.medianDaysToFeedback).toBeNull();
    expect(result.thankYouStreak).toEqual({ current: 0, best: 0 });
    expect(result.feedbackDelayBands.map((b) => b.count)).toEqual([0, 0, 0, 0]);
  });

  it('counts thank-yous only where someone made the call, and not before the reply window closes', () => {
    const result = follow([
      rejection({ thankYouAt: '2026-10-02T09:00:00.000Z' }),
      rejection(),
      rejection({ humanContact: false }),
      // Yesterday's news: not a miss yet.
      rejection({ rejectedOn: '2026-11-25' }),
      // Already thanked today: counts.
      rejection({ rejectedOn: '2026-11-25', thankYouAt: '2026-11-26T08:00:00.000Z' }),
    ]);
    expect(result.withSomeone).toBe(4);
    expect(result.thankYou).toEqual({ count: 2, of: 3, share: 2 / 3 });
  });

  it('expects a feedback request only after an interview, unless one was sent anyway', () => {
    const result = follow([
      rejection({ stageReached: 'screen' }),
      rejection({ stageReached: 'screen', feedbackRequestedAt: '2026-10-03T09:00:00.000Z' }),
      rejection({ stageReached: 'final' }),
    ]);
    expect(result.feedbackRequested).toEqual({ count: 1, of: 2, share: 0.5 });
  });

  it('measures how long feedback took and how often requests were answered', () => {
    const result = follow([
      rejection({
        feedbackRequestedAt: '2026-10-03T09:00:00.000Z',
        feedbackReceivedOn: '2026-10-06',
      }),
      rejection({
        feedbackRequestedAt: '2026-10-03T09:00:00.000Z',
        feedbackReceivedOn: '2026-10-15',
      }),
      // Volunteered: counted from the rejection.
      rejection({ rejectedOn: '2026-09-01', feedbackReceivedOn: '2026-09-21' }),
      // No answer and the wait is over.
      rejection({ feedbackRequestedAt: '2026-10-03T09:00:00.000Z' }),
      // Still waiting: not counted as unanswered yet.
      rejection({ rejectedOn: '2026-11-20', feedbackRequestedAt: '2026-11-22T09:00:00.000Z' }),
    ]);
    expect(result.feedbackReceived).toEqual({ count: 3, of: 5, share: 0.6 });
    expect(result.feedbackAnswered).toEqual({ count: 2, of: 3, share: 2 / 3 });
    expect(result.feedbackDelays.map((d) => d.days)).toEqual([12, 3, 20]);
    expect(result.medianDaysToFeedback).toBe(12);
    expect(result.feedbackDelayBands).toEqual([
      { label: 'Within 3 days', count: 1 },
      { label: '4 to 7 days', count: 0 },
      { label: '8 to 14 days', count: 1 },
      { label: '15 days or more', count: 1 },
    ]);
  });

  it('counts people in touch again after the reply window, on the user’s days', () => {
    const result = follow(
      [],
      [
        // Rejected 1 Oct: in touch from 9 Oct (London) counts.
        { firstRejectedOn: '2026-10-01', lastInteractionAt: '2026-10-08T23:30:00.000Z' },
        { firstRejectedOn: '2026-10-01', lastInteractionAt: '2026-10-08T22:30:00.000Z' },
        { firstRejectedOn: '2026-10-01', lastInteractionAt: null },
        // Too recent to judge.
        { firstRejectedOn: '2026-11-24', lastInteractionAt: '2026-11-25T10:00:00.000Z' },
      ],
    );
    expect(result.keptInTouch).toEqual({ count: 1, of: 3, share: 1 / 3, afterDays: 7 });
  });

  it('counts thank-yous in a row from the most recent rejection back', () => {
    const at = '2026-10-02T09:00:00.000Z';
    const result = follow([
      rejection({ rejectedOn: '2026-06-01', thankYouAt: at }),
      rejection({ rejectedOn: '2026-07-01', thankYouAt: at }),
      rejection({ rejectedOn: '2026-07-15', thankYouAt: at }),
      rejection({ rejectedOn: '2026-08-01' }),
      rejection({ rejectedOn: '2026-09-01', thankYouAt: at }),
      rejection({ rejectedOn: '2026-10-01', thankYouAt: at }),
      // Not yet due, so it neither extends nor breaks the run.
      rejection({ rejectedOn: '2026-11-25' }),
    ]);
    expect(result.thankYouStreak).toEqual({ current: 2, best: 3 });
  });
});
