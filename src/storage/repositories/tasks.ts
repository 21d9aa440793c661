import type { Task } from '../../core/task';
import type { Db } from '../database';
import type { NewTaskRow, TaskRow, TaskUpdate } from '../tables/tasks';

export function toTask(row: TaskRow): Task {
  return {
    id: row.id,
    applicationId: row.application_id,
    contactId: row.contact_id,
    kind: row.kind,
    status: row.status,
    dueAt: row.due_at,
    snoozedUntil: row.snoozed_until,
    reason: row.reason,
    doneAt: row.done_at,
    messageId: row.message_id,
    interactionId: row.interaction_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function fromTask(workspaceId: string, task: Task): NewTaskRow {
  return {
    workspace_id: workspaceId,
    id: task.id,
    application_id: task.applicationId,
    contact_id: task.contactId,
    kind: task.kind,
    status: task.status,
    due_at: task.dueAt,
    snoozed_until: task.snoozedUntil,
    reason: task.reason,
    done_at: task.doneAt,
    message_id: task.messageId,
    interaction_id: task.interactionId,
    created_at: task.createdAt,
    updated_at: task.updatedAt,
  };
}

export async function insertTask(db: Db, workspaceId: string, task: Task) {
  await db.insertInto('tasks').values(fromTask(workspaceId, task)).execute();
}

export async function listTasksOfApplication(
  db: Db,
  workspaceId: string,
  applicationId: string,
): Promise<Task[]> {
  const rows = await db
    .selectFrom('tasks')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('application_id', '=', applicationId)
    .orderBy('due_at')
    .orderBy('id')
    .execute();
  return rows.map(toTask);
}

export async function findTask(db: Db, workspaceId: string, id: string): Promise<Task | undefined> {
  const row = await db
    .selectFrom('tasks')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toTask(row);
}

/**
 * The open plan step a message of this kind fulfils: same application and kind, for this contact
 * or for nobody in particular, the earliest due first.
 */
export async function findOpenTaskFor(
  db: Db,
  workspaceId: string,
  match: { applicationId: string | null; contactId: string | null; kind: Task['kind'] },
): Promise<Task | undefined> {
  let select = db
    .selectFrom('tasks')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('status', '=', 'open')
    .where('kind', '=', match.kind);
  select =
    match.applicationId === null
      ? select.where('application_id', 'is', null)
      : select.where('application_id', '=', match.applicationId);
  if (match.contactId !== null) {
    const contactId = match.contactId;
    select = select.where((eb) =>
      eb.or([eb('contact_id', '=', contactId), eb('contact_id', 'is', null)]),
    );
  }
  const row = await select.orderBy('due_at').orderBy('id').executeTakeFirst();
  return row && toTask(row);
}

/** Marks a step done and links what fulfilled it. */
export async function completeTaskRow(
  db: Db,
  workspaceId: string,
  id: string,
  done: { at: string; messageId: string | null; interactionId: string | null },
): Promise<void> {
  await db
    .updateTable('tasks')
    .set({
      status: 'done',
      done_at: done.at,
      message_id: done.messageId,
      interaction_id: done.interactionId,
      updated_at: done.at,
    })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}

export async function insertTasks(db: Db, workspaceId: string, tasks: readonly Task[]) {
  if (tasks.length === 0) return;
  await db
    .insertInto('tasks')
    .values(tasks.map((task) => fromTask(workspaceId, task)))
    .execute();
}

export async function updateTaskRow(db: Db, workspaceId: string, id: string, update: TaskUpdate) {
  await db
    .updateTable('tasks')
    .set(update)
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}

export async function deleteTaskRows(db: Db, workspaceId: string, ids: readonly string[]) {
  if (ids.length === 0) return;
  await db
    .deleteFrom('tasks')
    .where('workspace_id', '=', workspaceId)
    .where('id', 'in', ids)
    .execute();
}

/** Applications whose plan still has open steps of the given kinds. */
export async function listApplicationsWithOpenTasks(
  db: Db,
  workspaceId: string,
  kinds: readonly Task['kind'][],
): Promise<string[]> {
  const rows = await db
    .selectFrom('tasks')
    .select('application_id')
    .distinct()
    .where('workspace_id', '=', workspaceId)
    .where('status', '=', 'open')
    .where('kind', 'in', kinds)
    .where('application_id', 'is not', null)
    .orderBy('application_id')
    .execute();
  return rows.map((r) => r.application_id).filter((id): id is string => id !== null);
}

/** Open steps for a contact, earliest first. */
export async function listOpenTasksOfContact(
  db: Db,
  workspaceId: string,
  contactId: string,
): Promise<Task[]> {
  const rows = await db
    .selectFrom('tasks')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('contact_id', '=', contactId)
    .where('status', '=', 'open')
    .orderBy('due_at')
    .orderBy('id')
    .execute();
  return rows.map(toTask);
}

/** The steps a message completed. */
export async function listTasksDoneByMessage(
  db: Db,
  workspaceId: string,
  messageId: string,
): Promise<Task[]> {
  const rows = await db
    .selectFrom('tasks')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('message_id', '=', messageId)
    .where('status', '=', 'done')
    .orderBy('id')
    .execute();
  return rows.map(toTask);
}

/** Forgets an interaction that is about to go from the steps that pointed at it. */
export async function unlinkInteractionFromTasks(
  db: Db,
  workspaceId: string,
  interactionId: string,
) {
  await db
    .updateTable('tasks')
    .set({ interaction_id: null })
    .where('workspace_id', '=', workspaceId)
    .where('interaction_id', '=', interactionId)
    .execute();
}
