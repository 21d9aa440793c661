import { addHours } from '../core/recovery/zoned-time';
import type { Interaction } from '../core/interaction';
import type { Db } from '../storage/database';
import { listOpenTasksOfContact, updateTaskRow } from '../storage/repositories/tasks';

/** A touch this close before a keep-in-touch step counts as doing it. */
const EARLY_TOUCH_HOURS = 7 * 24;

/**
 * Closes the open steps an outbound interaction has already done: a keep-in-touch or
 * silver-medalist check-in due within the week, or a LinkedIn note when the touch was on
 * LinkedIn. Logging a call with someone should not leave "keep in touch with them" on Today.
 */
export async function completeStepsFulfilledBy(
  db: Db,
  workspaceId: string,
  interaction: Interaction,
  now: string,
): Promise<string[]> {
  if (interaction.direction !== 'outbound') return [];
  const horizon = addHours(interaction.occurredAt, EARLY_TOUCH_HOURS);
  const open = await listOpenTasksOfContact(db, workspaceId, interaction.contactId);
  const fulfilled = open.filter(
    (task) =>
      ((task.kind === 'keep_in_touch' || task.kind === 'silver_medalist') &&
        task.dueAt <= horizon) ||
      (task.kind === 'linkedin_note' && interaction.channel === 'linkedin'),
  );
  for (const task of fulfilled) {
    await updateTaskRow(db, workspaceId, task.id, {
      status: 'done',
      done_at: now,
      interaction_id: interaction.id,
      updated_at: now,
    });
  }
  return fulfilled.map((task) => task.id);
}
