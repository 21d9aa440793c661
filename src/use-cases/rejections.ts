import type { Application } from '../core/application';
import { AppError } from '../core/app-error';
import type { CalendarDay } from '../core/dates';
import { newId } from '../core/ids';
import { PLAN_TASK_KINDS } from '../core/recovery/plan';
import { applyReflectionInput } from '../core/recovery/reflection';
import type { RecoverySettings } from '../core/recovery/settings';
import { instantAtLocalTime, localDayOf } from '../core/recovery/zoned-time';
import {
  checkRejectionFacts,
  defaultHumanContact,
  REJECTABLE_STAGES,
  type RejectableStage,
  type Rejection,
  type RejectionInput,
  type RejectionPatch,
} from '../core/rejection';
import { stageRank, type Stage } from '../core/stages';
import type { Db } from '../storage/database';
import { listStageEvents, updateApplicationRow } from '../storage/repositories/applications';
import {
  deleteRejectionRow,
  findRejectionOfApplication,
  insertRejection,
  updateRejectionRow,
} from '../storage/repositories/rejections';
import { changeStage, requireApplication } from './applications';
import { requireContact } from './contacts';
import { inTransaction, nowInstant, withDb, type UseCaseDeps } from './deps';
import { syncPracticeCards } from './practice-sync';
import { loadRecoverySettings, requireRejection } from './recovery-context';
import { getRecoveryPlan, replanApplication, type RecoveryPlan } from './recovery-plan';
import { lockForWrite } from '../storage/write-lock';
import { exactly, refuseFutureDay } from './date-times';

/** The furthest stage an application reached before it ended, for a rejection's default stage. */
async function furthestStage(db: Db, workspaceId: string, application: Application) {
  const isRejectable = (stage: Stage): stage is RejectableStage =>
    (REJECTABLE_STAGES as readonly Stage[]).includes(stage);
  if (isRejectable(application.stage)) return application.stage;
  const history = await listStageEvents(db, workspaceId, application.id);
  const reached = history.map((e) => e.stage).filter(isRejectable);
  return reached.sort((a, b) => stageRank(b) - stageRank(a))[0] ?? 'applied';
}

/** When the stage history says the rejection happened: midday that day, or now if earlier. */
function rejectionInstant(day: CalendarDay, settings: RecoverySettings, now: string) {
  const midday = instantAtLocalTime(day, '12:00', settings.timeZone);
  return midday < now ? midday : now;
}

/** The facts after applying what the user sent to what is stored (or to the defaults). */
async function resolveFacts(
  deps: UseCaseDeps,
  application: Application,
  current: Rejection | undefined,
  input: RejectionPatch,
  settings: RecoverySettings,
) {
  const now = nowInstant(deps);
  const today = localDayOf(now, settings.timeZone);
  const rejectedOn = input.date ?? current?.rejectedOn ?? today;
  refuseFutureDay('date', rejectedOn, today, settings.timeZone);
  const channel = input.channel ?? current?.channel ?? 'email';
  const humanContact =
    input.humanContact ??
    (current === undefined || input.channel !== undefined
      ? defaultHumanContact(channel)
      : current.humanContact);
  // Saying nobody was behind it drops the stored "who told you" unless one is given anew.
  const kept = humanContact ? (current?.contactId ?? null) : null;
  const contactId = input.contactId !== undefined ? input.contactId : kept;
  if (contactId !== null) await requireContact(deps.db, deps.workspaceId, contactId, 'contactId');
  checkRejectionFacts({ channel, humanContact, contactId });
  return {
    rejectedOn,
    stageReached:
      input.stage ??
      current?.stageReached ??
      (await furthestStage(deps.db, deps.workspaceId, application)),
    channel,
    reason: input.reason !== undefined ? input.reason : (current?.reason ?? null),
    humanContact,
    contactId,
    seniorRole: input.seniorRole !== undefined ? input.seniorRole : (current?.seniorRole ?? null),
  };
}

/** Keeps the application's stage and history in step with the rejection's date. */
async function markRejected(deps: UseCaseDeps, application: Application, rejection: Rejection) {
  const settings = await loadRecoverySettings(deps.db, deps.workspaceId);
  const at = rejectionInstant(rejection.rejectedOn, settings, nowInstant(deps));
  if (application.stage !== 'rejected') {
    await changeStage(deps, { id: application.id, stage: 'rejected', at: exactly(at) });
    return;
  }
  const history = await listStageEvents(deps.db, deps.workspaceId, application.id);
  const last = history.filter((e) => e.stage === 'rejected').at(-1);
  if (!last || localDayOf(last.at, settings.timeZone) === rejection.rejectedOn) return;
  await deps.db
    .updateTable('stage_events')
    .set({ at })
    .where('workspace_id', '=', deps.workspaceId)
    .where('id', '=', last.id)
    .execute();
  if (application.stageChangedAt === last.at) {
    await updateApplicationRow(deps.db, deps.workspaceId, application.id, {
      stage_changed_at: at,
    });
  }
}

export interface RecordRejectionResult {
  /** False when an existing rejection was corrected. */
  created: boolean;
  plan: RecoveryPlan;
}

/**
 * Records that an application was rejected, or corrects the record: the application moves to
 * `rejected` in its stage history and the recovery plan is made or brought up to date, in one
 * transaction. Fields left out keep their recorded value (or default, the first time); the
 * reflection and any feedback are kept.
 */
export async function recordRejection(
  deps: UseCaseDeps,
  { applicationId, input }: { applicationId: string; input: RejectionInput },
): Promise<RecordRejectionResult> {
  return inTransaction(deps.db, async (trx) => {
    // Two "they said no" at once: the second waits, then corrects the record the first made.
    await lockForWrite(trx, deps.workspaceId, { kind: 'application', id: applicationId });
    const scoped = withDb(deps, trx);
    const application = await requireApplication(trx, deps.workspaceId, applicationId);
    const current = await findRejectionOfApplication(trx, deps.workspaceId, applicationId);
    const settings = await loadRecoverySettings(trx, deps.workspaceId);
    const { feeling, ...facts } = input;
    const resolved = await resolveFacts(scoped, application, current, facts, settings);
    const now = nowInstant(deps);
    const reflection =
      feeling === undefined
        ? (current?.reflection ?? null)
        : applyReflectionInput(current?.reflection ?? null, { feeling }, now);
    const rejection: Rejection = {
      id: current?.id ?? newId('rej'),
      applicationId,
      ...resolved,
      reflection,
      feedback: current?.feedback ?? null,
      feedbackReceivedOn: current?.feedbackReceivedOn ?? null,
      createdAt: current?.createdAt ?? now,
      updatedAt: now,
    };
    if (current) await updateRejectionRow(trx, deps.workspaceId, rejection);
    else await insertRejection(trx, deps.workspaceId, rejection);
    await markRejected(scoped, application, rejection);
    await replanApplication(scoped, applicationId, settings);
    return { created: !current, plan: await getRecoveryPlan(scoped, { applicationId }) };
  });
}

/** Corrects a recorded rejection; refuses when none is recorded yet. */
export async function updateRejection(
  deps: UseCaseDeps,
  { applicationId, patch }: { applicationId: string; patch: RejectionPatch },
): Promise<RecoveryPlan> {
  return inTransaction(deps.db, async (trx) => {
    await lockForWrite(trx, deps.workspaceId, { kind: 'application', id: applicationId });
    await requireRejection(trx, deps.workspaceId, applicationId);
    const result = await recordRejection(withDb(deps, trx), { applicationId, input: patch });
    return result.plan;
  });
}

/**
 * Takes a rejection back (they changed their minds, or it was logged on the wrong application):
 * the application returns to the stage it had reached and the open plan steps go; finished steps
 * stay as history. A reflection or feedback is only deleted with `force`.
 */
export async function withdrawRejection(
  deps: UseCaseDeps,
  { applicationId, force = false }: { applicationId: string; force?: boolean },
): Promise<Application> {
  return inTransaction(deps.db, async (trx) => {
    await lockForWrite(trx, deps.workspaceId, { kind: 'application', id: applicationId });
    const rejection = await requireRejection(trx, deps.workspaceId, applicationId);
    const hasWriting = rejection.reflection !== null || rejection.feedback !== null;
    if (hasWriting && !force) {
      throw new AppError(
        'conflict',
        'This rejection has a reflection or feedback that would be deleted with it; confirm with force to go ahead.',
        { field: 'force' },
      );
    }
    await trx
      .deleteFrom('tasks')
      .where('workspace_id', '=', deps.workspaceId)
      .where('application_id', '=', applicationId)
      .where('status', '=', 'open')
      .where('kind', 'in', PLAN_TASK_KINDS)
      .execute();
    await deleteRejectionRow(trx, deps.workspaceId, rejection.id);
    // Its questions leave the practice deck; cards the user worked on stay.
    await syncPracticeCards(withDb(deps, trx), { applicationId, questions: [] });
    const { application } = await changeStage(withDb(deps, trx), {
      id: applicationId,
      stage: rejection.stageReached,
      note: 'Rejection withdrawn',
    });
    return application;
  });
}
