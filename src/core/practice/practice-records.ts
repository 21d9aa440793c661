import { z } from 'zod';
import { CARD_STATES, PRACTICE_RATINGS } from './card';

/** The workspace document's rules for ids, text and dates. */
interface FieldRules {
  id: z.ZodString;
  text: z.ZodString;
  nullableText: z.ZodNullable<z.ZodString>;
  instant: z.ZodType<string, string>;
  nullableInstant: z.ZodType<string | null, string | null>;
}

/**
 * The practice deck as the workspace document holds it (see workspace-document.ts): cards with
 * their schedule, where each question came up, and every practice round. Built from the
 * document's own field rules, so ids, text and dates are checked the same way everywhere.
 */
export function practiceRecordSchemas({
  id,
  text,
  nullableText,
  instant,
  nullableInstant,
}: FieldRules) {
  const count = z.number().int().min(0).max(2_147_483_647);

  const practiceScheduleRecordSchema = z.object({
    due: instant,
    stability: z.number(),
    difficulty: z.number(),
    elapsedDays: count,
    scheduledDays: count,
    learningSteps: count,
    reps: count,
    lapses: count,
    state: z.enum(CARD_STATES),
    lastReview: nullableInstant,
  });

  const practiceCardRecordSchema = z.object({
    id,
    question: text.min(1),
    answer: nullableText,
    situation: nullableText,
    task: nullableText,
    action: nullableText,
    result: nullableText,
    schedule: practiceScheduleRecordSchema,
    createdAt: instant,
    updatedAt: instant,
  });

  const practiceCardSourceRecordSchema = z.object({
    cardId: id,
    applicationId: id,
    questionId: id,
    question: text,
  });

  const practiceReviewRecordSchema = z.object({
    id,
    cardId: id,
    rating: z.enum(PRACTICE_RATINGS),
    state: z.enum(CARD_STATES),
    due: instant,
    stability: z.number(),
    difficulty: z.number(),
    elapsedDays: count,
    lastElapsedDays: count,
    scheduledDays: count,
    learningSteps: count,
    reviewedAt: instant,
  });
  return { practiceCardRecordSchema, practiceCardSourceRecordSchema, practiceReviewRecordSchema };
}

/** The records of a document checked here. */
interface PracticeRecords {
  practiceCardSources: readonly { applicationId: string; questionId: string }[];
  practiceReviews: readonly { id: string }[];
}

/** Practice records the database would refuse: a question filed twice, a review id repeated. */
export function practiceProblems(document: PracticeRecords): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  const filed = new Set<string>();
  document.practiceCardSources.forEach((source, index) => {
    const key = `${source.applicationId} ${source.questionId}`;
    if (filed.has(key)) {
      problems.push({
        path: `practiceCardSources[${index}].questionId`,
        message: `question ${source.questionId} of application ${source.applicationId} is filed twice`,
      });
    }
    filed.add(key);
  });
  const reviews = new Set<string>();
  document.practiceReviews.forEach((review, index) => {
    if (reviews.has(review.id)) {
      problems.push({ path: `practiceReviews[${index}].id`, message: `duplicate id ${review.id}` });
    }
    reviews.add(review.id);
  });
  return problems;
}
