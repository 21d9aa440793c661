import type { Insertable, Selectable, Updateable } from 'kysely';
import type { UsajobsStatus } from '../../core/federal/federal-application';
import type { DayColumn, InstantColumn, JsonColumn } from './column-types';

export interface FederalApplicationsTable {
  workspace_id: string;
  application_id: string;
  agency: string | null;
  department: string | null;
  announcement_number: string | null;
  control_number: string | null;
  position_title: string;
  pay_plan: string | null;
  series: string | null;
  grade: string | null;
  open_date: DayColumn | null;
  close_date: DayColumn | null;
  who_may_apply: string | null;
  status: UsajobsStatus | null;
  announcement: JsonColumn | null;
  attached_documents: JsonColumn;
  essays: JsonColumn;
  created_at: InstantColumn;
  updated_at: InstantColumn;
}
export type FederalApplicationRow = Selectable<FederalApplicationsTable>;
export type NewFederalApplicationRow = Insertable<FederalApplicationsTable>;
export type FederalApplicationUpdate = Updateable<FederalApplicationsTable>;

export interface FederalProfilesTable {
  workspace_id: string;
  profile: JsonColumn;
  updated_at: InstantColumn;
}
export type FederalProfileRow = Selectable<FederalProfilesTable>;
