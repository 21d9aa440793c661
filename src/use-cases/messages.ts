import { AppError } from '../core/app-error';
import { newId } from '../core/ids';
import {
  interactionChannelOf,
  MESSAGE_KIND_LABELS,
  sendInFlight,
  type MarkSent,
  type Message,
  type MessageInput,
  type MessagePatch,
} from '../core/message';
import type { Interaction } from '../core/interaction';
import type { Task } from '../core/task';
import { stepKindsFulfilledBy } from '../core/task';
import type { Db } from '../storage/database';
import { findApplication } from '../storage/repositories/applications';
import {
  deleteInteractionRow,
  insertInteraction,
  listInteractionsOfMessage,
  refreshLastInteraction,
} from '../storage/repositories/interactions';
import {
  failureColumns,
  findMessage,
  insertMessage,
  queryMessages,
  scheduleColumns,
  sendStartedAt,
  updateMessageRow,
  type MessageQuery,
} from '../storage/repositories/messages';
import {
  completeTaskRow,
  findOpenTaskFor,
  findTask,
  listTasksDoneByMessage,
  unlinkInteractionFromTasks,
  updateTaskRow,
} from '../storage/repositories/tasks';
import { requireContact } from './contacts';
import { inTransaction, nowInstant, type UseCaseDeps } from './deps';
import { type Page, pageOf } from './paging';
import { lockForWrite } from '../storage/write-lock';
import { resolveUserTime } from './date-times';

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
      scheduled: null,
      sendFailure: null,
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
    // What is going out now is what gets recorded; an edit would not be in the email.
    if (sendInFlight(await sendStartedAt(trx, deps.workspaceId, id), deps.clock.now())) {
      throw new AppError('conflict', 'This message is being sent right now.', { field: 'status' });
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

/**
 * Records that a draft went out: the message becomes sent, the contact gets an interaction, and
 * the plan step it fulfils (given, or the matching open one) is done — all in one transaction.
 * A send it had scheduled is off, and an earlier failed one forgotten.
 */
export async function markMessageSent(
  deps: UseCaseDeps,
  { id, sentAt, taskId }: { id: string } & MarkSent,
): Promise<MarkSentResult> {
  return inTransaction(deps.db, async (trx) => {
    // A double click logs one touchpoint; the second is told the message is already sent.
    await lockForWrite(trx, deps.workspaceId, { kind: 'message', id });
    const current = await requireMessage(trx, deps.workspaceId, id);
    if (current.status !== 'draft') {
      throw new AppError('conflict', 'This message is already marked as sent.', {
        field: 'status',
      });
    }
    const now = nowInstant(deps);
    const at = (await resolveUserTime(trx, deps.workspaceId, 'sentAt', sentAt)) ?? now;
    const message: Message = {
      ...current,
      status: 'sent',
      sentAt: at,
      scheduled: null,
      sendFailure: null,
      updatedAt: now,
    };
    await updateMessageRow(trx, deps.workspaceId, id, {
      status: 'sent',
      sent_at: at,
      ...scheduleColumns(null),
      ...failureColumns(null),
      updated_at: now,
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
      task = await findStepFulfilledBy(trx, deps.workspaceId, message);
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

/** The open step of the earliest-due kind this message does (a follow-up also does a check-in). */
async function findStepFulfilledBy(db: Db, workspaceId: string, message: Message) {
  const open: Task[] = [];
  for (const kind of stepKindsFulfilledBy(message.kind)) {
    const task = await findOpenTaskFor(db, workspaceId, {
      applicationId: message.applicationId,
      contactId: message.contactId,
      kind,
    });
    if (task) open.push(task);
  }
  return open.sort((a, b) => (a.dueAt < b.dueAt ? -1 : a.dueAt > b.dueAt ? 1 : 0))[0];
}

export interface MarkNotSentResult {
  message: Message;
  /** The plan steps this message had completed, open again. */
  reopenedTasks: Task[];
  /** The interactions its sending had logged, now removed. */
  removedInteractionIds: string[];
}

/**
 * Takes back "Mark as sent" for a message that did not go after all: it is a draft again, the
 * interaction its sending logged goes (and the person's last contact is worked out again), and
 * the plan step it completed is open again — in one transaction. An email Rebound itself sent
 * went out for certain, so it stays sent.
 */
export async function markMessageNotSent(
  deps: UseCaseDeps,
  { id }: { id: string },
): Promise<MarkNotSentResult> {
  return inTransaction(deps.db, async (trx) => {
    const current = await requireMessage(trx, deps.workspaceId, id);
    if (current.status === 'draft') {
      throw new AppError('conflict', 'This message is not marked as sent.', { field: 'status' });
    }
    if (current.status === 'replied') {
      throw new AppError('conflict', 'This message has a reply, so it was sent.', {
        field: 'status',
      });
    }
    if (current.emailMessageId !== null) {
      throw new AppError(
        'conflict',
        'Rebound sent this message by email, and an email cannot be taken back; it stays sent.',
        { field: 'status' },
      );
    }
    const now = nowInstant(deps);
    const reopenedTasks = await reopenTasksDoneBy(trx, deps.workspaceId, current.id, now);
    const removedInteractionIds = await removeInteractionsOf(trx, deps.workspaceId, current.id);
    await updateMessageRow(trx, deps.workspaceId, id, {
      status: 'draft',
      sent_at: null,
      updated_at: now,
    });
    const message: Message = { ...current, status: 'draft', sentAt: null, updatedAt: now };
    return { message, reopenedTasks, removedInteractionIds };
  });
}

/** Deletes the interactions logged for a message and refreshes each person's last contact. */
async function removeInteractionsOf(db: Db, workspaceId: string, messageId: string) {
  const logged = await listInteractionsOfMessage(db, workspaceId, messageId);
  for (const interaction of logged) {
    await unlinkInteractionFromTasks(db, workspaceId, interaction.id);
    await deleteInteractionRow(db, workspaceId, interaction.id);
  }
  for (const contactId of new Set(logged.map((i) => i.contactId))) {
    await refreshLastInteraction(db, workspaceId, contactId);
  }
  return logged.map((i) => i.id);
}

/** Opens again the steps a message completed, unlinking it (as reopening a step does). */
async function reopenTasksDoneBy(db: Db, workspaceId: string, messageId: string, now: string) {
  const done = await listTasksDoneByMessage(db, workspaceId, messageId);
  for (const task of done) {
    await updateTaskRow(db, workspaceId, task.id, {
      status: 'open',
      done_at: null,
      message_id: null,
      interaction_id: null,
      updated_at: now,
    });
  }
  return done.map((task): Task => ({
    ...task,
    status: 'open',
    doneAt: null,
    messageId: null,
    interactionId: null,
    updatedAt: now,
  }));
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
