import { AppError } from '../../core/app-error';
import { addDays } from '../../core/dates';
import { localDayOf, startOfLocalDay, weekdayOf } from '../../core/recovery/zoned-time';
import {
  describePace,
  PACING_SETTINGS_KEY,
  readPaceSettings,
  type PacePatch,
  type PaceSettings,
  type PaceView,
} from '../../core/wellbeing/pacing';
import { readWeekActivity } from '../../storage/repositories/pacing';
import { findWorkspace, updateWorkspace } from '../../storage/repositories/workspaces';
import { inTransaction, nowInstant, type UseCaseDeps } from '../deps';
import { loadRecoverySettings } from '../recovery-context';

/** This week's rhythm and progress, Monday to Sunday in the user's time zone. */
export async function getPacing(deps: UseCaseDeps): Promise<PaceView> {
  const { db, workspaceId } = deps;
  const [workspace, { timeZone }] = await Promise.all([
    findWorkspace(db, workspaceId),
    loadRecoverySettings(db, workspaceId),
  ]);
  if (!workspace) throw AppError.notFound('workspace', workspaceId);
  const today = localDayOf(nowInstant(deps), timeZone);
  const start = addDays(today, 1 - weekdayOf(today));
  const end = addDays(start, 6);
  const activity = await readWeekActivity(db, workspaceId, {
    from: startOfLocalDay(start, timeZone),
    to: startOfLocalDay(addDays(end, 1), timeZone),
  });
  const practiceDays = new Set(activity.reviewedAt.map((at) => localDayOf(at, timeZone)));
  return describePace(
    readPaceSettings(workspace.settings),
    {
      applications: activity.applications,
      keepInTouch: activity.contacts,
      practice: practiceDays.size,
    },
    { week: { start, end }, today, daysLeft: 8 - weekdayOf(today) },
  );
}

/** Sets the weekly rhythm, or pauses or resumes it; returns the week as it now reads. */
export async function updatePacing(
  deps: UseCaseDeps,
  { patch }: { patch: PacePatch },
): Promise<PaceView> {
  await inTransaction(deps.db, async (trx) => {
    const workspace = await findWorkspace(trx, deps.workspaceId);
    if (!workspace) throw AppError.notFound('workspace', deps.workspaceId);
    const current = readPaceSettings(workspace.settings);
    if (patch.pausedUntil !== undefined && patch.pausedUntil !== null) {
      const { timeZone } = await loadRecoverySettings(trx, deps.workspaceId);
      if (patch.pausedUntil <= localDayOf(nowInstant(deps), timeZone)) {
        throw AppError.validation(
          'pausedUntil',
          'must be a day after today (the day to pick up again)',
        );
      }
    }
    const next: PaceSettings = {
      rhythm: patch.rhythm === undefined ? current.rhythm : patch.rhythm,
      pausedUntil: patch.pausedUntil === undefined ? current.pausedUntil : patch.pausedUntil,
    };
    await updateWorkspace(trx, deps.workspaceId, {
      settings: { ...workspace.settings, [PACING_SETTINGS_KEY]: next },
      now: nowInstant(deps),
    });
  });
  return getPacing(deps);
}
