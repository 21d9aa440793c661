import type { Insertable, Selectable, Updateable } from 'kysely';
import type { CardState, PracticeRating } from '../../core/practice/card';
import type { InstantColumn } from './column-types';

export interface PracticeCardsTable {
  workspace_id: string;
  id: string;
  question: string;
  answer: string | null;
  situation: string | null;
  task: string | null;
  action: string | null;
  result: string | null;
  due: InstantColumn;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: CardState;
  last_review: InstantColumn | null;
  created_at: InstantColumn;
  updated_at: InstantColumn;
}
export type PracticeCardRow = Selectable<PracticeCardsTable>;
export type NewPracticeCardRow = Insertable<PracticeCardsTable>;
export type PracticeCardUpdate = Updateable<PracticeCardsTable>;

export interface PracticeCardSourcesTable {
  workspace_id: string;
  application_id: string;
  question_id: string;
  card_id: string;
  question: string;
}
export type PracticeCardSourceRow = Selectable<PracticeCardSourcesTable>;
export type NewPracticeCardSourceRow = Insertable<PracticeCardSourcesTable>;

export interface PracticeReviewsTable {
  workspace_id: string;
  id: string;
  card_id: string;
  rating: PracticeRating;
  state: CardState;
  due: InstantColumn;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  last_elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reviewed_at: InstantColumn;
}
export type PracticeReviewRow = Selectable<PracticeReviewsTable>;
export type NewPracticeReviewRow = Insertable<PracticeReviewsTable>;
