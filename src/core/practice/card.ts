import { z } from 'zod';
import type { Instant } from '../dates';
import { optionalText, requiredText } from '../schema-helpers';

/**
 * The practice deck: every question that tripped the user up becomes one card, whatever words it
 * came in, holding the better answer they work out (with the STAR prompts) and the spaced-
 * repetition schedule that says when to practise it next.
 */

/** How a practice round went, as the user rates it. */
export const PRACTICE_RATINGS = ['again', 'hard', 'good', 'easy'] as const;
export type PracticeRating = (typeof PRACTICE_RATINGS)[number];

export const PRACTICE_RATING_LABELS: Record<PracticeRating, string> = {
  again: 'Again — I lost the thread',
  hard: 'Hard — got there, with effort',
  good: 'Good — a solid answer',
  easy: 'Easy — it came naturally',
};

/** Where a card stands in the scheduler: not yet practised, being learned, or in review. */
export const CARD_STATES = ['new', 'learning', 'review', 'relearning'] as const;
export type CardState = (typeof CARD_STATES)[number];

/** The scheduler's memory of a card (FSRS). */
export interface PracticeSchedule {
  /** When to practise it next. */
  due: Instant;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: CardState;
  lastReview: Instant | null;
}

/** The four parts of a STAR answer. */
export const STAR_PARTS = ['situation', 'task', 'action', 'result'] as const;
export type StarPart = (typeof STAR_PARTS)[number];

/** What to put in each part, shown beside the field. */
export const STAR_PROMPTS: Record<StarPart, { label: string; prompt: string }> = {
  situation: {
    label: 'Situation',
    prompt: 'Set the scene in a sentence or two: where you were, when, and what was at stake.',
  },
  task: {
    label: 'Task',
    prompt: 'What was yours to do? The goal or problem you owned.',
  },
  action: {
    label: 'Action',
    prompt: 'What you did, step by step, in the first person: the choices that were yours.',
  },
  result: {
    label: 'Result',
    prompt: 'How it ended, in numbers if you can, and what you would keep or change next time.',
  },
};

export interface PracticeCard {
  id: string;
  question: string;
  /** The improved answer in the user's words (first taken from the reflection). */
  answer: string | null;
  situation: string | null;
  task: string | null;
  action: string | null;
  result: string | null;
  schedule: PracticeSchedule;
  createdAt: Instant;
  updatedAt: Instant;
}

/** Where a card's question came up: one question in one application's reflection. */
export interface PracticeCardSource {
  cardId: string;
  applicationId: string;
  /** The question's id inside the reflection. */
  questionId: string;
  /** The question as it was put there. */
  question: string;
}

/** One practice round: the rating, and the schedule as it stood before it. */
export interface PracticeReview {
  id: string;
  cardId: string;
  rating: PracticeRating;
  state: CardState;
  due: Instant;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  lastElapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reviewedAt: Instant;
}

/** Editing a card: its wording, the answer and the STAR parts. `null` clears a part. */
export const practiceCardPatchSchema = z
  .object({
    question: requiredText(1000),
    answer: optionalText(5000),
    situation: optionalText(2000),
    task: optionalText(2000),
    action: optionalText(4000),
    result: optionalText(2000),
  })
  .partial()
  .strict();
export type PracticeCardPatch = z.output<typeof practiceCardPatchSchema>;

export const practiceReviewInputSchema = z
  .object({
    rating: z.enum(PRACTICE_RATINGS, { error: `must be one of ${PRACTICE_RATINGS.join(', ')}` }),
  })
  .strict();
export type PracticeReviewInput = z.output<typeof practiceReviewInputSchema>;

/** Whether the user has put anything of their own into a card. */
export function hasUserContent(card: PracticeCard): boolean {
  return (
    card.answer !== null || STAR_PARTS.some((part) => card[part] !== null) || card.schedule.reps > 0
  );
}
