import { AppError } from '../core/app-error';
import {
  applyRecoverySettingsPatch,
  resolveRecoverySettings,
  type RecoverySettings,
  type RecoverySettingsPatch,
} from '../core/recovery/settings';
import { instantAtLocalTime, localDayOf } from '../core/recovery/zoned-time';
import type { Db } from '../storage/database';
import { findWorkspace, updateWorkspace } from '../storage/repositories/workspaces';
import { inTransaction, nowInstant, type UseCaseDeps } from './deps';
import { loadRecoverySettings } from './recovery-context';
import { replanOpenPlans } from './recovery-plan';
import { lockForWrite } from '../storage/write-lock';

export async function getRecoverySettings(deps: UseCaseDeps): Promise<RecoverySettings> {
  return loadRecoverySettings(deps.db, deps.workspaceId);
}

export interface SettingsUpdate {
  settings: RecoverySettings;
  /** Open plan steps whose date or reason changed. */
  rescheduledTasks: number;
}

/**
 * Moves every open step and contact snooze to the same local day at the new reminder time in the
 * new zone: a step due on Tuesday stays due on Tuesday when the user moves abroad.
 */
async function keepLocalDays(
  db: Db,
  workspaceId: string,
  before: RecoverySettings,
  after: RecoverySettings,
): Promise<Set<string>> {
  const moved = new Set<string>();
  const move = (instant: string) =>
    instantAtLocalTime(localDayOf(instant, before.timeZone), after.reminderTime, after.timeZone);
  const tasks = await db
    .selectFrom('tasks')
    .select(['id', 'due_at', 'snoozed_until'])
    .where('workspace_id', '=', workspaceId)
    .where('status', '=', 'open')
    .execute();
  for (const task of tasks) {
    moved.add(task.id);
    await db
      .updateTable('tasks')
      .set({
        due_at: move(task.due_at),
        snoozed_until: task.snoozed_until === null ? null : move(task.snoozed_until),
      })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', task.id)
      .execute();
  }
  const snoozed = await db
    .selectFrom('contacts')
    .select(['id', 'keep_in_touch_snoozed_until'])
    .where('workspace_id', '=', workspaceId)
    .where('keep_in_touch_snoozed_until', 'is not', null)
    .execute();
  for (const contact of snoozed) {
    await db
      .updateTable('contacts')
      .set({ keep_in_touch_snoozed_until: move(contact.keep_in_touch_snoozed_until as string) })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', contact.id)
      .execute();
  }
  return moved;
}

/**
 * Changes the settings and, in the same transaction, re-plans every open step under them.
 * Finished steps (done or skipped) keep the dates they had.
 */
export async function updateRecoverySettings(
  deps: UseCaseDeps,
  patch: RecoverySettingsPatch,
): Promise<SettingsUpdate> {
  return inTransaction(deps.db, async (trx) => {
    await lockForWrite(trx, deps.workspaceId, { kind: 'settings' });
    const workspace = await findWorkspace(trx, deps.workspaceId);
    if (!workspace) throw AppError.notFound('workspace', deps.workspaceId);
    const before = resolveRecoverySettings(workspace.settings);
    const stored = applyRecoverySettingsPatch(workspace.settings, patch);
    const after = resolveRecoverySettings(stored);
    await updateWorkspace(trx, deps.workspaceId, { settings: stored, now: nowInstant(deps) });
    const moved =
      before.timeZone !== after.timeZone || before.reminderTime !== after.reminderTime
        ? await keepLocalDays(trx, deps.workspaceId, before, after)
        : new Set<string>();
    const replanned = await replanOpenPlans({ ...deps, db: trx }, after);
    return { settings: after, rescheduledTasks: new Set([...moved, ...replanned]).size };
  });
}
