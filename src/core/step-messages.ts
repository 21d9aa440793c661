import type { MessageKind, TaskKind } from './enums';

/**
 * The message a plan step is fulfilled by, when it is one: a silver-medalist check-in is written
 * as a follow-up. The one place step kinds meet message kinds; everything else asks here.
 */
export const MESSAGE_KIND_FOR_STEP: Readonly<Partial<Record<TaskKind, MessageKind>>> = {
  thank_you: 'thank_you',
  feedback_request: 'feedback_request',
  linkedin_note: 'linkedin_note',
  keep_in_touch: 'keep_in_touch',
  silver_medalist: 'follow_up',
  follow_up: 'follow_up',
};

/** The plan steps a sent message of this kind can complete (a follow-up also does a check-in). */
export function stepKindsFulfilledBy(kind: MessageKind): TaskKind[] {
  return (Object.entries(MESSAGE_KIND_FOR_STEP) as [TaskKind, MessageKind][])
    .filter(([, message]) => message === kind)
    .map(([step]) => step);
}
