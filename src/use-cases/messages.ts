import { AppError } from '../core/app-error';
import { newId } from '../core/ids';
import {
  interactionChannelOf,
  MESSAGE_KIND_LABELS,
  type MarkSent,
  type Message,
  type MessageInput,
  type MessagePatch,
} from '../core/message';
import type { Interaction } from '../core/interaction';
import type { Task } from '../core/task';
import type { TaskKind } from '../core/enums';
import { TASK_KINDS } from '../core/enums';
import type { Db } from '../storage/database';
import { findApplication } from '../storage/repositories/applications';
import {
  markSharesOfMessageSent,
  releaseSharesOfMessage,
} from '../storage/repositories/article-shares';
import { insertInteraction, refreshLastInteraction } from '../storage/repositories/interactions';
import {
  findMessage,
  insertMessage,
  queryMessages,
  updateMessageRow,
  type MessageQuery,
} from '../storage/repositories/messages';
import { completeTaskRow, findOpenTaskFor, findTask } from '../storage/repositories/tasks';
import { requireContact } from './contacts';
import { inTransaction, nowInstant, type UseCaseDeps } from './deps';
import { type Page, pageOf } from './paging';

export async function requireMessage(db: Db, workspaceId: string, id: string): Promise<Message> {
  const message = await findMessage(db, workspaceId, id);
  if (!message) throw AppError.notFound('message', id);
  return message;
}

async function checkLinks(
  db: Db,
  workspaceId: string,
  links: { applicationId?: string | null; contactId?: string | null },
) {
  if (links.applicationId) {
    if (!(await findApplication(db, workspaceId, links.applicationId))) {
      throw AppError.notFound('application', links.applicationId, 'applicationId');
    }
  }
  if (links.contactId) return requireContact(db, workspaceId, links.contactId, 'contactId');
  return undefined;
}

/** Saves a draft. An email to a known contact is addressed to their email by default. */
export async function createMessage(deps: UseCaseDeps, input: MessageInput): Promise<Message> {
  return inTransaction(deps.db, async (trx) => {
    const contact = await checkLinks(trx, deps.workspaceId, input);
    const now = nowInstant(deps);
    const message: Message = {
      id: newId('msg'),
      applicationId: input.applicationId,
      contactId: input.contactId,
      kind: input.kind,
      channel: input.channel,
      recipient:
        input.recipient ??
        (input.channel === 'email' ? (contact?.email ?? null) : (contact?.name ?? null)),
      subject: input.subject,
      body: input.body,
      status: 'draft',
      sentAt: null,
      emailMessageId: null,
      inReplyTo: null,
      references: [],
      createdAt: now,
      updatedAt: now,
    };
    await insertMessage(trx, deps.workspaceId, message);
    return message;
  });
}

export async function getMessage(deps: UseCaseDeps, { id }: { id: string }): Promise<Message> {
  return requireMessage(deps.db, deps.workspaceId, id);
}

export async function listMessages(
  deps: UseCaseDeps,
  options: Omit<MessageQuery, 'limit'> & { limit: number },
): Promise<Page<Message>> {
  const rows = await queryMessages(deps.db, deps.workspaceId, {
    ...options,
    limit: options.limit + 1,
  });
  return pageOf(rows, options);
}

/** Edits a draft. A message that went out is a record of what was said and stays as sent. */
export async function updateMessage(
  deps: UseCaseDeps,
  { id, patch }: { id: string; patch: MessagePatch },
): Promise<Message> {
  return inTransaction(deps.db, async (trx) => {
    const current = await requireMessage(trx, deps.workspaceId, id);
    if (current.status !== 'draft') {
      throw new AppError(
        'conflict',
        'This message was already sent, so it can no longer be edited.',
        {
          field: 'status',
        },
      );
    }
    await checkLinks(trx, deps.workspaceId, patch);
    const next: Message = { ...current, ...patch, updatedAt: nowInstant(deps) };
    await updateMessageRow(trx, deps.workspaceId, id, {
      kind: next.kind,
      channel: next.channel,
      contact_id: next.contactId,
      recipient: next.recipient,
      subject: next.subject,
      body: next.body,
      updated_at: next.updatedAt,
    });
    return next;
  });
}

/** Deletes a message; interactions and plan steps that pointed at it stay, unlinked. */
export async function deleteMessage(deps: UseCaseDeps, { id }: { id: string }) {
  await inTransaction(deps.db, async (trx) => {
    await requireMessage(trx, deps.workspaceId, id);
    await releaseSharesOfMessage(trx, deps.workspaceId, id);
    for (const table of ['interactions', 'tasks'] as const) {
      await trx
        .updateTable(table)
        .set({ message_id: null })
        .where('workspace_id', '=', deps.workspaceId)
        .where('message_id', '=', id)
        .execute();
    }
    await trx
      .deleteFrom('messages')
      .where('workspace_id', '=', deps.workspaceId)
      .where('id', '=', id)
      .execute();
  });
}

export interface MarkSentResult {
  message: Message;
  /** The interaction logged with the recipient, when the message has a contact. */
  interaction: Interaction | null;
  /** The plan step it completed, if any. */
  task: Task | null;
}

const taskKindOf = (kind: Message['kind']): TaskKind | undefined =>
  (TASK_KINDS as readonly string[]).includes(kind) ? (kind as TaskKind) : undefined;

/**
 * Records that a draft went out: the message becomes sent, articles it carries are recorded as
 * shared, the contact gets an interaction, and the plan step it fulfils (given, or the matching
 * open one) is done — all in one transaction.
 */
export async function markMessageSent(
  deps: UseCaseDeps,
  { id, sentAt, taskId }: { id: string } & MarkSent,
): Promise<MarkSentResult> {
  return inTransaction(deps.db, async (trx) => {
    const current = await requireMessage(trx, deps.workspaceId, id);
    if (current.status !== 'draft') {
      throw new AppError('conflict', 'This message is already marked as sent.', {
        field: 'status',
      });
    }
    const now = nowInstant(deps);
    const at = sentAt ?? now;
    const message: Message = { ...current, status: 'sent', sentAt: at, updatedAt: now };
    await updateMessageRow(trx, deps.workspaceId, id, {
      status: 'sent',
      sent_at: at,
      updated_at: now,
    });

    // Articles the message carried are now shared with its recipient.
    await markSharesOfMessageSent(trx, deps.workspaceId, {
      messageId: id,
      contactId: message.contactId,
      at,
    });

    let interaction: Interaction | null = null;
    if (message.contactId !== null) {
      interaction = {
        id: newId('int'),
        contactId: message.contactId,
        applicationId: message.applicationId,
        occurredAt: at,
        channel: interactionChannelOf(message.channel),
        direction: 'outbound',
        summary: `Sent a ${MESSAGE_KIND_LABELS[message.kind]}${message.subject ? `: ${message.subject}` : ''}`,
        messageId: message.id,
        createdAt: now,
      };
      await insertInteraction(trx, deps.workspaceId, interaction);
      await refreshLastInteraction(trx, deps.workspaceId, message.contactId);
    }

    let task: Task | undefined;
    if (taskId !== undefined) {
      task = await findTask(trx, deps.workspaceId, taskId);
      if (!task) throw AppError.notFound('task', taskId, 'taskId');
    } else {
      const kind = taskKindOf(message.kind);
      task =
        kind === undefined
          ? undefined
          : await findOpenTaskFor(trx, deps.workspaceId, {
              applicationId: message.applicationId,
              contactId: message.contactId,
              kind,
            });
    }
    if (task) {
      await completeTaskRow(trx, deps.workspaceId, task.id, {
        at: now,
        messageId: message.id,
        interactionId: interaction?.id ?? null,
      });
      task = {
        ...task,
        status: 'done',
        doneAt: now,
        messageId: message.id,
        interactionId: interaction?.id ?? null,
        updatedAt: now,
      };
    }
    return { message, interaction, task: task ?? null };
  });
}

/** Records that the recipient answered. */
export async function markMessageReplied(
  deps: UseCaseDeps,
  { id }: { id: string },
): Promise<Message> {
  return inTransaction(deps.db, async (trx) => {
    const current = await requireMessage(trx, deps.workspaceId, id);
    if (current.status === 'draft') {
      throw new AppError('conflict', 'A draft cannot have a reply; mark it as sent first.', {
        field: 'status',
      });
    }
    const now = nowInstant(deps);
    await updateMessageRow(trx, deps.workspaceId, id, { status: 'replied', updated_at: now });
    return { ...current, status: 'replied', updatedAt: now };
  });
}
