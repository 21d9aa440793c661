import { z } from 'zod';
import { AppError } from './app-error';
import type { CalendarDay, Instant } from './dates';
import { REJECTION_CHANNELS, type RejectionChannel } from './enums';
import { MOODS, type Reflection } from './recovery/reflection';
import { calendarDay, entityId, optionalText, requiredText } from './schema-helpers';
import type { Stage } from './stages';

export interface Rejection {
  id: string;
  applicationId: string;
  rejectedOn: CalendarDay;
  /** The furthest stage the application reached before the rejection. */
  stageReached: Stage;
  channel: RejectionChannel;
  reason: string | null;
  /** Whether a person made or delivered the decision (false for an instant ATS email). */
  humanContact: boolean;
  /** The person who delivered the news, when known. */
  contactId: string | null;
  /** Whether the role was senior; null means "judge from the job title". */
  seniorRole: boolean | null;
  reflection: Reflection | null;
  feedback: string | null;
  feedbackReceivedOn: CalendarDay | null;
  createdAt: Instant;
  updatedAt: Instant;
}

/** The stages a rejection can come after: anything past saving the posting, up to an offer. */
export const REJECTABLE_STAGES = ['applied', 'screen', 'interview', 'final', 'offer'] as const;
export type RejectableStage = (typeof REJECTABLE_STAGES)[number];

/** Channels on which a person, not a system, delivered the news. */
const PERSONAL_CHANNELS: readonly RejectionChannel[] = ['phone', 'video', 'in_person'];
/** Channels that usually carry a system message rather than a person's. */
const SYSTEM_CHANNELS: readonly RejectionChannel[] = ['automated', 'portal'];

/** A rejection's facts as the API checks them; imports check records with them too. */
export const rejectionFields = {
  /** The day the news came. */
  date: calendarDay,
  stage: z.enum(REJECTABLE_STAGES, {
    error: `must be one of ${REJECTABLE_STAGES.join(', ')} (the furthest stage reached)`,
  }),
  channel: z.enum(REJECTION_CHANNELS, { error: `must be one of ${REJECTION_CHANNELS.join(', ')}` }),
  reason: optionalText(2000),
  humanContact: z.boolean({ error: 'must be true or false' }),
  contactId: entityId.nullable(),
  seniorRole: z.boolean({ error: 'must be true or false' }).nullable(),
};

/**
 * Recording (or re-recording) a rejection. Left out: `date` is today, `stage` the furthest the
 * application reached, `channel` email, `humanContact` true unless the channel is automated or a
 * portal. `feeling` starts the reflection with how the news landed.
 */
export const rejectionInputSchema = z
  .object({
    ...rejectionFields,
    feeling: z.enum(MOODS, { error: `must be one of ${MOODS.join(', ')}` }),
  })
  .partial()
  .strict();
export type RejectionInput = z.output<typeof rejectionInputSchema>;

/** Correcting some facts of a recorded rejection. */
export const rejectionPatchSchema = z.object(rejectionFields).partial().strict();
export type RejectionPatch = z.output<typeof rejectionPatchSchema>;

export const feedbackInputSchema = z
  .object({
    /** What they said, in the user's words or pasted. */
    text: requiredText(20_000),
    /** When it arrived; defaults to today. */
    receivedOn: calendarDay.optional(),
    /** Who sent it; defaults to the person the feedback request went to. */
    contactId: entityId.optional(),
  })
  .strict();
export type FeedbackInput = z.output<typeof feedbackInputSchema>;

/** Whether the news usually comes from a person on this channel. */
export function defaultHumanContact(channel: RejectionChannel): boolean {
  return !SYSTEM_CHANNELS.includes(channel);
}

/**
 * Refuses facts that contradict each other, naming the field to fix: an automated rejection
 * with a person behind it, or a phone call from nobody.
 */
export function checkRejectionFacts(facts: {
  channel: RejectionChannel;
  humanContact: boolean;
  contactId: string | null;
}): void {
  if (facts.channel === 'automated' && facts.humanContact) {
    throw AppError.validation(
      'humanContact',
      'an automated rejection has no person behind it; pick another channel if someone wrote to you',
    );
  }
  if (!facts.humanContact && PERSONAL_CHANNELS.includes(facts.channel)) {
    throw AppError.validation(
      'humanContact',
      `a rejection by ${facts.channel.replace('_', ' ')} comes from a person; set it to true`,
    );
  }
  if (!facts.humanContact && facts.contactId !== null) {
    throw AppError.validation(
      'contactId',
      'names who told you, but humanContact is false; leave it out (the people you met are taken from the interviews)',
    );
  }
}

const SENIOR_TITLE =
  /\b(senior|sr|staff|principal|lead|head|director|vp|vice president|chief|cto|cfo|coo|ceo|partner)\b/i;

/** Whether a job title reads as senior, for the longer re-apply wait. */
export function looksSenior(role: string): boolean {
  return SENIOR_TITLE.test(role);
}
