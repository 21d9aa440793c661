import { z } from 'zod';
import type { Instant } from './dates';
import { INTERACTION_CHANNELS, type TaskKind, type TaskStatus } from './enums';
import { entityId, optionalText } from './schema-helpers';

export interface Task {
  id: string;
  applicationId: string | null;
  contactId: string | null;
  kind: TaskKind;
  status: TaskStatus;
  /** When it is due: the plan's date, or the end of a snooze. */
  dueAt: Instant;
  /** Set while the user has put the step off to `dueAt`. */
  snoozedUntil: Instant | null;
  /** Why this step is due when it is, in plain words. */
  reason: string;
  /** When it was done or skipped. */
  doneAt: Instant | null;
  messageId: string | null;
  interactionId: string | null;
  createdAt: Instant;
  updatedAt: Instant;
}

/** Steps that mean reaching out to a person; doing one is an interaction with them. */
export const TOUCH_KINDS: readonly TaskKind[] = [
  'thank_you',
  'feedback_request',
  'linkedin_note',
  'keep_in_touch',
  'silver_medalist',
  'follow_up',
];

/** What the interaction logged for a step says was sent. */
export const TOUCH_LABELS: Partial<Record<TaskKind, string>> = {
  thank_you: 'thank-you note',
  feedback_request: 'feedback request',
  linkedin_note: 'LinkedIn connection note',
  keep_in_touch: 'keep-in-touch note',
  silver_medalist: 'check-in note',
  follow_up: 'follow-up',
};

// Pure and free of schemas, so the web app's first page can ask without loading zod.
export { MESSAGE_KIND_FOR_STEP, stepKindsFulfilledBy } from './step-messages';

/**
 * Marking a step done. Link what fulfilled it (a sent message, a logged interaction); with
 * neither, a step that means writing to someone logs an interaction with them unless
 * `logInteraction` is false, so keeping in touch counts on from it.
 */
export const taskDoneSchema = z
  .object({
    messageId: entityId.optional(),
    interactionId: entityId.optional(),
    logInteraction: z.boolean({ error: 'must be true or false' }).optional(),
    channel: z
      .enum(INTERACTION_CHANNELS, { error: `must be one of ${INTERACTION_CHANNELS.join(', ')}` })
      .optional(),
    summary: optionalText(5000),
  })
  .strict();
/** What marking a step done may say; every field optional (see {@link taskDoneSchema}). */
export type TaskDone = Partial<z.output<typeof taskDoneSchema>>;
