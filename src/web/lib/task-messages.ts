import type { MessageKind, TaskKind } from '../../core/enums';

/** The message a plan step is fulfilled by, when it is one: a check-in is a follow-up. */
export const MESSAGE_FOR_TASK: Partial<Record<TaskKind, MessageKind>> = {
  thank_you: 'thank_you',
  feedback_request: 'feedback_request',
  linkedin_note: 'linkedin_note',
  keep_in_touch: 'keep_in_touch',
  silver_medalist: 'follow_up',
  follow_up: 'follow_up',
};
