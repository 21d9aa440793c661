import { AppError } from '../../core/app-error';
import { buildMailtoUrl, MAILTO_SAFE_LENGTH } from '../../core/mail/mailto';
import { type MailAddress, parseMailbox } from '../../core/mail/smtp-settings';
import { newEmailMessageId, replySubject, threadHeadersFor } from '../../core/mail/threading';
import { type Message, type SendMessageOptions, sendInFlight } from '../../core/message';
import type { Db } from '../../storage/database';
import { findContact } from '../../storage/repositories/contacts';
import {
  findThreadParent,
  sendStartedAt,
  updateMessageRow,
} from '../../storage/repositories/messages';
import { writeJson } from '../../storage/repositories/json';
import { findTask } from '../../storage/repositories/tasks';
import { inTransaction, nowInstant, type UseCaseDeps, withDb } from '../deps';
import { markMessageSent, type MarkSentResult, requireMessage } from '../messages';
import type { MailDelivery, MailTransport, OutgoingMail } from './mail-port';
import { exactly } from '../date-times';

/** The recipient as a mailbox, with the contact's name, or null when it is not an address. */
async function recipientOf(
  db: Db,
  workspaceId: string,
  message: Message,
): Promise<MailAddress | null> {
  const mailbox = message.recipient === null ? undefined : parseMailbox(message.recipient);
  if (mailbox === undefined) return null;
  const contact =
    message.contactId === null ? undefined : await findContact(db, workspaceId, message.contactId);
  return { name: mailbox.name ?? contact?.name ?? null, address: mailbox.address };
}

/** The email a message becomes: sender, recipient, subject (answers get "Re: …"), threading. */
async function mailFor(
  deps: UseCaseDeps,
  message: Message,
  { from, newThread, draft }: { from: MailAddress | null; newThread: boolean; draft: boolean },
): Promise<OutgoingMail> {
  const parent = newThread ? undefined : await findThreadParent(deps.db, deps.workspaceId, message);
  // A draft may hold a Message-ID from a send that was cut off; its thread is worked out afresh.
  const sent = message.status !== 'draft' && message.emailMessageId !== null;
  const thread = sent
    ? { inReplyTo: message.inReplyTo, references: message.references }
    : threadHeadersFor(parent);
  const subject = replySubject(message.subject, parent);
  const now = deps.clock.now();
  return {
    from,
    to: await recipientOf(deps.db, deps.workspaceId, message),
    subject: subject ?? '',
    text: message.body,
    messageId: message.emailMessageId ?? newEmailMessageId(from?.address ?? null, now),
    inReplyTo: thread.inReplyTo,
    references: thread.references,
    date: message.sentAt !== null ? new Date(message.sentAt) : now,
    draft,
  };
}

/** The email a message is, for saving as .eml: a draft opens for editing in the mail program. */
export async function composeMessageMail(
  deps: UseCaseDeps,
  { id, from }: { id: string; from: MailAddress | null },
): Promise<OutgoingMail> {
  const message = await requireMessage(deps.db, deps.workspaceId, id);
  return mailFor(deps, message, { from, newThread: false, draft: message.status === 'draft' });
}

/** A `mailto:` link that opens the user's own mail program with the message filled in. */
export async function messageMailtoUrl(deps: UseCaseDeps, { id }: { id: string }) {
  const message = await requireMessage(deps.db, deps.workspaceId, id);
  const to = await recipientOf(deps.db, deps.workspaceId, message);
  const url = buildMailtoUrl({
    to: to ? [to.address] : [],
    subject: message.subject,
    body: message.body,
  });
  return { url, length: url.length, tooLong: url.length > MAILTO_SAFE_LENGTH };
}

/**
 * Checks a draft can go by email and returns the email it becomes, naming the field to fix when it
 * cannot: only email drafts with a text, a recipient's address and a subject are sent.
 */
export async function prepareMail(
  deps: UseCaseDeps,
  message: Message,
  options: SendMessageOptions & { from: MailAddress | null },
): Promise<OutgoingMail> {
  if (message.status !== 'draft') {
    throw new AppError('conflict', 'This message was already sent.', { field: 'status' });
  }
  if (message.channel !== 'email') {
    throw AppError.validation(
      'channel',
      `is ${message.channel}; only email messages can be sent from Rebound`,
    );
  }
  if (message.body.trim() === '')
    throw AppError.validation('body', 'is empty; write the message first');
  if (
    options.taskId !== undefined &&
    !(await findTask(deps.db, deps.workspaceId, options.taskId))
  ) {
    throw new AppError('not_found', `No task with id ${options.taskId}.`, { field: 'taskId' });
  }
  const mail = await mailFor(deps, message, {
    from: options.from,
    newThread: options.newThread,
    draft: false,
  });
  if (mail.to === null) {
    throw AppError.validation('recipient', 'needs an email address to send this message by email');
  }
  if (mail.subject.trim() === '') {
    throw AppError.validation('subject', 'is empty; an email needs a subject');
  }
  return mail;
}

/**
 * Marks the draft as being sent, so a second click cannot send it twice, and returns the email.
 * The email's Message-ID is kept with the draft from here on: if the process dies after the
 * server took the mail but before it was recorded, sending again reuses it, and mail systems
 * that drop a second copy of a Message-ID they already delivered (Gmail does) show it once.
 */
async function claim(
  deps: UseCaseDeps,
  id: string,
  options: SendMessageOptions & { from: MailAddress },
) {
  return inTransaction(deps.db, async (trx) => {
    const message = await requireMessage(trx, deps.workspaceId, id);
    if (message.status !== 'draft') {
      throw new AppError('conflict', 'This message was already sent.', { field: 'status' });
    }
    if (sendInFlight(await sendStartedAt(trx, deps.workspaceId, id), deps.clock.now())) {
      throw new AppError('conflict', 'This message is being sent right now.', { field: 'status' });
    }
    const mail = await prepareMail(withDb(deps, trx), message, options);
    await updateMessageRow(trx, deps.workspaceId, id, {
      send_started_at: nowInstant(deps),
      email_message_id: mail.messageId,
    });
    // Kept after a failure only when it came from a send that was cut off (it may be out there).
    return { mail, keepMessageId: message.emailMessageId !== null };
  });
}

/** Lets go of a send that failed: the draft can be sent again at once. */
export async function releaseClaim(
  deps: UseCaseDeps,
  id: string,
  { mail, keepMessageId }: { mail: OutgoingMail; keepMessageId: boolean },
) {
  await updateMessageRow(deps.db, deps.workspaceId, id, {
    send_started_at: null,
    email_message_id: keepMessageId ? mail.messageId : null,
  });
}

/**
 * Records a delivered email in one transaction: its Message-ID and thread are kept, the message
 * becomes sent, the interaction is logged and the plan step completed.
 */
export async function recordDelivery(
  deps: UseCaseDeps,
  id: string,
  { mail, delivery, taskId }: { mail: OutgoingMail; delivery: MailDelivery; taskId?: string },
): Promise<SendMessageResult> {
  return inTransaction(deps.db, async (trx) => {
    await updateMessageRow(trx, deps.workspaceId, id, {
      subject: mail.subject,
      email_message_id: mail.messageId,
      in_reply_to: mail.inReplyTo,
      email_references: writeJson(mail.references),
      send_started_at: null,
    });
    const result = await markMessageSent(withDb(deps, trx), {
      id,
      sentAt: exactly(mail.date.toISOString()),
      ...(taskId !== undefined && { taskId }),
    });
    const message: Message = {
      ...result.message,
      subject: mail.subject,
      emailMessageId: mail.messageId,
      inReplyTo: mail.inReplyTo,
      references: mail.references,
    };
    return { ...result, message, delivery };
  });
}

export interface SendMessageResult extends MarkSentResult {
  delivery: MailDelivery;
}

/**
 * Sends a draft through the user's mail server, then — in one transaction — records it as sent
 * with its Message-ID and thread, logs the interaction and completes the plan step. If sending
 * fails, the message stays a draft and the error says in words what went wrong.
 */
export async function sendMessage(
  deps: UseCaseDeps,
  {
    id,
    transport,
    from,
    ...options
  }: { id: string; transport: MailTransport; from: MailAddress } & SendMessageOptions,
): Promise<SendMessageResult> {
  const claimed = await claim(deps, id, { ...options, from });
  let delivery: MailDelivery;
  try {
    delivery = await transport.send(claimed.mail);
  } catch (error) {
    await releaseClaim(deps, id, claimed);
    throw error;
  }
  return recordDelivery(deps, id, {
    mail: claimed.mail,
    delivery,
    ...(options.taskId !== undefined && { taskId: options.taskId }),
  });
}
