import type { Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { MessageChannel, MessageKind, MessageStatus } from '../../core/enums';
import type { BoolColumn, InstantColumn, JsonColumn } from './column-types';

export interface MessagesTable {
  workspace_id: string;
  id: string;
  application_id: string | null;
  contact_id: string | null;
  kind: MessageKind;
  channel: MessageChannel;
  recipient: string | null;
  subject: string | null;
  body: string;
  status: MessageStatus;
  sent_at: InstantColumn | null;
  email_message_id: string | null;
  in_reply_to: string | null;
  email_references: JsonColumn;
  /** Internal: set while an SMTP send is in flight; never exported. */
  send_started_at: InstantColumn | null;
  /** When a scheduled send is due; null when the message is not scheduled. */
  scheduled_for: InstantColumn | null;
  scheduled_task_id: string | null;
  scheduled_new_thread: Generated<BoolColumn>;
  /** What went wrong with the last scheduled send, and when. */
  send_error: string | null;
  send_failed_at: InstantColumn | null;
  created_at: InstantColumn;
  updated_at: InstantColumn;
}
export type MessageRow = Selectable<MessagesTable>;
export type NewMessageRow = Insertable<MessagesTable>;
export type MessageUpdate = Updateable<MessagesTable>;
