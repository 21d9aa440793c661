import { sql } from 'kysely';
import type { Message } from '../../core/message';
import type { Db } from '../database';
import type { MessageRow, MessageUpdate, NewMessageRow } from '../tables/messages';
import { readStringList, writeJson } from './json';

export function toMessage(row: MessageRow): Message {
  return {
    id: row.id,
    applicationId: row.application_id,
    contactId: row.contact_id,
    kind: row.kind,
    channel: row.channel,
    recipient: row.recipient,
    subject: row.subject,
    body: row.body,
    status: row.status,
    sentAt: row.sent_at,
    emailMessageId: row.email_message_id,
    inReplyTo: row.in_reply_to,
    references: readStringList(row.email_references),
    scheduled:
      row.scheduled_for === null
        ? null
        : {
            at: row.scheduled_for,
            newThread: row.scheduled_new_thread === 1,
            taskId: row.scheduled_task_id,
          },
    sendFailure:
      row.send_error === null || row.send_failed_at === null
        ? null
        : { at: row.send_failed_at, error: row.send_error },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function fromMessage(workspaceId: string, message: Message): NewMessageRow {
  return {
    workspace_id: workspaceId,
    id: message.id,
    application_id: message.applicationId,
    contact_id: message.contactId,
    kind: message.kind,
    channel: message.channel,
    recipient: message.recipient,
    subject: message.subject,
    body: message.body,
    status: message.status,
    sent_at: message.sentAt,
    email_message_id: message.emailMessageId,
    in_reply_to: message.inReplyTo,
    email_references: writeJson(message.references),
    ...scheduleColumns(message.scheduled),
    ...failureColumns(message.sendFailure),
    created_at: message.createdAt,
    updated_at: message.updatedAt,
  };
}

/** The columns that hold a scheduled send (all cleared when there is none). */
export function scheduleColumns(scheduled: Message['scheduled']) {
  return {
    scheduled_for: scheduled?.at ?? null,
    scheduled_task_id: scheduled?.taskId ?? null,
    scheduled_new_thread: scheduled?.newThread ? 1 : 0,
  };
}

/** The columns that hold a failed scheduled send (all cleared when there is none). */
export function failureColumns(failure: Message['sendFailure']) {
  return { send_error: failure?.error ?? null, send_failed_at: failure?.at ?? null };
}

export async function insertMessage(db: Db, workspaceId: string, message: Message) {
  await db.insertInto('messages').values(fromMessage(workspaceId, message)).execute();
}

export async function listMessagesOfApplication(
  db: Db,
  workspaceId: string,
  applicationId: string,
): Promise<Message[]> {
  const rows = await db
    .selectFrom('messages')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('application_id', '=', applicationId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(toMessage);
}

export async function findMessage(
  db: Db,
  workspaceId: string,
  id: string,
): Promise<Message | undefined> {
  const row = await db
    .selectFrom('messages')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toMessage(row);
}

export interface MessageQuery {
  applicationId?: string;
  contactId?: string;
  status?: Message['status'];
  kind?: Message['kind'];
  /** Only drafts set to go later, or those whose scheduled send failed. */
  sendState?: 'scheduled' | 'failed';
  limit: number;
  offset: number;
}

/** Messages, most recently changed first. */
export async function queryMessages(
  db: Db,
  workspaceId: string,
  query: MessageQuery,
): Promise<Message[]> {
  let select = db.selectFrom('messages').selectAll().where('workspace_id', '=', workspaceId);
  if (query.applicationId !== undefined) {
    select = select.where('application_id', '=', query.applicationId);
  }
  if (query.contactId !== undefined) select = select.where('contact_id', '=', query.contactId);
  if (query.status !== undefined) select = select.where('status', '=', query.status);
  if (query.kind !== undefined) select = select.where('kind', '=', query.kind);
  if (query.sendState === 'scheduled') select = select.where('scheduled_for', 'is not', null);
  if (query.sendState === 'failed') {
    select = select.where('send_error', 'is not', null).where('status', '=', 'draft');
  }
  const rows = await select
    .orderBy('updated_at', 'desc')
    .orderBy('id')
    .limit(query.limit)
    .offset(query.offset)
    .execute();
  return rows.map(toMessage);
}

export async function updateMessageRow(
  db: Db,
  workspaceId: string,
  id: string,
  update: MessageUpdate,
): Promise<void> {
  await db
    .updateTable('messages')
    .set(update)
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}

/**
 * The last email sent to the same person about the same application (or about none): the one a
 * new email to them answers. The person is the contact, or, without one, the same address.
 */
export async function findThreadParent(
  db: Db,
  workspaceId: string,
  message: Pick<Message, 'id' | 'contactId' | 'recipient' | 'applicationId'>,
): Promise<Message | undefined> {
  let select = db
    .selectFrom('messages')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '!=', message.id)
    .where('channel', '=', 'email')
    .where('status', 'in', ['sent', 'replied'])
    .where('email_message_id', 'is not', null);
  if (message.contactId !== null) select = select.where('contact_id', '=', message.contactId);
  else if (message.recipient !== null) {
    select = select.where(sql<boolean>`lower(recipient) = ${message.recipient.toLowerCase()}`);
  } else return undefined;
  select =
    message.applicationId === null
      ? select.where('application_id', 'is', null)
      : select.where('application_id', '=', message.applicationId);
  const row = await select.orderBy('sent_at', 'desc').orderBy('id', 'desc').executeTakeFirst();
  return row && toMessage(row);
}

/** When a send of this draft began, if one is under way (or was cut off). */
export async function sendStartedAt(
  db: Db,
  workspaceId: string,
  id: string,
): Promise<string | null> {
  const row = await db
    .selectFrom('messages')
    .select('send_started_at')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.send_started_at ?? null;
}

/** A message that went out, with the names the coach compares against. */
export interface SentMessage {
  message: Message;
  /** The contact's name, when the message was linked to one. */
  contactName: string | null;
  /** The company of the application it was about, if any. */
  company: string | null;
}

/** The most recently sent (or replied-to) messages of a workspace, newest first. */
export async function listRecentlySent(
  db: Db,
  workspaceId: string,
  limit: number,
): Promise<SentMessage[]> {
  const rows = await db
    .selectFrom('messages as m')
    .leftJoin('contacts as c', (join) =>
      join.onRef('c.workspace_id', '=', 'm.workspace_id').onRef('c.id', '=', 'm.contact_id'),
    )
    .leftJoin('applications as a', (join) =>
      join.onRef('a.workspace_id', '=', 'm.workspace_id').onRef('a.id', '=', 'm.application_id'),
    )
    .selectAll('m')
    .select(['c.name as contact_name', 'a.company as company'])
    .where('m.workspace_id', '=', workspaceId)
    .where('m.status', 'in', ['sent', 'replied'])
    .orderBy('m.sent_at', 'desc')
    .orderBy('m.id')
    .limit(limit)
    .execute();
  return rows.map(({ contact_name, company, ...row }) => ({
    message: toMessage(row),
    contactName: contact_name,
    company,
  }));
}

/** A scheduled send that is due: its message and workspace. */
export interface DueSend {
  workspaceId: string;
  id: string;
}

/**
 * Scheduled sends that are due, across every workspace, oldest first: drafts whose time has come
 * and that no one is sending now (a send started before `staleBefore` was cut off).
 */
export async function listDueSends(
  db: Db,
  { now, staleBefore, limit }: { now: string; staleBefore: string; limit: number },
): Promise<DueSend[]> {
  const rows = await db
    .selectFrom('messages')
    .select(['workspace_id', 'id'])
    .where('scheduled_for', '<=', now)
    .where('status', '=', 'draft')
    .where((eb) =>
      eb.or([eb('send_started_at', 'is', null), eb('send_started_at', '<', staleBefore)]),
    )
    .orderBy('scheduled_for')
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((row) => ({ workspaceId: row.workspace_id, id: row.id }));
}

/**
 * Takes a due scheduled send for this caller alone: one conditional update, so when two runners
 * (two servers on one database) reach for the same message, exactly one gets it.
 */
export async function claimDueSend(
  db: Db,
  workspaceId: string,
  id: string,
  { now, staleBefore }: { now: string; staleBefore: string },
): Promise<boolean> {
  const result = await db
    .updateTable('messages')
    .set({ send_started_at: now })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .where('scheduled_for', '<=', now)
    .where((eb) =>
      eb.or([eb('send_started_at', 'is', null), eb('send_started_at', '<', staleBefore)]),
    )
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

/**
 * Calls off a scheduled send unless one is under way, in one conditional update (so it cannot
 * slip between a runner's claim and its send). False when nothing was scheduled or it is going.
 */
export async function unscheduleSend(
  db: Db,
  workspaceId: string,
  id: string,
  { now, staleBefore }: { now: string; staleBefore: string },
): Promise<boolean> {
  const result = await db
    .updateTable('messages')
    .set({ ...scheduleColumns(null), updated_at: now })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .where('scheduled_for', 'is not', null)
    .where((eb) =>
      eb.or([eb('send_started_at', 'is', null), eb('send_started_at', '<', staleBefore)]),
    )
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}
