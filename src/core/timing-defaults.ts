/**
 * Timing rules Rebound starts with, each with the reason a user sees beside it. They are the one
 * place these numbers live: the coach reads them, and user settings override them.
 */
export interface TimingDefault {
  value: number;
  unit: 'hours' | 'days';
  reason: string;
}

export const TIMING_DEFAULTS = {
  /** Hours to let a rejection settle before replying to it. */
  coolDownHours: {
    value: 24,
    unit: 'hours',
    reason:
      'Replies written in the first hours after a rejection tend to carry the sting of it; career ' +
      'advisers suggest waiting about a day (howtorespondto, Washington Post Jobs).',
  },
  /** Hours within which the first reply to a rejection ideally goes out. */
  replyWindowHours: {
    value: 48,
    unit: 'hours',
    reason:
      'Most published advice puts the first reply within 24 to 48 hours, while the conversation ' +
      'is still fresh (The Ladders, Climb the Ladder, Turing College).',
  },
  /** Days after which a first reply to a rejection has drifted too long. */
  replyDriftDays: {
    value: 7,
    unit: 'days',
    reason:
      'After about a week the interviewer has moved on and a first reply reads as an ' +
      'afterthought (Climb the Ladder).',
  },
} as const satisfies Record<string, TimingDefault>;

export type TimingSettingName = keyof typeof TIMING_DEFAULTS;

/** Plain numbers for code that only needs the values. */
export type TimingValues = { [K in TimingSettingName]: number };

export function timingValues(overrides: Partial<TimingValues> = {}): TimingValues {
  return {
    coolDownHours: overrides.coolDownHours ?? TIMING_DEFAULTS.coolDownHours.value,
    replyWindowHours: overrides.replyWindowHours ?? TIMING_DEFAULTS.replyWindowHours.value,
    replyDriftDays: overrides.replyDriftDays ?? TIMING_DEFAULTS.replyDriftDays.value,
  };
}
