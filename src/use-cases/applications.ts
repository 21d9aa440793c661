import type {
  Application,
  ApplicationInput,
  ApplicationPatch,
  StageEvent,
} from '../core/application';
import { AppError } from '../core/app-error';
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

export async function createApplication(
  deps: UseCaseDeps,
  input: ApplicationInput,
): Promise<Application> {
  const now = nowInstant(deps);
  const stageAt = input.stageAt ?? now;
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
    createdAt: now,
    updatedAt: now,
  };
  await inTransaction(deps.db, async (trx) => {
    await insertApplication(trx, deps.workspaceId, application);
    await insertStageEvent(trx, deps.workspaceId, {
      id: newId('stg'),
      applicationId: application.id,
      stage: application.stage,
      at: stageAt,
      note: null,
    });
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
  /** When it happened; defaults to now. */
  at?: string | undefined;
  note?: string | null | undefined;
}

/** Moves an application to a stage and records the move in its dated history. */
export async function changeStage(
  deps: UseCaseDeps,
  { id, stage, at, note }: ChangeStageOptions,
): Promise<{ application: Application; event: StageEvent }> {
  return inTransaction(deps.db, async (trx) => {
    const current = await requireApplication(trx, deps.workspaceId, id);
    const now = nowInstant(deps);
    const event: StageEvent = {
      id: newId('stg'),
      applicationId: id,
      stage,
      at: at ?? now,
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
