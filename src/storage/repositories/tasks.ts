import type { Task } from '../../core/task';
import type { Db } from '../database';
import type { NewTaskRow, TaskRow } from '../tables/tasks';

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
