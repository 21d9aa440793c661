import type { Selectable } from 'kysely';
import type { InstantColumn, JsonColumn } from './column-types';

/** A team workspace's SMTP or IMAP account; the password sealed, never stored in the clear. */
export interface MailAccountsTable {
  workspace_id: string;
  /** `smtp` (sending) or `imap` (reading). */
  kind: string;
  /** Everything but the password, as JSON. */
  settings: JsonColumn;
  /** `iv.tag.ciphertext` in base64url (AES-256-GCM); null when the account has no password. */
  password_sealed: string | null;
  /** Which key sealed it, so keys can rotate. */
  password_key_id: string | null;
  /** An IMAP account's next sync by the queue; null for SMTP and for "only when asked". */
  next_sync_at: InstantColumn | null;
  updated_at: InstantColumn;
}

export type MailAccountRow = Selectable<MailAccountsTable>;
