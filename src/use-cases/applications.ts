import type {
  Application,
  ApplicationInput,
  ApplicationPatch,
  StageEvent,
} from '../core/application';
import { AppError } from '../core/app-error';
import type { Instant } from '../core/dates';
import { instantAtLocalTime, localDayOf } from '../core/recovery/zoned-time';
import { newId } from '../core/ids';
import type { Stage } from '../core/stages';
import {
  deleteApplicationRow,
  findApplication,
  insertApplication,
  insertStageEvent,
  queryApplications,
  updateApplicationRow,
} from '../storage/repositories/applications';
import type { Db } from '../storage/database';
import { inTransaction, nowInstant, withDb, type UseCaseDeps } from './deps';
import { type Page, pageOf, type PageRequest } from './paging';
import { pruneUntouchedCards } from './practice-sync';
import { lockForWrite } from '../storage/write-lock';
import { refuseFutureDay, resolveUserTime } from './date-times';
import type { DateTimeInput } from '../core/dates';
import { loadRecoverySettings } from './recovery-context';

/**
 * The dated start of a new application's history: `applied` on the day given, then the stage it
 * was added in. A day becomes midday in the user's time zone (or now, if that is still ahead),
 * as a rejection's day does.
 */
async function startingHistory(
  deps: UseCaseDeps,
  input: Omit<ApplicationInput, 'stageAt'> & { stageAt: Instant | undefined },
  now: Instant,
): Promise<{ stage: Stage; at: Instant }[]> {
  const { appliedOn, stage, stageAt } = input;
  if (appliedOn === undefined) return [{ stage, at: stageAt ?? now }];
  if (stage === 'saved') {
    throw AppError.validation('appliedOn', 'a saved posting has not been applied for yet');
  }
  if (stage === 'applied' && stageAt !== undefined) {
    throw AppError.validation('appliedOn', 'give appliedOn or stageAt, not both');
  }
  const settings = await loadRecoverySettings(deps.db, deps.workspaceId);
  const today = localDayOf(now, settings.timeZone);
  refuseFutureDay('appliedOn', appliedOn, today, settings.timeZone);
  const midday = instantAtLocalTime(appliedOn, '12:00', settings.timeZone);
  const appliedAt = midday < now ? midday : now;
  if (stage === 'applied') return [{ stage, at: appliedAt }];
  const at = stageAt ?? now;
  if (at < appliedAt) throw AppError.validation('appliedOn', 'must not be after stageAt');
  return [
    { stage: 'applied', at: appliedAt },
    { stage, at },
  ];
}

export async function createApplication(
  deps: UseCaseDeps,
  input: ApplicationInput,
): Promise<Application> {
  const now = nowInstant(deps);
  const resolvedStageAt = await resolveUserTime(
    deps.db,
    deps.workspaceId,
    'stageAt',
    input.stageAt,
  );
  const history = await startingHistory(deps, { ...input, stageAt: resolvedStageAt }, now);
  const stageAt = (history.at(-1) ?? { at: now }).at;
  const application: Application = {
    id: newId('app'),
    company: input.company,
    role: input.role,
    link: input.link,
    source: input.source,
    location: input.location,
    salaryMin: input.salaryMin,
    salaryMax: input.salaryMax,
    salaryCurrency: input.salaryCurrency,
    postingText: input.postingText,
    notes: input.notes,
    stage: input.stage,
    stageChangedAt: stageAt,
    sample: false,
    createdAt: now,
    updatedAt: now,
  };
  await inTransaction(deps.db, async (trx) => {
    await insertApplication(trx, deps.workspaceId, application);
    for (const step of history) {
      await insertStageEvent(trx, deps.workspaceId, {
        id: newId('stg'),
        applicationId: application.id,
        stage: step.stage,
        at: step.at,
        note: null,
      });
    }
  });
  return application;
}

/** The application, or a not_found error naming the id. */
export async function requireApplication(db: Db, workspaceId: string, id: string) {
  const application = await findApplication(db, workspaceId, id);
  if (!application) throw AppError.notFound('application', id);
  return application;
}

export interface ListApplicationsOptions extends PageRequest {
  stages?: readonly Stage[];
  search?: string;
}

export async function listApplications(
  deps: UseCaseDeps,
  options: ListApplicationsOptions,
): Promise<Page<Application>> {
  const rows = await queryApplications(deps.db, deps.workspaceId, {
    ...(options.stages !== undefined && { stages: options.stages }),
    ...(options.search !== undefined && { search: options.search }),
    limit: options.limit + 1,
    offset: options.offset,
  });
  return pageOf(rows, options);
}

export interface UpdateApplicationOptions {
  id: string;
  patch: ApplicationPatch;
}

export async function updateApplication(
  deps: UseCaseDeps,
  { id, patch }: UpdateApplicationOptions,
): Promise<Application> {
  return inTransaction(deps.db, async (trx) => {
    // Two edits at once must not pass the salary check each against the other's old value.
    await lockForWrite(trx, deps.workspaceId, { kind: 'application', id });
    const current = await requireApplication(trx, deps.workspaceId, id);
    const next: Application = { ...current, ...patch, updatedAt: nowInstant(deps) };
    if (next.salaryMin !== null && next.salaryMax !== null && next.salaryMin > next.salaryMax) {
      throw AppError.validation('salaryMax', 'must not be below the minimum salary');
    }
    await updateApplicationRow(trx, deps.workspaceId, id, {
      company: next.company,
      role: next.role,
      link: next.link,
      source: next.source,
      location: next.location,
      salary_min: next.salaryMin,
      salary_max: next.salaryMax,
      salary_currency: next.salaryCurrency,
      posting_text: next.postingText,
      notes: next.notes,
      updated_at: next.updatedAt,
    });
    return next;
  });
}

export interface ChangeStageOptions {
  id: string;
  stage: Stage;
  /** When it happened, read in the user's time zone when it has no offset; defaults to now. */
  at?: DateTimeInput | undefined;
  note?: string | null | undefined;
}

/** Moves an application to a stage and records the move in its dated history. */
export async function changeStage(
  deps: UseCaseDeps,
  { id, stage, at, note }: ChangeStageOptions,
): Promise<{ application: Application; event: StageEvent }> {
  return inTransaction(deps.db, async (trx) => {
    await lockForWrite(trx, deps.workspaceId, { kind: 'application', id });
    const current = await requireApplication(trx, deps.workspaceId, id);
    const now = nowInstant(deps);
    const event: StageEvent = {
      id: newId('stg'),
      applicationId: id,
      stage,
      at: (await resolveUserTime(trx, deps.workspaceId, 'at', at)) ?? now,
      note: note ?? null,
    };
    await insertStageEvent(trx, deps.workspaceId, event);
    const application: Application = {
      ...current,
      stage,
      stageChangedAt: event.at,
      updatedAt: now,
    };
    await updateApplicationRow(trx, deps.workspaceId, id, {
      stage,
      stage_changed_at: event.at,
      updated_at: now,
    });
    return { application, event };
  });
}

/**
 * Deletes an application with its history, interviews, rejection and plan. Messages and
 * interactions belong to the people involved, so they stay, unlinked from the application, and
 * so do practice cards the user worked on.
 */
export async function deleteApplication(deps: UseCaseDeps, { id }: { id: string }) {
  await inTransaction(deps.db, async (trx) => {
    await lockForWrite(trx, deps.workspaceId, { kind: 'application', id });
    await requireApplication(trx, deps.workspaceId, id);
    const scoped = withDb(deps, trx);
    // Letters and wins are the user's own, not the application's: they stay, unlinked.
    for (const table of ['interactions', 'messages', 'letters', 'wins'] as const) {
      await scoped.db
        .updateTable(table)
        .set({ application_id: null })
        .where('workspace_id', '=', deps.workspaceId)
        .where('application_id', '=', id)
        .execute();
    }
    await deleteApplicationRow(trx, deps.workspaceId, id);
    await pruneUntouchedCards(trx, deps.workspaceId);
  });
}
