import { AppError } from '../core/app-error';
import { newId } from '../core/ids';
import type { Interaction } from '../core/interaction';
import { followersToMove, snoozeDay } from '../core/recovery/snooze';
import { instantAtLocalTime, localDayOf } from '../core/recovery/zoned-time';
import { TOUCH_KINDS, TOUCH_LABELS, type Task, type TaskDone } from '../core/task';
import type { Db } from '../storage/database';
import {
  findInteraction,
  insertInteraction,
  refreshLastInteraction,
} from '../storage/repositories/interactions';
import { findMessage } from '../storage/repositories/messages';
import { findTask, listTasksOfApplication, updateTaskRow } from '../storage/repositories/tasks';
import { lockForWrite } from '../storage/write-lock';
import { inTransaction, nowInstant, type UseCaseDeps } from './deps';
import { loadRecoverySettings, viewTasks, type TaskView } from './recovery-context';

async function requireTask(db: Db, workspaceId: string, id: string): Promise<Task> {
  const task = await findTask(db, workspaceId, id);
  if (!task) throw AppError.notFound('task', id);
  return task;
}

/**
 * The step, read again once no other request is changing its plan: two clicks on *Done* then
 * mark it once and log one touchpoint, and the second is told it is already done.
 */
async function requireTaskForWrite(trx: Db, workspaceId: string, id: string): Promise<Task> {
  const first = await requireTask(trx, workspaceId, id);
  const scope = first.applicationId
    ? ({ kind: 'application', id: first.applicationId } as const)
    : ({ kind: 'task', id } as const);
  await lockForWrite(trx, workspaceId, scope);
  return requireTask(trx, workspaceId, id);
}

function requireStatus(task: Task, allowed: Task['status'][], action: string) {
  if (allowed.includes(task.status)) return;
  const hint = task.status === 'open' ? '' : '; reopen it first';
  throw new AppError(
    'conflict',
    `This step is already ${task.status}, so it cannot be ${action}${hint}.`,
    {
      field: 'status',
    },
  );
}

async function view(deps: UseCaseDeps, tasks: readonly Task[]): Promise<TaskView[]> {
  const settings = await loadRecoverySettings(deps.db, deps.workspaceId);
  return viewTasks(deps.db, deps.workspaceId, tasks, settings, nowInstant(deps));
}

async function viewOne(deps: UseCaseDeps, task: Task): Promise<TaskView> {
  const [only] = await view(deps, [task]);
  return only as TaskView;
}

export async function getTask(deps: UseCaseDeps, { id }: { id: string }): Promise<TaskView> {
  return viewOne(deps, await requireTask(deps.db, deps.workspaceId, id));
}

/** What fulfilled a step: the given message or interaction, checked, or a newly logged touch. */
async function fulfilment(db: Db, deps: UseCaseDeps, task: Task, done: TaskDone, now: string) {
  const ws = deps.workspaceId;
  let interactionId = done.interactionId ?? null;
  if (interactionId !== null && !(await findInteraction(db, ws, interactionId))) {
    throw new AppError('not_found', `No interaction with id ${interactionId}.`, {
      field: 'interactionId',
    });
  }
  const messageId = done.messageId ?? null;
  if (messageId !== null) {
    const message = await findMessage(db, ws, messageId);
    if (!message) {
      throw new AppError('not_found', `No message with id ${messageId}.`, { field: 'messageId' });
    }
    if (message.status === 'draft') {
      throw new AppError(
        'conflict',
        `Message ${messageId} is still a draft; mark it sent, which completes this step.`,
        { field: 'messageId' },
      );
    }
    const logged = await db
      .selectFrom('interactions')
      .select('id')
      .where('workspace_id', '=', ws)
      .where('message_id', '=', messageId)
      .executeTakeFirst();
    interactionId ??= logged?.id ?? null;
  }
  const shouldLog =
    messageId === null &&
    interactionId === null &&
    done.logInteraction !== false &&
    task.contactId !== null &&
    TOUCH_KINDS.includes(task.kind);
  if (shouldLog && task.contactId !== null) {
    const interaction: Interaction = {
      id: newId('int'),
      contactId: task.contactId,
      applicationId: task.applicationId,
      occurredAt: now,
      channel: done.channel ?? (task.kind === 'linkedin_note' ? 'linkedin' : 'email'),
      direction: 'outbound',
      summary: done.summary ?? `Sent a ${TOUCH_LABELS[task.kind] ?? 'note'}`,
      messageId: null,
      createdAt: now,
    };
    await insertInteraction(db, ws, interaction);
    await refreshLastInteraction(db, ws, task.contactId);
    interactionId = interaction.id;
  }
  return { messageId, interactionId };
}

/** Marks a step done, linking the message or interaction that fulfilled it. */
export async function completeTask(
  deps: UseCaseDeps,
  { id, ...done }: { id: string } & TaskDone,
): Promise<TaskView> {
  const task = await inTransaction(deps.db, async (trx) => {
    const current = await requireTaskForWrite(trx, deps.workspaceId, id);
    requireStatus(current, ['open'], 'marked done');
    const now = nowInstant(deps);
    const links = await fulfilment(trx, deps, current, done, now);
    await updateTaskRow(trx, deps.workspaceId, id, {
      status: 'done',
      done_at: now,
      message_id: links.messageId,
      interaction_id: links.interactionId,
      updated_at: now,
    });
    return { ...current, status: 'done' as const, doneAt: now, ...links, updatedAt: now };
  });
  return viewOne(deps, task);
}

/** Skips a step: it leaves Today and the calendar and stays in the plan as skipped. */
export async function skipTask(deps: UseCaseDeps, { id }: { id: string }): Promise<TaskView> {
  const task = await inTransaction(deps.db, async (trx) => {
    const current = await requireTaskForWrite(trx, deps.workspaceId, id);
    requireStatus(current, ['open'], 'skipped');
    const now = nowInstant(deps);
    await updateTaskRow(trx, deps.workspaceId, id, {
      status: 'skipped',
      done_at: now,
      updated_at: now,
    });
    return { ...current, status: 'skipped' as const, doneAt: now, updatedAt: now };
  });
  return viewOne(deps, task);
}

/** Opens a done or skipped step again; the message or interaction it was linked to stays. */
export async function reopenTask(deps: UseCaseDeps, { id }: { id: string }): Promise<TaskView> {
  const task = await inTransaction(deps.db, async (trx) => {
    const current = await requireTaskForWrite(trx, deps.workspaceId, id);
    requireStatus(current, ['done', 'skipped'], 'reopened');
    const now = nowInstant(deps);
    await updateTaskRow(trx, deps.workspaceId, id, {
      status: 'open',
      done_at: null,
      message_id: null,
      interaction_id: null,
      updated_at: now,
    });
    const reopened: Task = {
      ...current,
      status: 'open',
      doneAt: null,
      messageId: null,
      interactionId: null,
      updatedAt: now,
    };
    return reopened;
  });
  return viewOne(deps, task);
}

export interface SnoozeResult {
  task: TaskView;
  /** Steps of the same plan that moved with it to stay in order. */
  moved: TaskView[];
}

/**
 * Puts a step off to a day (`tomorrow`, `next-week` or a date), at the reminder time in the
 * user's zone. Snoozing a thank-you past the feedback request or LinkedIn note that should follow
 * it moves those along to the same day.
 */
export async function snoozeTask(
  deps: UseCaseDeps,
  { id, until }: { id: string; until: string },
): Promise<SnoozeResult> {
  const { task, moved } = await inTransaction(deps.db, async (trx) => {
    const ws = deps.workspaceId;
    const current = await requireTaskForWrite(trx, ws, id);
    requireStatus(current, ['open'], 'snoozed');
    const settings = await loadRecoverySettings(trx, ws);
    const now = nowInstant(deps);
    const day = snoozeDay(until, localDayOf(now, settings.timeZone));
    const dueAt = instantAtLocalTime(day, settings.reminderTime, settings.timeZone);
    const snooze = { due_at: dueAt, snoozed_until: dueAt, updated_at: now };
    await updateTaskRow(trx, ws, id, snooze);
    const siblings =
      current.applicationId === null
        ? []
        : (await listTasksOfApplication(trx, ws, current.applicationId)).filter(
            (t) => t.status === 'open' && t.id !== id,
          );
    const followers = new Set(followersToMove(current.kind, dueAt, siblings));
    for (const followerId of followers) await updateTaskRow(trx, ws, followerId, snooze);
    const after = (t: Task): Task => ({ ...t, dueAt, snoozedUntil: dueAt, updatedAt: now });
    return {
      task: after(current),
      moved: siblings.filter((t) => followers.has(t.id)).map(after),
    };
  });
  const [taskView, ...movedViews] = await view(deps, [task, ...moved]);
  return { task: taskView as TaskView, moved: movedViews };
}
