import type { Message } from '../../core/message';
import type { Db } from '../database';
import type { MessageRow, NewMessageRow } from '../tables/messages';

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
    created_at: message.createdAt,
    updated_at: message.updatedAt,
  };
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
