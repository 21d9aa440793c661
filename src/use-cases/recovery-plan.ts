import type { Application } from '../core/application';
import { compareSteps } from '../core/recovery/agenda';
import type { CalendarDay } from '../core/dates';
import type { RankedPerson } from '../core/recovery/people';
import {
  PLAN_TASK_KINDS,
  planRecovery,
  planStepKey,
  type PlanContext,
  coolOffEnds,
} from '../core/recovery/plan';
import { reconcilePlan } from '../core/recovery/reconcile';
import type { RecoverySettings } from '../core/recovery/settings';
import { localDayOf } from '../core/recovery/zoned-time';
import { looksSenior, type Rejection } from '../core/rejection';
import type { Task } from '../core/task';
import {
  listApplicationsWithOpenTasks,
  listTasksOfApplication,
} from '../storage/repositories/tasks';
import type { FederalPlanFacts } from '../core/recovery/federal-plan';
import { requireApplication } from './applications';
import { loadFederalPlanFacts } from './federal/federal-plan';
import { inTransaction, nowInstant, withDb, type UseCaseDeps } from './deps';
import { writePlanChanges } from './plan-changes';
import {
  loadPeopleMet,
  loadRecoverySettings,
  requireRejection,
  viewTasks,
  type TaskView,
} from './recovery-context';
import { lockForWrite } from '../storage/write-lock';

function planContext(
  application: Application,
  rejection: Rejection,
  people: RankedPerson[],
  existing: readonly Task[],
  settings: RecoverySettings,
  now: string,
  federal: FederalPlanFacts | null,
): PlanContext {
  const reflection = rejection.reflection;
  return {
    rejectedOn: rejection.rejectedOn,
    loggedOn: localDayOf(rejection.createdAt, settings.timeZone),
    stageReached: rejection.stageReached,
    channel: rejection.channel,
    humanContact: rejection.humanContact,
    seniorRole: rejection.seniorRole ?? looksSenior(application.role),
    company: application.company,
    role: application.role,
    people,
    feeling:
      reflection?.feeling != null && reflection.feelingAt !== null
        ? { mood: reflection.feeling, at: reflection.feelingAt }
        : null,
    settings,
    now,
    existingKeys: new Set(existing.map((t) => planStepKey(t.kind, t.contactId))),
    federal,
  };
}

/**
 * Brings one application's plan in line with its rejection, people and the settings: new steps
 * are added, open ones move, finished ones stay. Returns the ids of the steps it changed.
 * Runs inside the caller's transaction when there is one.
 */
export async function replanApplication(
  deps: UseCaseDeps,
  applicationId: string,
  settings?: RecoverySettings,
): Promise<string[]> {
  return inTransaction(deps.db, async (trx) => {
    const ws = deps.workspaceId;
    await lockForWrite(trx, ws, { kind: 'application', id: applicationId });
    const effective = settings ?? (await loadRecoverySettings(trx, ws));
    const application = await requireApplication(trx, ws, applicationId);
    const rejection = await requireRejection(trx, ws, applicationId);
    const [people, existing, federal] = await Promise.all([
      loadPeopleMet(trx, ws, applicationId, rejection.contactId),
      listTasksOfApplication(trx, ws, applicationId),
      loadFederalPlanFacts(trx, ws, applicationId, rejection),
    ]);
    const now = nowInstant(deps);
    const planned = planRecovery(
      planContext(application, rejection, people, existing, effective, now, federal),
    );
    const changes = reconcilePlan(existing, planned);
    await writePlanChanges(trx, ws, applicationId, changes, now);
    return [...changes.update.map((u) => u.id), ...changes.remove];
  });
}

/** Re-plans every application whose plan still has open steps; the ids of changed steps. */
export async function replanOpenPlans(
  deps: UseCaseDeps,
  settings: RecoverySettings,
): Promise<string[]> {
  const applicationIds = await listApplicationsWithOpenTasks(
    deps.db,
    deps.workspaceId,
    PLAN_TASK_KINDS,
  );
  const changed: string[] = [];
  for (const applicationId of applicationIds) {
    const hasRejection = await deps.db
      .selectFrom('rejections')
      .select('id')
      .where('workspace_id', '=', deps.workspaceId)
      .where('application_id', '=', applicationId)
      .executeTakeFirst();
    if (hasRejection) changed.push(...(await replanApplication(deps, applicationId, settings)));
  }
  return changed;
}

/** One application's recovery: the rejection, who to write to and every step, oldest first. */
export interface RecoveryPlan {
  application: Application;
  rejection: Rejection;
  today: CalendarDay;
  timeZone: string;
  people: RankedPerson[];
  steps: TaskView[];
  /**
   * While the user is cooling off (they said they feel upset or angry), the day writing may
   * start; null when they did not say so or that day has come.
   */
  coolOffUntil: CalendarDay | null;
}

export async function getRecoveryPlan(
  deps: UseCaseDeps,
  { applicationId }: { applicationId: string },
): Promise<RecoveryPlan> {
  const { db, workspaceId } = deps;
  const application = await requireApplication(db, workspaceId, applicationId);
  const rejection = await requireRejection(db, workspaceId, applicationId);
  const [settings, people, tasks] = await Promise.all([
    loadRecoverySettings(db, workspaceId),
    loadPeopleMet(db, workspaceId, applicationId, rejection.contactId),
    listTasksOfApplication(db, workspaceId, applicationId),
  ]);
  const now = nowInstant(deps);
  // The steps name this application and, mostly, the people met: neither is read again.
  const known = {
    applications: [{ ...application, feedbackReceivedOn: rejection.feedbackReceivedOn }],
    contacts: people.map((p) => ({ id: p.contactId, name: p.name })),
  };
  const steps = (await viewTasks(db, workspaceId, tasks, settings, now, known)).sort(compareSteps);
  const today = localDayOf(now, settings.timeZone);
  const { reflection } = rejection;
  const calmer = coolOffEnds(
    reflection?.feeling != null && reflection.feelingAt !== null
      ? { mood: reflection.feeling, at: reflection.feelingAt }
      : null,
    settings,
  );
  return {
    application,
    rejection,
    today,
    timeZone: settings.timeZone,
    people,
    steps,
    coolOffUntil: calmer !== null && calmer > today ? calmer : null,
  };
}

/** Re-plans one application on request (after adding the people met, say) and shows it. */
export async function refreshRecoveryPlan(
  deps: UseCaseDeps,
  { applicationId }: { applicationId: string },
): Promise<RecoveryPlan> {
  return inTransaction(deps.db, async (trx) => {
    const scoped = withDb(deps, trx);
    await replanApplication(scoped, applicationId);
    return getRecoveryPlan(scoped, { applicationId });
  });
}
