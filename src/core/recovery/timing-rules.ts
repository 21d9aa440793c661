import type { Relationship } from '../enums';
import type { Stage } from '../stages';

/**
 * Every timing default of the recovery after a rejection, in one place, each with the reason for
 * it in plain words and where the advice comes from. The plan, the Today agenda, the calendar
 * feed and the message coach all read these; the user can change any value in the settings
 * (`settings.ts`), and the reasons then speak of the user's values.
 *
 * The advice is paraphrased from published career guidance (named in `sources`); where no
 * published figure exists the source says so and the value is Rebound's own judgement.
 */

export type TimingUnit = 'hours' | 'days' | 'months' | 'count';

export interface TimingRule {
  /** What the value controls, for settings screens. */
  label: string;
  unit: TimingUnit;
  default: number;
  /** The range a user may set. */
  min: number;
  max: number;
  /** Why this is the default, in plain words. */
  reason: string;
  /** Where the advice comes from: site or publication names. */
  sources: readonly string[];
}

/** Used where Rebound had to pick a number that no published advice gives. */
export const REBOUND_DEFAULT_SOURCE = "Rebound's own default, no published figure";

export const TIMING_RULES = {
  thankYouDays: {
    label: 'Thank-you note, days after the news',
    unit: 'days',
    default: 1,
    min: 0,
    max: 7,
    reason:
      'Most advice puts the first reply within 24 to 48 hours of the news: soon enough to be remembered, late enough that the disappointment has settled.',
    sources: ['The Ladders', 'Climb the Ladder', 'Richmond Times-Dispatch', 'Turing College'],
  },
  coolOffHours: {
    label: 'Wait before writing when upset, hours',
    unit: 'hours',
    default: 24,
    min: 0,
    max: 72,
    reason:
      'When the news still stings, give it a day: a message written in the heat of the moment is the one people regret.',
    sources: ['howtorespondto', 'Washington Post Jobs'],
  },
  latestReplyDays: {
    label: 'Latest sensible first reply, days after the news',
    unit: 'days',
    default: 7,
    min: 1,
    max: 30,
    reason:
      'A first reply that arrives more than about a week later reads as an afterthought, though a short gracious note still beats silence.',
    sources: ['Climb the Ladder'],
  },
  feedbackRequestDays: {
    label: 'Feedback request, days after the news',
    unit: 'days',
    default: 2,
    min: 0,
    max: 14,
    reason:
      'Ask how you could improve only once you have accepted the decision, never as a way to argue with it or to ask them to think again.',
    sources: ['John Kador via Monster', 'howtorespondto', 'The Hindu'],
  },
  feedbackWaitDays: {
    label: 'Wait for a feedback reply, days',
    unit: 'days',
    default: 10,
    min: 3,
    max: 60,
    reason:
      'Ask once and accept the answer, silence included: most candidates never hear back, and many employers hold back for fear of legal trouble or upsetting people.',
    sources: ['MyPerfectResume', 'Dice', 'Talent Board 2022 CandE benchmark', 'The Balance'],
  },
  linkedinNoteDays: {
    label: 'LinkedIn connection, days after the news',
    unit: 'days',
    default: 3,
    min: 0,
    max: 30,
    reason:
      'Connect on LinkedIn once the decision is made and your thank-you is out, with a short note that asks for nothing.',
    sources: ['The Ladders'],
  },
  firstKeepInTouchDays: {
    label: 'First keep-in-touch, days after the news',
    unit: 'days',
    default: 28,
    min: 7,
    max: 180,
    reason:
      'The first check-in after a rejection comes three or four weeks later (some say a few months), with a specific reason to write.',
    sources: ['Mary Crane', 'Versique', 'Military.com'],
  },
  silverMedalistDays: {
    label: 'Silver-medalist check-in, days after the news',
    unit: 'days',
    default: 45,
    min: 14,
    max: 180,
    reason:
      'About six weeks on, the person they chose may have turned the offer down or left early; a gracious runner-up who checks in then is the one they think of.',
    sources: [REBOUND_DEFAULT_SOURCE],
  },
  reapplyMonths: {
    label: 'Re-apply for the same role, months after the news',
    unit: 'months',
    default: 6,
    min: 3,
    max: 12,
    reason:
      'Re-applying for the same role usually makes sense after about six months (anywhere from three to twelve); a different role at the same company can be applied for straight away.',
    sources: ['Climb the Ladder', 'Job Shop SF'],
  },
  reapplySeniorMonths: {
    label: 'Re-apply for the same senior role, months after the news',
    unit: 'months',
    default: 12,
    min: 6,
    max: 24,
    reason: 'Senior roles turn over more slowly: allow 12 to 18 months before trying the same one.',
    sources: ['Climb the Ladder'],
  },
  maxFollowUpsWithoutReply: {
    label: 'Follow-ups without a reply before letting it rest',
    unit: 'count',
    default: 2,
    min: 0,
    max: 5,
    reason:
      'Keep to one person and follow up at most twice without hearing back; after that, let the relationship rest until they write.',
    sources: ['Versique'],
  },
} as const satisfies Record<string, TimingRule>;

export type TimingRuleId = keyof typeof TIMING_RULES;
export const TIMING_RULE_IDS = Object.keys(TIMING_RULES) as TimingRuleId[];

/** The values of every timing rule. */
export type TimingValues = Record<TimingRuleId, number>;

/** The defaults, for code (such as the message coach) that has no user settings at hand. */
export const DEFAULT_TIMING: Readonly<TimingValues> = Object.freeze(
  Object.fromEntries(TIMING_RULE_IDS.map((id) => [id, TIMING_RULES[id].default])) as TimingValues,
);

/**
 * The usual window for the first reply after the news, in hours: earlier risks writing upset,
 * later risks being forgotten (The Ladders, Climb the Ladder, Richmond Times-Dispatch, Turing
 * College).
 */
export const FIRST_REPLY_WINDOW_HOURS = { from: 24, to: 48 } as const;

/** How many feedback requests one rejection warrants (MyPerfectResume, Dice). */
export const FEEDBACK_REQUESTS_PER_REJECTION = 1;

/** What to expect after asking for feedback: mostly nothing. */
export const FEEDBACK_SILENCE = {
  /** Share of North American candidates who never receive feedback. */
  neverReceiveShare: 0.71,
  neverReceiveSource: 'Talent Board 2022 CandE benchmark',
  /** Share who received specific, individual feedback in 2012. */
  specificShare2012: 0.044,
  specificSource: 'Talent Board via Dr John Sullivan',
} as const;

/** A keep-in-touch cadence for one kind of relationship. */
export interface CadenceRule {
  default: number;
  reason: string;
  sources: readonly string[];
}

/** The most days a cadence may be set to; 0 turns keeping in touch off. */
export const MAX_CADENCE_DAYS = 730;

/**
 * How often to keep in touch, by relationship, counted from the last logged interaction. A
 * quarterly touch with a specific reason is the published advice for recruiters and the people
 * met in interviews (The Ladders); the others are Rebound's own defaults.
 */
export const KEEP_IN_TOUCH_CADENCES: Record<Relationship, CadenceRule> = {
  recruiter: {
    default: 90,
    reason: 'A recruiter is now a business contact: about once a quarter, with a specific reason.',
    sources: ['The Ladders'],
  },
  hiring_manager: {
    default: 90,
    reason: 'About once a quarter keeps you in mind for the next opening on their team.',
    sources: ['The Ladders'],
  },
  interviewer: {
    default: 120,
    reason: 'People you met in interviews: a little less often than the hiring side, still warm.',
    sources: [REBOUND_DEFAULT_SOURCE],
  },
  referrer: {
    default: 60,
    reason: 'Someone who vouched for you deserves news more often than a stranger.',
    sources: [REBOUND_DEFAULT_SOURCE],
  },
  peer: {
    default: 90,
    reason: 'Peers in your field: about once a quarter keeps the connection alive.',
    sources: [REBOUND_DEFAULT_SOURCE],
  },
  mentor: {
    default: 60,
    reason: 'Mentors like to hear how things are going, every couple of months.',
    sources: [REBOUND_DEFAULT_SOURCE],
  },
  other: {
    default: 180,
    reason: 'Everyone else: twice a year is enough not to become a stranger.',
    sources: [REBOUND_DEFAULT_SOURCE],
  },
};

/**
 * A feedback request makes sense from this stage on: after a first screen there is rarely enough
 * to give specific feedback about. Rebound's own judgement.
 */
export const FEEDBACK_FROM_STAGE: Stage = 'interview';

/** A silver-medalist check-in makes sense for a runner-up: someone who reached the final round. */
export const SILVER_MEDALIST_FROM_STAGE: Stage = 'final';

/** Outbound touches closer together than this count as one attempt to reach someone. */
export const TOUCH_CLUSTER_DAYS = 7;

/** LinkedIn connection-note limits as third parties report them. */
export const LINKEDIN_NOTE_LIMITS = { free: 200, paid: 300 } as const;

/** Sources as a reader sees them: `(The Ladders; Climb the Ladder)`. */
export function citeSources(sources: readonly string[]): string {
  return `(${sources.join('; ')})`;
}

/** A reason with its sources cited before the full stop: "… settled (The Ladders)." */
export function withSources(reason: string, sources: readonly string[]): string {
  return `${reason.replace(/\.$/, '')} ${citeSources(sources)}.`;
}
