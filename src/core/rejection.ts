import type { CalendarDay, Instant } from './dates';
import type { RejectionChannel } from './enums';
import type { Stage } from './stages';

export interface Rejection {
  id: string;
  applicationId: string;
  rejectedOn: CalendarDay;
  /** The furthest stage the application reached before the rejection. */
  stageReached: Stage;
  channel: RejectionChannel;
  reason: string | null;
  /** Whether a person made or delivered the decision (false for an instant ATS email). */
  humanContact: boolean;
  /** The person who delivered the news, when known. */
  contactId: string | null;
  reflection: Record<string, unknown> | null;
  feedback: string | null;
  feedbackReceivedOn: CalendarDay | null;
  createdAt: Instant;
  updatedAt: Instant;
}
