import type { Insertable, Selectable } from 'kysely';
import type { InboxStatus } from '../../core/inbox/proposal';
import type { MailKind } from '../../core/inbox/kinds';
import type { BoolColumn, InstantColumn, JsonColumn } from './column-types';

export interface InboxMessagesTable {
  workspace_id: string;
  id: string;
  /** The Message-ID, or a digest of the headers for mail without one: never read twice. */
  message_key: string;
  message_id: string | null;
  source: string;
  from_name: string | null;
  from_address: string | null;
  subject: string;
  sent_at: InstantColumn | null;
  kind: MailKind;
  company: string | null;
  role: string | null;
  automated: BoolColumn;
  confidence: number;
  evidence: JsonColumn;
  body: string | null;
  proposal: JsonColumn;
  status: InboxStatus;
  change: JsonColumn | null;
  created_at: InstantColumn;
  decided_at: InstantColumn | null;
}
export type InboxMessageRow = Selectable<InboxMessagesTable>;
export type NewInboxMessageRow = Insertable<InboxMessagesTable>;

export interface InboxSyncStateTable {
  workspace_id: string;
  account: string;
  folder: string;
  uid_validity: string;
  last_uid: string;
  synced_at: InstantColumn;
}
export type InboxSyncStateRow = Selectable<InboxSyncStateTable>;
