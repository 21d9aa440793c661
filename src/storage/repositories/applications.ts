import { sql } from 'kysely';
import type { Application, StageEvent } from '../../core/application';
import type { Stage } from '../../core/stages';
import type { Db } from '../database';
import type {
  ApplicationRow,
  ApplicationUpdate,
  NewApplicationRow,
  StageEventRow,
} from '../tables/applications';
import { likePattern } from './json';

export function toApplication(row: ApplicationRow): Application {
  return {
    id: row.id,
    company: row.company,
    role: row.role,
    link: row.link,
    source: row.source,
    location: row.location,
    salaryMin: row.salary_min,
    salaryMax: row.salary_max,
    salaryCurrency: row.salary_currency,
    postingText: row.posting_text,
    notes: row.notes,
    stage: row.stage,
    stageChangedAt: row.stage_changed_at,
    sample: row.sample === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function fromApplication(workspaceId: string, app: Application): NewApplicationRow {
  return {
    workspace_id: workspaceId,
    id: app.id,
    company: app.company,
    role: app.role,
    link: app.link,
    source: app.source,
    location: app.location,
    salary_min: app.salaryMin,
    salary_max: app.salaryMax,
    salary_currency: app.salaryCurrency,
    posting_text: app.postingText,
    notes: app.notes,
    stage: app.stage,
    stage_changed_at: app.stageChangedAt,
    sample: app.sample ? 1 : 0,
    created_at: app.createdAt,
    updated_at: app.updatedAt,
  };
}

export function toStageEvent(row: StageEventRow): StageEvent {
  return {
    id: row.id,
    applicationId: row.application_id,
    stage: row.stage,
    at: row.at,
    note: row.note,
  };
}

export function fromStageEvent(workspaceId: string, event: StageEvent): StageEventRow {
  return {
    workspace_id: workspaceId,
    id: event.id,
    application_id: event.applicationId,
    stage: event.stage,
    at: event.at,
    note: event.note,
  };
}

export async function insertApplication(db: Db, workspaceId: string, app: Application) {
  await db.insertInto('applications').values(fromApplication(workspaceId, app)).execute();
}

export async function findApplication(
  db: Db,
  workspaceId: string,
  id: string,
): Promise<Application | undefined> {
  const row = await db
    .selectFrom('applications')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toApplication(row);
}

export interface ApplicationQuery {
  stages?: readonly Stage[];
  search?: string;
  limit: number;
  offset: number;
}

/** Applications, most recently updated first. */
export async function queryApplications(
  db: Db,
  workspaceId: string,
  query: ApplicationQuery,
): Promise<Application[]> {
  let select = db.selectFrom('applications').selectAll().where('workspace_id', '=', workspaceId);
  if (query.stages !== undefined && query.stages.length > 0) {
    select = select.where('stage', 'in', query.stages);
  }
  if (query.search !== undefined && query.search.trim() !== '') {
    const pattern = likePattern(query.search.trim());
    select = select.where(
      sql<boolean>`(lower(company) like ${pattern} escape '\\' or lower(role) like ${pattern} escape '\\')`,
    );
  }
  const rows = await select
    .orderBy('updated_at', 'desc')
    .orderBy('id')
    .limit(query.limit)
    .offset(query.offset)
    .execute();
  return rows.map(toApplication);
}

export async function updateApplicationRow(
  db: Db,
  workspaceId: string,
  id: string,
  update: ApplicationUpdate,
): Promise<void> {
  await db
    .updateTable('applications')
    .set(update)
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}

export async function deleteApplicationRow(db: Db, workspaceId: string, id: string) {
  await db
    .deleteFrom('applications')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}

export async function insertStageEvent(db: Db, workspaceId: string, event: StageEvent) {
  await db.insertInto('stage_events').values(fromStageEvent(workspaceId, event)).execute();
}

export async function listStageEvents(
  db: Db,
  workspaceId: string,
  applicationId: string,
): Promise<StageEvent[]> {
  const rows = await db
    .selectFrom('stage_events')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('application_id', '=', applicationId)
    .orderBy('at')
    .orderBy('id')
    .execute();
  return rows.map(toStageEvent);
}

/** Distinct company names of the workspace's applications other than one, first seen first. */
export async function listOtherCompanies(
  db: Db,
  workspaceId: string,
  exceptApplicationId: string,
  limit: number,
): Promise<string[]> {
  const rows = await db
    .selectFrom('applications')
    .select('company')
    .where('workspace_id', '=', workspaceId)
    .where('id', '!=', exceptApplicationId)
    .groupBy('company')
    .orderBy(sql`min(created_at)`)
    .limit(limit)
    .execute();
  return rows.map((row) => row.company);
}
