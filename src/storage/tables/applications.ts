import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Stage } from '../../core/stages';
import type { BoolColumn, InstantColumn } from './column-types';

export interface ApplicationsTable {
  workspace_id: string;
  id: string;
  company: string;
  role: string;
  link: string | null;
  source: string | null;
  location: string | null;
  salary_min: number | null;
  salary_max: number | null;
  salary_currency: string | null;
  posting_text: string | null;
  notes: string | null;
  stage: Stage;
  stage_changed_at: InstantColumn;
  /** Part of the invented sample search; see use-cases/sample-data.ts. */
  sample: BoolColumn;
  created_at: InstantColumn;
  updated_at: InstantColumn;
}
export type ApplicationRow = Selectable<ApplicationsTable>;
export type NewApplicationRow = Insertable<ApplicationsTable>;
export type ApplicationUpdate = Updateable<ApplicationsTable>;

export interface StageEventsTable {
  workspace_id: string;
  id: string;
  application_id: string;
  stage: Stage;
  at: InstantColumn;
  note: string | null;
}
export type StageEventRow = Selectable<StageEventsTable>;
export type NewStageEventRow = Insertable<StageEventsTable>;
