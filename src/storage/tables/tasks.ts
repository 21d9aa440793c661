import type { Insertable, Selectable, Updateable } from 'kysely';
import type { TaskKind, TaskStatus } from '../../core/enums';
import type { InstantColumn } from './column-types';

export interface TasksTable {
  workspace_id: string;
  id: string;
  application_id: string | null;
  contact_id: string | null;
  kind: TaskKind;
  status: TaskStatus;
  due_at: InstantColumn;
  snoozed_until: InstantColumn | null;
  reason: string;
  done_at: InstantColumn | null;
  message_id: string | null;
  interaction_id: string | null;
  created_at: InstantColumn;
  updated_at: InstantColumn;
}
export type TaskRow = Selectable<TasksTable>;
export type NewTaskRow = Insertable<TasksTable>;
export type TaskUpdate = Updateable<TasksTable>;
