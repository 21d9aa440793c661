import { z } from '@hono/zod-openapi';
import {
  CARD_STATES,
  PRACTICE_RATINGS,
  practiceCardPatchSchema,
  practiceReviewInputSchema,
} from '../core/practice/card';
import { named } from './named-schema';

/** Request and response schemas of the practice deck, as the OpenAPI document names them. */
export const PracticeCardPatchSchema = named(practiceCardPatchSchema, 'PracticeCardPatch');
export const PracticeReviewInputSchema = named(practiceReviewInputSchema, 'PracticeReviewInput');

const day = z.string().openapi({ example: '2026-11-26', description: 'A local calendar day' });

export const PracticeScheduleSchema = z
  .object({
    due: z.string().openapi({ description: 'When to practise it next (UTC)' }),
    stability: z.number(),
    difficulty: z.number(),
    elapsedDays: z.number().int(),
    scheduledDays: z.number().int(),
    learningSteps: z.number().int(),
    reps: z.number().int(),
    lapses: z.number().int(),
    state: z.enum(CARD_STATES),
    lastReview: z.string().nullable(),
  })
  .openapi('PracticeSchedule');

const nextOf = z.object({
  due: z.string(),
  interval: z.string().openapi({ example: '3 days' }),
});

export const PracticeCardSchema = z
  .object({
    id: z.string(),
    question: z.string(),
    answer: z
      .string()
      .nullable()
      .openapi({ description: 'The improved answer in the user’s words' }),
    situation: z.string().nullable(),
    task: z.string().nullable(),
    action: z.string().nullable(),
    result: z.string().nullable(),
    schedule: PracticeScheduleSchema,
    createdAt: z.string(),
    updatedAt: z.string(),
    isDue: z.boolean().openapi({ description: 'Due by the end of the user’s today' }),
    dueOn: day,
    next: z
      .object(
        Object.fromEntries(PRACTICE_RATINGS.map((r) => [r, nextOf])) as Record<
          (typeof PRACTICE_RATINGS)[number],
          typeof nextOf
        >,
      )
      .openapi({ description: 'When it would come back after each rating, if practised now' }),
    sources: z
      .array(
        z.object({
          applicationId: z.string(),
          company: z.string(),
          role: z.string(),
          rejectedOn: day.nullable(),
          questionId: z.string(),
          question: z.string().openapi({ description: 'The wording in that reflection' }),
        }),
      )
      .openapi({ description: 'Where the question came up, most recent first' }),
  })
  .openapi('PracticeCard');

export const PracticeReviewSchema = z
  .object({
    id: z.string(),
    cardId: z.string(),
    rating: z.enum(PRACTICE_RATINGS),
    state: z.enum(CARD_STATES).openapi({ description: 'The card’s state before this round' }),
    due: z.string(),
    stability: z.number(),
    difficulty: z.number(),
    elapsedDays: z.number().int(),
    lastElapsedDays: z.number().int(),
    scheduledDays: z.number().int(),
    learningSteps: z.number().int(),
    reviewedAt: z.string(),
  })
  .openapi('PracticeReview');

export const PracticeCardDetailSchema = PracticeCardSchema.extend({
  reviews: z.array(PracticeReviewSchema),
}).openapi('PracticeCardDetail');

export const PracticeCardPageSchema = z
  .object({
    items: z.array(PracticeCardSchema),
    nextOffset: z.number().int().nullable(),
    due: z.number().int(),
    total: z.number().int(),
  })
  .openapi('PracticeCardPage');

export const PracticeSummarySchema = z
  .object({
    due: z.number().int().openapi({ description: 'Cards due by the end of today' }),
    total: z.number().int(),
    nextDueAt: z.string().nullable(),
  })
  .openapi('PracticeSummary');

export const PracticeListQuerySchema = z.object({
  filter: z
    .enum(['due', 'all'], { error: 'must be due or all' })
    .default('due')
    .openapi({ description: '`due`: what to practise today; `all`: the whole deck' }),
  limit: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(500, 'must be at most 500')
    .default(50),
  offset: z.coerce
    .number({ error: 'must be a number' })
    .int('must be a whole number')
    .min(0, 'must not be negative')
    .default(0),
});
