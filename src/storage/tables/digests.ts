import type { DayColumn, InstantColumn } from './column-types';

/** A daily digest sent to an account for one of its local days; at most one per (account, day). */
export interface DigestSendsTable {
  account_id: string;
  day: DayColumn;
  /** `seeker` (today's three steps) or `coach` (the caseload this morning). */
  kind: string;
  /** Null when there was nothing to tell (no steps, no seekers): the day counts as done. */
  email_message_id: string | null;
  sent_at: InstantColumn;
  /** SHA-256 of the one-click unsubscribe secret in this email; null when none went. */
  unsubscribe_digest: string | null;
}

/** An account's digest hour and whether digests are off; no row: the defaults. */
export interface DigestPreferencesTable {
  account_id: string;
  /** The local hour, 0–23; null: the seeker's reminder time (09:00 for a coach). */
  hour: number | null;
  /** When digests were turned off; null while they are on. */
  stopped_at: InstantColumn | null;
  updated_at: InstantColumn;
}
