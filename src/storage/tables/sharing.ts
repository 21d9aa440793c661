import type { Selectable } from 'kysely';
import type { BoolColumn, InstantColumn } from './column-types';

/** A seeker's sharing settings: each kind private (0) or shared with their coach (1). */
export interface SharingSettingsTable {
  workspace_id: string;
  reflections: BoolColumn;
  drafts: BoolColumn;
  feelings: BoolColumn;
  updated_at: InstantColumn;
}
export type SharingSettingsRow = Selectable<SharingSettingsTable>;

/** A rejection's reflection shared on its own. */
export interface SharedReflectionsTable {
  workspace_id: string;
  rejection_id: string;
  shared_at: InstantColumn;
}

/** A draft message shared on its own. */
export interface SharedDraftsTable {
  workspace_id: string;
  message_id: string;
  shared_at: InstantColumn;
}
