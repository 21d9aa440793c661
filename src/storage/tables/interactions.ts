import type { Insertable, Selectable } from 'kysely';
import type { Direction, InteractionChannel } from '../../core/enums';
import type { InstantColumn } from './column-types';

export interface InteractionsTable {
  workspace_id: string;
  id: string;
  contact_id: string;
  application_id: string | null;
  occurred_at: InstantColumn;
  channel: InteractionChannel;
  direction: Direction;
  summary: string | null;
  message_id: string | null;
  created_at: InstantColumn;
}
export type InteractionRow = Selectable<InteractionsTable>;
export type NewInteractionRow = Insertable<InteractionsTable>;
