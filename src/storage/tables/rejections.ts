import type { Insertable, Selectable, Updateable } from 'kysely';
import type { RejectionChannel } from '../../core/enums';
import type { Stage } from '../../core/stages';
import type { BoolColumn, DayColumn, InstantColumn, JsonColumn } from './column-types';

export interface RejectionsTable {
  workspace_id: string;
  id: string;
  application_id: string;
  rejected_on: DayColumn;
  stage_reached: Stage;
  channel: RejectionChannel;
  reason: string | null;
  human_contact: BoolColumn;
  contact_id: string | null;
  /** Null: judged from the job title. */
  senior_role: BoolColumn | null;
  reflection: JsonColumn | null;
  feedback: string | null;
  feedback_received_on: DayColumn | null;
  created_at: InstantColumn;
  updated_at: InstantColumn;
}
export type RejectionRow = Selectable<RejectionsTable>;
export type NewRejectionRow = Insertable<RejectionsTable>;
export type RejectionUpdate = Updateable<RejectionsTable>;
