import {
  createEmptyCard,
  fsrs,
  generatorParameters,
  Rating,
  State,
  type Card,
  type Grade,
} from 'ts-fsrs';
import type { Instant } from '../dates';
import {
  CARD_STATES,
  PRACTICE_RATINGS,
  type CardState,
  type PracticeRating,
  type PracticeReview,
  type PracticeSchedule,
} from './card';

/**
 * Spaced repetition for the practice deck, with the FSRS scheduler from ts-fsrs (pure, so it
 * runs in the browser too). Defaults are the library's (90% target recall, short learning steps
 * of 1 and 10 minutes within a session) except the longest gap: a job search lasts months, not
 * years, so no card waits more than {@link PRACTICE_MAX_INTERVAL_DAYS} days.
 */
export const PRACTICE_MAX_INTERVAL_DAYS = 60;

const scheduler = fsrs(
  generatorParameters({ maximum_interval: PRACTICE_MAX_INTERVAL_DAYS, enable_fuzz: false }),
);

const GRADES: Record<PracticeRating, Grade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

const STATES: Record<CardState, State> = {
  new: State.New,
  learning: State.Learning,
  review: State.Review,
  relearning: State.Relearning,
};

const stateName = (state: State): CardState => CARD_STATES[state] ?? 'new';

function toCard(schedule: PracticeSchedule): Card {
  return {
    due: new Date(schedule.due),
    stability: schedule.stability,
    difficulty: schedule.difficulty,
    elapsed_days: schedule.elapsedDays,
    scheduled_days: schedule.scheduledDays,
    learning_steps: schedule.learningSteps,
    reps: schedule.reps,
    lapses: schedule.lapses,
    state: STATES[schedule.state],
    ...(schedule.lastReview !== null && { last_review: new Date(schedule.lastReview) }),
  };
}

function fromCard(card: Card): PracticeSchedule {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: stateName(card.state),
    lastReview: card.last_review ? card.last_review.toISOString() : null,
  };
}

const DAY_MS = 86_400_000;

/**
 * Holds a schedule to the longest gap. The scheduler keeps "easy" a day or two beyond "good" even
 * at its own maximum; here the longest gap is a promise, so the due date is brought back to it.
 */
function withinLongestGap(schedule: PracticeSchedule, now: Instant): PracticeSchedule {
  if (schedule.scheduledDays <= PRACTICE_MAX_INTERVAL_DAYS) return schedule;
  return {
    ...schedule,
    scheduledDays: PRACTICE_MAX_INTERVAL_DAYS,
    due: new Date(Date.parse(now) + PRACTICE_MAX_INTERVAL_DAYS * DAY_MS).toISOString(),
  };
}

/** The schedule of a card made at `now`: new, and due at once. */
export function newSchedule(now: Instant): PracticeSchedule {
  return fromCard(createEmptyCard(new Date(now)));
}

export type ReviewOutcome = Omit<PracticeReview, 'id' | 'cardId'>;

/** The schedule after a practice round rated `rating` at `now`, and the review to keep. */
export function reviewSchedule(
  schedule: PracticeSchedule,
  rating: PracticeRating,
  now: Instant,
): { schedule: PracticeSchedule; review: ReviewOutcome } {
  const { card, log } = scheduler.next(toCard(schedule), new Date(now), GRADES[rating]);
  return {
    schedule: withinLongestGap(fromCard(card), now),
    review: {
      rating,
      state: stateName(log.state),
      due: log.due.toISOString(),
      stability: log.stability,
      difficulty: log.difficulty,
      elapsedDays: log.elapsed_days,
      lastElapsedDays: log.last_elapsed_days,
      scheduledDays: log.scheduled_days,
      learningSteps: log.learning_steps,
      reviewedAt: log.review.toISOString(),
    },
  };
}

/** When the card would come back after each rating, for the buttons: `{ good: { due, … } }`. */
export function previewSchedule(
  schedule: PracticeSchedule,
  now: Instant,
): Record<PracticeRating, { due: Instant; interval: string }> {
  const preview = scheduler.repeat(toCard(schedule), new Date(now));
  const out = {} as Record<PracticeRating, { due: Instant; interval: string }>;
  for (const rating of PRACTICE_RATINGS) {
    const due = new Date(withinLongestGap(fromCard(preview[GRADES[rating]].card), now).due);
    out[rating] = {
      due: due.toISOString(),
      interval: intervalText(due.getTime() - Date.parse(now)),
    };
  }
  return out;
}

/** A wait in words: `1 min`, `10 min`, `3 h`, `1 day`, `12 days`, `2 months`. */
export function intervalText(ms: number): string {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} h`;
  const days = Math.round(hours / 24);
  if (days < 45) return days === 1 ? '1 day' : `${days} days`;
  const months = Math.round(days / 30);
  return months === 1 ? '1 month' : `${months} months`;
}
