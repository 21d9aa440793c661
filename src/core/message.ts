import type { Instant } from './dates';
import type { MessageChannel, MessageKind, MessageStatus } from './enums';

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
  createdAt: Instant;
  updatedAt: Instant;
}
