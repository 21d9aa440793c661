import type { MailAddress } from '../../core/mail/smtp-settings';

/** One email as Rebound hands it to a mail library: plain UTF-8 text, threading headers. */
export interface OutgoingMail {
  /** Null for a draft saved as .eml before an account is set up: the mail program fills it in. */
  from: MailAddress | null;
  /** Null only for a draft saved as .eml with no address yet. */
  to: MailAddress | null;
  subject: string;
  text: string;
  /** `<…@…>` as in the Message-ID header. */
  messageId: string;
  inReplyTo: string | null;
  references: string[];
  date: Date;
  /** Not sent yet: a saved .eml opens for editing (`X-Unsent: 1`). */
  draft: boolean;
  /** More header fields, such as a digest's `List-Unsubscribe`; none by default. */
  headers?: Readonly<Record<string, string>>;
}

/** What the server said when it took the mail. */
export interface MailDelivery {
  accepted: string[];
  response: string;
}

/**
 * The way out to the user's mail server. Implemented outside the use cases (runtime/mail); a
 * failure rejects with an AppError whose message says in words what went wrong.
 */
export interface MailTransport {
  send(mail: OutgoingMail): Promise<MailDelivery>;
}
