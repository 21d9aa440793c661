import { z } from 'zod';
import { MESSAGE_KINDS } from '../enums';
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

const kind = z.enum(MESSAGE_KINDS, { error: `must be one of ${MESSAGE_KINDS.join(', ')}` });

const shortText = storableString()
  .trim()
  .max(COACH_LIMITS.fieldCharacters, `must be at most ${COACH_LIMITS.fieldCharacters} characters`);

const messageText = storableString().max(
  COACH_LIMITS.textCharacters,
  `must be at most ${COACH_LIMITS.textCharacters} characters`,
);

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
    rejectedAt: instant.optional(),
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
