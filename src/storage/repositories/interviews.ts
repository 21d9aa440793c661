import type { Interview } from '../../core/interview';
import type { Db } from '../database';
import type { InterviewRow, InterviewUpdate, NewInterviewRow } from '../tables/interviews';
import { readStringList, writeJson } from './json';

export function toInterview(row: InterviewRow, contactIds: string[]): Interview {
  return {
    id: row.id,
    applicationId: row.application_id,
    scheduledAt: row.scheduled_at,
    round: row.round,
    format: row.format,
    durationMinutes: row.duration_minutes,
    topics: readStringList(row.topics),
    questions: readStringList(row.questions),
    notes: row.notes,
    contactIds,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function fromInterview(workspaceId: string, interview: Interview): NewInterviewRow {
  return {
    workspace_id: workspaceId,
    id: interview.id,
    application_id: interview.applicationId,
    scheduled_at: interview.scheduledAt,
    round: interview.round,
    format: interview.format,
    duration_minutes: interview.durationMinutes,
    topics: writeJson(interview.topics),
    questions: writeJson(interview.questions),
    notes: interview.notes,
    created_at: interview.createdAt,
    updated_at: interview.updatedAt,
  };
}

export async function insertInterview(db: Db, workspaceId: string, interview: Interview) {
  await db.insertInto('interviews').values(fromInterview(workspaceId, interview)).execute();
  await setInterviewContacts(db, workspaceId, interview.id, interview.contactIds);
}

/** Replaces the set of people met in an interview. */
export async function setInterviewContacts(
  db: Db,
  workspaceId: string,
  interviewId: string,
  contactIds: readonly string[],
): Promise<void> {
  await db
    .deleteFrom('interview_contacts')
    .where('workspace_id', '=', workspaceId)
    .where('interview_id', '=', interviewId)
    .execute();
  const unique = [...new Set(contactIds)];
  if (unique.length === 0) return;
  await db
    .insertInto('interview_contacts')
    .values(
      unique.map((contactId) => ({
        workspace_id: workspaceId,
        interview_id: interviewId,
        contact_id: contactId,
      })),
    )
    .execute();
}

async function contactIdsByInterview(
  db: Db,
  workspaceId: string,
  interviewIds: readonly string[],
): Promise<Map<string, string[]>> {
  const byInterview = new Map<string, string[]>();
  if (interviewIds.length === 0) return byInterview;
  const rows = await db
    .selectFrom('interview_contacts')
    .select(['interview_id', 'contact_id'])
    .where('workspace_id', '=', workspaceId)
    .where('interview_id', 'in', interviewIds)
    .orderBy('contact_id')
    .execute();
  for (const row of rows) {
    const list = byInterview.get(row.interview_id) ?? [];
    list.push(row.contact_id);
    byInterview.set(row.interview_id, list);
  }
  return byInterview;
}

export async function findInterview(
  db: Db,
  workspaceId: string,
  id: string,
): Promise<Interview | undefined> {
  const row = await db
    .selectFrom('interviews')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const contacts = await contactIdsByInterview(db, workspaceId, [id]);
  return toInterview(row, contacts.get(id) ?? []);
}

export async function listInterviews(
  db: Db,
  workspaceId: string,
  filter: { applicationId?: string; contactId?: string } = {},
): Promise<Interview[]> {
  let select = db
    .selectFrom('interviews')
    .selectAll('interviews')
    .where('interviews.workspace_id', '=', workspaceId);
  if (filter.applicationId !== undefined) {
    select = select.where('interviews.application_id', '=', filter.applicationId);
  }
  if (filter.contactId !== undefined) {
    const contactId = filter.contactId;
    select = select.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('interview_contacts as ic')
          .select('ic.contact_id')
          .whereRef('ic.workspace_id', '=', 'interviews.workspace_id')
          .whereRef('ic.interview_id', '=', 'interviews.id')
          .where('ic.contact_id', '=', contactId),
      ),
    );
  }
  const rows = await select.orderBy('interviews.scheduled_at').orderBy('interviews.id').execute();
  const contacts = await contactIdsByInterview(
    db,
    workspaceId,
    rows.map((r) => r.id),
  );
  return rows.map((row) => toInterview(row, contacts.get(row.id) ?? []));
}

export async function updateInterviewRow(
  db: Db,
  workspaceId: string,
  id: string,
  update: InterviewUpdate,
): Promise<void> {
  await db
    .updateTable('interviews')
    .set(update)
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}

export async function deleteInterviewRow(db: Db, workspaceId: string, id: string) {
  await db
    .deleteFrom('interviews')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}
