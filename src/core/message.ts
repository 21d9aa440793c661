import { z } from 'zod';
import type { Instant } from './dates';
import {
  MESSAGE_CHANNELS,
  MESSAGE_KINDS,
  type InteractionChannel,
  type MessageChannel,
  type MessageKind,
  type MessageStatus,
} from './enums';
import {
  entityId,
  dateTime,
  optionalText,
  storable,
  STORABLE_TEXT_MESSAGE,
} from './schema-helpers';

export interface Message {
  id: string;
  applicationId: string | null;
  contactId: string | null;
  kind: MessageKind;
  channel: MessageChannel;
  recipient: string | null;
  subject: string | null;
  body: string;
  status: MessageStatus;
  sentAt: Instant | null;
  /** The email's Message-ID header, once it was sent by email from Rebound. */
  emailMessageId: string | null;
  /** The Message-ID this email answered, threading it under an earlier one. */
  inReplyTo: string | null;
  /** The thread's Message-IDs, oldest first (the References header). */
  references: string[];
  /** A send through the mail account set for later; null when none is. */
  scheduled: ScheduledSend | null;
  /** The last scheduled send that failed and why; cleared once the message goes or is rescheduled. */
  sendFailure: SendFailure | null;
  createdAt: Instant;
  updatedAt: Instant;
}

/** When a draft is set to go through the mail account, and how. */
export interface ScheduledSend {
  at: Instant;
  /** Start a new conversation instead of answering the last email to this person. */
  newThread: boolean;
  /** The plan step it fulfils; otherwise the matching open step is found when it goes. */
  taskId: string | null;
}

/** A scheduled send that did not go: when it was tried and what the mail server or Rebound said. */
export interface SendFailure {
  at: Instant;
  error: string;
}

const messageKind = z.enum(MESSAGE_KINDS, { error: `must be one of ${MESSAGE_KINDS.join(', ')}` });
const messageChannel = z.enum(MESSAGE_CHANNELS, {
  error: `must be one of ${MESSAGE_CHANNELS.join(', ')}`,
});
const optionalId = entityId.nullish().transform((v) => v ?? null);
/** A message's text as the API checks it; imports check records with it too. */
export const messageBody = z
  .string()
  .max(50_000, 'must be at most 50000 characters')
  .refine(storable, STORABLE_TEXT_MESSAGE);

export const messageInputSchema = z
  .object({
    kind: messageKind,
    channel: messageChannel.default('email'),
    applicationId: optionalId,
    contactId: optionalId,
    /** An email address or, for LinkedIn, the person's name. */
    recipient: optionalText(320),
    subject: optionalText(300),
    body: messageBody.default(''),
  })
  .strict();
export type MessageInput = z.output<typeof messageInputSchema>;

export const messagePatchSchema = z
  .object({
    kind: messageKind,
    channel: messageChannel,
    contactId: optionalId,
    recipient: optionalText(320),
    subject: optionalText(300),
    body: messageBody,
  })
  .partial()
  .strict();
export type MessagePatch = z.output<typeof messagePatchSchema>;

export const markSentSchema = z
  .object({
    /** When it went out; defaults to now. */
    sentAt: dateTime.optional(),
    /** The plan step this message fulfils; otherwise the matching open step is found. */
    taskId: entityId.optional(),
  })
  .strict();
export type MarkSent = z.output<typeof markSentSchema>;

export const sendMessageSchema = z
  .object({
    /** The plan step this message fulfils; otherwise the matching open step is found. */
    taskId: entityId.optional(),
    /** Start a new conversation instead of answering the last email to this person. */
    newThread: z.boolean({ error: 'must be true or false' }).default(false),
  })
  .strict();
export type SendMessageOptions = z.output<typeof sendMessageSchema>;

/**
 * Setting a draft to go later through the mail account. Without `at` it goes on the user's next
 * day at their reminder time ("tomorrow at 9:00"), after a night to let the news settle.
 */
export const scheduleSendSchema = sendMessageSchema.extend({
  /** When it goes; must be in the future. A time without an offset is in the user's zone. */
  at: dateTime.optional(),
});
export type ScheduleSendOptions = z.output<typeof scheduleSendSchema>;

/** A send that started longer ago than this was cut off (SMTP timeouts are far shorter). */
const SEND_CLAIM_MS = 2 * 60 * 1000;

/** Whether a send of a draft that started at `started` is still under way. */
export function sendInFlight(started: string | null, now: Date): boolean {
  return started !== null && now.getTime() - new Date(started).getTime() < SEND_CLAIM_MS;
}

/** Before this instant, a send that started was cut off: the draft may be sent again. */
export function staleSendBefore(now: Date): string {
  return new Date(now.getTime() - SEND_CLAIM_MS).toISOString();
}

/** The interaction channel a sent message is logged under. */
export function interactionChannelOf(channel: MessageChannel): InteractionChannel {
  return channel === 'email' ? 'email' : channel === 'linkedin' ? 'linkedin' : 'message';
}

export const MESSAGE_KIND_LABELS: Record<MessageKind, string> = {
  feedback_request: 'feedback request',
  thank_you: 'thank-you note',
  keep_in_touch: 'keep-in-touch note',
  linkedin_note: 'LinkedIn note',
  follow_up: 'follow-up',
  other: 'message',
};
