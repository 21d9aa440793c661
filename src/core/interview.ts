import { z } from 'zod';
import type { Instant } from './dates';
import { INTERVIEW_FORMATS, type InterviewFormat } from './enums';
import { entityId, dateTime, optionalText, textList } from './schema-helpers';

export interface Interview {
  id: string;
  applicationId: string;
  scheduledAt: Instant;
  round: number;
  format: InterviewFormat;
  durationMinutes: number | null;
  /** What was talked about: the specifics a thank-you note can mention. */
  topics: string[];
  /** Questions asked, in the words the user remembers. */
  questions: string[];
  notes: string | null;
  contactIds: string[];
  createdAt: Instant;
  updatedAt: Instant;
}

/** An interview's fields as the API checks them; imports check records with them too. */
export const interviewFields = {
  scheduledAt: dateTime,
  round: z.number({ error: 'must be a number' }).int().min(1).max(20),
  format: z.enum(INTERVIEW_FORMATS, { error: `must be one of ${INTERVIEW_FORMATS.join(', ')}` }),
  durationMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .nullish()
    .transform((v) => v ?? null),
  topics: textList(50, 500),
  questions: textList(100, 1000),
  notes: optionalText(20_000),
  contactIds: z.array(entityId).max(50),
};

export const interviewInputSchema = z
  .object({
    ...interviewFields,
    round: interviewFields.round.default(1),
    format: interviewFields.format.default('video'),
    topics: interviewFields.topics.default([]),
    questions: interviewFields.questions.default([]),
    contactIds: interviewFields.contactIds.default([]),
  })
  .strict();
export type InterviewInput = z.output<typeof interviewInputSchema>;

export const interviewPatchSchema = z.object(interviewFields).partial().strict();
export type InterviewPatch = z.output<typeof interviewPatchSchema>;
