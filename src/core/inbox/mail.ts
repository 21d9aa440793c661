import PostalMime from 'postal-mime';
import { leadingImageAlt, readHtml } from './html-text';

/** A mailbox as a message names it. */
export interface Mailbox {
  name: string | null;
  address: string;
}

/**
 * One email reduced to what the inbox reads: decoded headers (encoded words and charsets
 * resolved), the sender, and the body as plain text (from the HTML part when that is all there is).
 */
export interface InboxMail {
  /** As in the header, with its angle brackets; null when the message has none. */
  messageId: string | null;
  from: Mailbox | null;
  replyTo: Mailbox | null;
  to: Mailbox[];
  subject: string;
  /** ISO-8601 UTC, from the Date header; null when missing or unreadable. */
  date: string | null;
  text: string;
  /** File names of the attachments (an offer letter, an invitation.ics). */
  attachments: string[];
  /** The alt text of the logo that opens an HTML body, when there is one. */
  logo?: string | null;
  /** Headers that say a program sent the message or that it went to a list. */
  signals: {
    autoSubmitted: string | null;
    precedence: string | null;
    listId: string | null;
    listUnsubscribe: boolean;
    mailer: string | null;
    /** It carries a calendar invitation (a text/calendar part). */
    calendar: boolean;
  };
}

type Address = NonNullable<Awaited<ReturnType<typeof PostalMime.parse>>['from']>;

function mailbox(address: Address | undefined): Mailbox | null {
  if (!address) return null;
  const box = address.address === undefined ? address.group[0] : address;
  if (!box || !box.address) return null;
  return {
    name: box.name.trim() === '' ? null : box.name.trim(),
    address: box.address.toLowerCase(),
  };
}

function isoDate(value: string | undefined): string | null {
  if (!value) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/**
 * Parses one RFC 5322 message (multipart, quoted-printable, base64, encoded-word headers and
 * other charsets are postal-mime's job). Never throws on odd mail: what cannot be read is empty.
 */
export async function parseMail(raw: string | Uint8Array): Promise<InboxMail> {
  const email = await PostalMime.parse(raw);
  const header = (key: string) => email.headers.find((h) => h.key === key)?.value.trim() ?? null;
  // An HTML-only body is read once for its text and its logo; beside a text part, only the top
  // of the HTML is read, for the logo.
  const hasText = email.text !== undefined && email.text.trim() !== '';
  const html = email.html && !hasText ? readHtml(email.html) : null;
  const text = hasText ? (email.text ?? '') : (html?.text ?? '');
  const logo = html ? html.logo : email.html ? leadingImageAlt(email.html) : null;
  const replyTo = email.replyTo?.[0];
  return {
    messageId: email.messageId?.trim() || null,
    from: mailbox(email.from ?? email.sender),
    replyTo: mailbox(replyTo),
    to: (email.to ?? []).map(mailbox).filter((m): m is Mailbox => m !== null),
    subject: (email.subject ?? '').replace(/\s+/g, ' ').trim(),
    date: isoDate(email.date),
    text: text.replace(/\r\n?/g, '\n'),
    attachments: email.attachments.flatMap((a) => (a.filename ? [a.filename] : [])),
    logo,
    signals: {
      autoSubmitted: header('auto-submitted'),
      precedence: header('precedence'),
      listId: header('list-id'),
      listUnsubscribe: header('list-unsubscribe') !== null,
      mailer: header('x-mailer'),
      calendar: email.attachments.some(
        (a) => a.mimeType === 'text/calendar' || a.mimeType === 'application/ics',
      ),
    },
  };
}
