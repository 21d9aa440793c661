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
}
