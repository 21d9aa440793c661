import { z } from 'zod';
import { MESSAGE_KINDS, type MessageKind, type TaskKind } from '../enums';
import { MESSAGE_KIND_FOR_STEP } from '../task';
import { isCalendarDay } from '../dates';
import { isValidTimeZone } from '../recovery/zoned-time';
import { instant, storableString } from '../schema-helpers';
import { LINKEDIN_PLANS } from './types';

/** Generous but finite limits, so one request cannot make the coach do unbounded work. */
export const COACH_LIMITS = {
  textCharacters: 20_000,
  fieldCharacters: 500,
  factCharacters: 2_000,
  facts: 500,
  otherCompanies: 20_000,
  previousMessages: 1_000,
} as const;

/** Message kinds, and the plan steps written as one (a silver-medalist check-in is a follow-up). */
export const COACHABLE_KINDS = [
  ...new Set([...MESSAGE_KINDS, ...(Object.keys(MESSAGE_KIND_FOR_STEP) as TaskKind[])]),
] as [MessageKind | TaskKind, ...(MessageKind | TaskKind)[]];

/** The message kind a coachable kind is checked as. */
export function messageKindOf(kind: MessageKind | TaskKind): MessageKind {
  return (MESSAGE_KINDS as readonly string[]).includes(kind)
    ? (kind as MessageKind)
    : (MESSAGE_KIND_FOR_STEP[kind as TaskKind] ?? 'other');
}

const kind = z
  .enum(COACHABLE_KINDS, { error: `must be one of ${COACHABLE_KINDS.join(', ')}` })
  .transform(messageKindOf);

const shortText = storableString()
  .trim()
  .max(COACH_LIMITS.fieldCharacters, `must be at most ${COACH_LIMITS.fieldCharacters} characters`);

const messageText = storableString().max(
  COACH_LIMITS.textCharacters,
  `must be at most ${COACH_LIMITS.textCharacters} characters`,
);

/** A calendar day kept as it is, or a date-time normalized to a UTC instant. */
const dayOrInstant = z.string({ error: 'must be a date or date-time' }).transform((value, ctx) => {
  if (isCalendarDay(value)) return value;
  const parsed = instant.safeParse(value);
  if (parsed.success) return parsed.data;
  // A date-time gets the instant's own reason (a missing offset, an impossible day).
  const reason = /\dT\d/.test(value) ? parsed.error.issues[0]?.message : undefined;
  ctx.addIssue({
    code: 'custom',
    message: reason ?? 'must be a date or date-time such as 2026-11-26 or 2026-11-26T14:30:00Z',
  });
  return z.NEVER;
});

/** An earlier message: its text alone, or its text with who, where, what and when. */
export const previousMessageSchema = z.union(
  [
    messageText,
    z
      .object({
        text: messageText,
        to: shortText.optional(),
        company: shortText.optional(),
        kind: kind.optional(),
        sentAt: instant.optional(),
      })
      .strict(),
  ],
  { error: 'must be the text of a message, or an object with at least its text' },
);

export const coachContextSchema = z
  .object({
    company: shortText.default(''),
    role: shortText.default(''),
    contactName: shortText.default(''),
    facts: z
      .array(
        storableString()
          .trim()
          .max(
            COACH_LIMITS.factCharacters,
            `must be at most ${COACH_LIMITS.factCharacters} characters`,
          ),
      )
      .max(COACH_LIMITS.facts, `must have at most ${COACH_LIMITS.facts} entries`)
      .default([]),
    otherCompanies: z
      .array(shortText)
      .max(COACH_LIMITS.otherCompanies, `must have at most ${COACH_LIMITS.otherCompanies} entries`)
      .default([]),
    previousMessages: z
      .array(previousMessageSchema)
      .max(
        COACH_LIMITS.previousMessages,
        `must have at most ${COACH_LIMITS.previousMessages} entries`,
      )
      .default([]),
    // A bare day stays a day: the coach must not read an hour into it.
    rejectedAt: dayOrInstant.optional(),
    timeZone: z
      .string({ error: 'must be a time-zone name such as Europe/London' })
      .refine(isValidTimeZone, 'must be a time-zone name such as Europe/London')
      .optional(),
    sentAt: instant.optional(),
    linkedinPlan: z
      .enum(LINKEDIN_PLANS, { error: `must be one of ${LINKEDIN_PLANS.join(', ')}` })
      .optional(),
  })
  .strict();

/**
 * The coach's input as the API and the CLI accept it. Dates are normalized to UTC instants; a
 * bare `YYYY-MM-DD` counts as noon UTC.
 */
export const coachInputSchema = z
  .object({
    kind,
    text: messageText,
    context: coachContextSchema.default({
      company: '',
      role: '',
      contactName: '',
      facts: [],
      otherCompanies: [],
      previousMessages: [],
    }),
  })
  .strict();

export type CoachInputData = z.output<typeof coachInputSchema>;
