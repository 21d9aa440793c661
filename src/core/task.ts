import type { Instant } from './dates';
import type { TaskKind, TaskStatus } from './enums';

export interface Task {
  id: string;
  applicationId: string | null;
  contactId: string | null;
  kind: TaskKind;
  status: TaskStatus;
  dueAt: Instant;
  snoozedUntil: Instant | null;
  /** Why this step is due when it is, in plain words. */
  reason: string;
  doneAt: Instant | null;
  messageId: string | null;
  interactionId: string | null;
  createdAt: Instant;
  updatedAt: Instant;
}
