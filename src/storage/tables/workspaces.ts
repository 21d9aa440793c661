import type { Insertable, Selectable, Updateable } from 'kysely';
import type { InstantColumn, JsonColumn } from './column-types';

export interface WorkspacesTable {
  id: string;
  name: string;
  settings: JsonColumn;
  /** The public half of the calendar-feed token, unique across workspaces. */
  calendar_feed_id: string | null;
  calendar_feed_secret: string | null;
  created_at: InstantColumn;
  updated_at: InstantColumn;
}
export type WorkspaceRow = Selectable<WorkspacesTable>;
export type NewWorkspaceRow = Insertable<WorkspacesTable>;
export type WorkspaceUpdate = Updateable<WorkspacesTable>;
