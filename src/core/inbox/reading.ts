import { companyKey } from './employer';
import type { InboxMail, Mailbox } from './mail';
import { readMailBody } from './mail-body';
import { domainOf, isPersonalDomain } from './senders';

/**
 * Who forwarded a message: the user themself (from one of their addresses to another), a
 * person writing from a personal address (a friend passing on their own news), or someone at a
 * business (a recruiting agency passing on a client's invitation, with a note of their own).
 */
export type ForwardedBy = 'self' | 'person' | 'business';

/** A message as the classifier reads it. */
export interface MailReading {
  /** Who wrote what is read: the original sender of a forward the user passed on. */
  sender: Mailbox | null;
  subject: string;
  /** The lines that carry the news, quoted mail removed. */
  lines: string[];
  signals: InboxMail['signals'];
  attachments: readonly string[];
  reply: boolean;
  forwardedBy: ForwardedBy | null;
  /** The sender of the forwarded message, when there is one. */
  forwardedFrom: Mailbox | null;
  /** The alt text of the sender's logo atop an HTML body; never a forward's. */
  logo: string | null;
}

const FORWARD_SUBJECT = /^\s*(?:fwd?|wg|tr|rv|enc|doorst|vs|vb|i)\s*:/i;
const REPLY_SUBJECT = /^\s*(?:re|aw|sv|antw|r|rif)\s*:/i;

const nameKey = (box: Mailbox | null) => (box?.name ? companyKey(box.name) : '');
const localPart = (box: Mailbox) => box.address.slice(0, box.address.indexOf('@'));

/** The same person, by address, display name or mailbox name. */
function samePerson(a: Mailbox, b: Mailbox): boolean {
  if (a.address !== '' && a.address === b.address) return true;
  if (nameKey(a) !== '' && nameKey(a) === nameKey(b)) return true;
  return a.address !== '' && b.address !== '' && localPart(a) === localPart(b);
}

function forwarder(mail: InboxMail): ForwardedBy {
  const from = mail.from;
  if (from === null || mail.to.length === 0 || mail.to.some((to) => samePerson(from, to)))
    return 'self';
  return isPersonalDomain(domainOf(from.address)) ? 'person' : 'business';
}

/**
 * What the classifier reads of a message: the body without quoted mail and, for a forward, the
 * forwarded message. A forward the user passed on is read as the original, with its sender and
 * subject; one from someone at a business is their own message, note and forward together; one
 * from a friend stays theirs (the news in it is about someone else).
 */
export function readMail(mail: InboxMail): MailReading {
  const body = readMailBody(mail.text, FORWARD_SUBJECT.test(mail.subject));
  const base = {
    signals: mail.signals,
    attachments: mail.attachments,
    reply: REPLY_SUBJECT.test(mail.subject),
  };
  const forwarded = body.forwarded;
  if (forwarded === null)
    return {
      ...base,
      sender: mail.from,
      subject: mail.subject,
      lines: body.lines,
      forwardedBy: null,
      forwardedFrom: null,
      logo: mail.logo ?? null,
    };
  const by = forwarder(mail);
  // A forward's own list headers belong to the user's mail program, not to the original.
  const signals = { ...mail.signals, listUnsubscribe: false, listId: null };
  if (by === 'business')
    return {
      ...base,
      signals,
      sender: mail.from,
      subject: mail.subject,
      lines: [...forwarded.note, ...body.lines],
      forwardedBy: by,
      forwardedFrom: forwarded.from,
      logo: null,
    };
  return {
    ...base,
    signals,
    forwardedFrom: forwarded.from,
    sender: by === 'self' ? (forwarded.from ?? mail.from) : mail.from,
    subject: forwarded.subject ?? mail.subject,
    lines: by === 'self' ? body.lines : [...forwarded.note, ...body.lines],
    forwardedBy: by,
    logo: null,
  };
}
