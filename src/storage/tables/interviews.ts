import type { Insertable, Selectable, Updateable } from 'kysely';
import type { InterviewFormat } from '../../core/enums';
import type { InstantColumn, JsonColumn } from './column-types';

export interface InterviewsTable {
  workspace_id: string;
  id: string;
  application_id: string;
  scheduled_at: InstantColumn;
  round: number;
  format: InterviewFormat;
  duration_minutes: number | null;
  topics: JsonColumn;
  questions: JsonColumn;
  notes: string | null;
  created_at: InstantColumn;
  updated_at: InstantColumn;
}
export type InterviewRow = Selectable<InterviewsTable>;
export type NewInterviewRow = Insertable<InterviewsTable>;
export type InterviewUpdate = Updateable<InterviewsTable>;

/** The people met in an interview. */
export interface InterviewContactsTable {
  workspace_id: string;
  interview_id: string;
  contact_id: string;
}
export type InterviewContactRow = Selectable<InterviewContactsTable>;
