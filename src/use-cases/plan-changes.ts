import type { Instant } from '../core/dates';
import { newId } from '../core/ids';
import type { PlanChanges } from '../core/recovery/reconcile';
import type { Db } from '../storage/database';
import { deleteTaskRows, insertTasks, updateTaskRow } from '../storage/repositories/tasks';

/**
 * Writes what `reconcilePlan` decided for one application's plan, inside the caller's
 * transaction: new steps inserted open, moved steps updated, steps the plan no longer has removed.
 * The recovery after a rejection and a federal application's deadline plan both write this way.
 */
export async function writePlanChanges(
  trx: Db,
  ws: string,
  applicationId: string,
  changes: PlanChanges,
  now: Instant,
): Promise<void> {
  await insertTasks(
    trx,
    ws,
    changes.insert.map((step) => ({
      id: newId('tsk'),
      applicationId,
      contactId: step.contactId,
      kind: step.kind,
      status: 'open',
      dueAt: step.dueAt,
      snoozedUntil: null,
      reason: step.reason,
      doneAt: null,
      messageId: null,
      interactionId: null,
      createdAt: now,
      updatedAt: now,
    })),
  );
  for (const update of changes.update) {
    await updateTaskRow(trx, ws, update.id, {
      contact_id: update.contactId,
      due_at: update.dueAt,
      snoozed_until: update.snoozedUntil,
      reason: update.reason,
      updated_at: now,
    });
  }
  await deleteTaskRows(trx, ws, changes.remove);
}
