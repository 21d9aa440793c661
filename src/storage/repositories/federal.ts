import type { Announcement, EssayTopic, FederalDocument } from '../../core/federal/announcement';
import type { FederalDetails } from '../../core/federal/federal-application';
import type { Db } from '../database';
import type { FederalApplicationRow, NewFederalApplicationRow } from '../tables/federal';
import { readJsonObject, readStringList, writeJson } from './json';

export function toFederalDetails(row: FederalApplicationRow): FederalDetails {
  return {
    applicationId: row.application_id,
    agency: row.agency,
    department: row.department,
    announcementNumber: row.announcement_number,
    controlNumber: row.control_number,
    positionTitle: row.position_title,
    payPlan: row.pay_plan,
    series: row.series,
    grade: row.grade,
    openDate: row.open_date,
    closeDate: row.close_date,
    whoMayApply: row.who_may_apply,
    status: row.status,
    // Written by Rebound from a checked announcement, so read back as it was stored.
    announcement: readJsonObject(row.announcement) as Announcement | null,
    attachedDocuments: readStringList(row.attached_documents) as FederalDocument[],
    essays: (readJsonObject(row.essays) ?? {}) as Partial<Record<EssayTopic, string>>,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function fromFederalDetails(
  workspaceId: string,
  d: FederalDetails,
): NewFederalApplicationRow {
  return {
    workspace_id: workspaceId,
    application_id: d.applicationId,
    agency: d.agency,
    department: d.department,
    announcement_number: d.announcementNumber,
    control_number: d.controlNumber,
    position_title: d.positionTitle,
    pay_plan: d.payPlan,
    series: d.series,
    grade: d.grade,
    open_date: d.openDate,
    close_date: d.closeDate,
    who_may_apply: d.whoMayApply,
    status: d.status,
    announcement: d.announcement === null ? null : writeJson(d.announcement),
    attached_documents: writeJson(d.attachedDocuments),
    essays: writeJson(d.essays),
    created_at: d.createdAt,
    updated_at: d.updatedAt,
  };
}

export async function findFederalDetails(
  db: Db,
  workspaceId: string,
  applicationId: string,
): Promise<FederalDetails | undefined> {
  const row = await db
    .selectFrom('federal_applications')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('application_id', '=', applicationId)
    .executeTakeFirst();
  return row && toFederalDetails(row);
}

/** Inserts or replaces an application's federal details. */
export async function saveFederalDetails(db: Db, workspaceId: string, details: FederalDetails) {
  const row = fromFederalDetails(workspaceId, details);
  const { workspace_id: _w, application_id: _a, created_at: _c, ...update } = row;
  await db
    .insertInto('federal_applications')
    .values(row)
    .onConflict((oc) => oc.columns(['workspace_id', 'application_id']).doUpdateSet(update))
    .execute();
}

/** Every federal application, most recently closing first. */
export async function listFederalDetails(db: Db, workspaceId: string): Promise<FederalDetails[]> {
  const rows = await db
    .selectFrom('federal_applications')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('close_date', 'desc')
    .orderBy('application_id')
    .execute();
  return rows.map(toFederalDetails);
}

/** Other federal applications in the same series and grade: announcements like this one. */
export async function listSimilarFederal(
  db: Db,
  workspaceId: string,
  like: { applicationId: string; series: string; grade: string | null },
): Promise<FederalDetails[]> {
  let query = db
    .selectFrom('federal_applications')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('series', '=', like.series)
    .where('application_id', '!=', like.applicationId);
  if (like.grade !== null) query = query.where('grade', '=', like.grade);
  const rows = await query.orderBy('close_date', 'desc').limit(5).execute();
  return rows.map(toFederalDetails);
}

export async function findFederalProfile(db: Db, workspaceId: string): Promise<unknown> {
  const row = await db
    .selectFrom('federal_profiles')
    .select('profile')
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  return row ? (JSON.parse(row.profile) as unknown) : null;
}

export async function saveFederalProfile(
  db: Db,
  workspaceId: string,
  profile: unknown,
  now: string,
) {
  const json = writeJson(profile);
  await db
    .insertInto('federal_profiles')
    .values({ workspace_id: workspaceId, profile: json, updated_at: now })
    .onConflict((oc) => oc.column('workspace_id').doUpdateSet({ profile: json, updated_at: now }))
    .execute();
}
