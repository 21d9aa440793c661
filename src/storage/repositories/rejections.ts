import type { Rejection } from '../../core/rejection';
import type { Db } from '../database';
import type { NewRejectionRow, RejectionRow } from '../tables/rejections';
import { reflectionRecordSchema, type Reflection } from '../../core/recovery/reflection';
import { readJsonObject, writeJson } from './json';

/** A stored reflection; fields added since it was written read as empty. */
export function readReflection(value: string | null): Reflection | null {
  const stored = readJsonObject(value);
  return stored === null ? null : reflectionRecordSchema.parse(stored);
}

export function toRejection(row: RejectionRow): Rejection {
  return {
    id: row.id,
    applicationId: row.application_id,
    rejectedOn: row.rejected_on,
    stageReached: row.stage_reached,
    channel: row.channel,
    reason: row.reason,
    humanContact: row.human_contact === 1,
    contactId: row.contact_id,
    seniorRole: row.senior_role === null ? null : row.senior_role === 1,
    reflection: readReflection(row.reflection),
    feedback: row.feedback,
    feedbackReceivedOn: row.feedback_received_on,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function fromRejection(workspaceId: string, rejection: Rejection): NewRejectionRow {
  return {
    workspace_id: workspaceId,
    id: rejection.id,
    application_id: rejection.applicationId,
    rejected_on: rejection.rejectedOn,
    stage_reached: rejection.stageReached,
    channel: rejection.channel,
    reason: rejection.reason,
    human_contact: rejection.humanContact ? 1 : 0,
    contact_id: rejection.contactId,
    senior_role: rejection.seniorRole === null ? null : rejection.seniorRole ? 1 : 0,
    reflection: rejection.reflection === null ? null : writeJson(rejection.reflection),
    feedback: rejection.feedback,
    feedback_received_on: rejection.feedbackReceivedOn,
    created_at: rejection.createdAt,
    updated_at: rejection.updatedAt,
  };
}

export async function insertRejection(db: Db, workspaceId: string, rejection: Rejection) {
  await db.insertInto('rejections').values(fromRejection(workspaceId, rejection)).execute();
}

export async function findRejectionOfApplication(
  db: Db,
  workspaceId: string,
  applicationId: string,
): Promise<Rejection | undefined> {
  const row = await db
    .selectFrom('rejections')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('application_id', '=', applicationId)
    .executeTakeFirst();
  return row && toRejection(row);
}

/** One rejection by its own id. */
export async function findRejection(
  db: Db,
  workspaceId: string,
  id: string,
): Promise<Rejection | undefined> {
  const row = await db
    .selectFrom('rejections')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toRejection(row);
}

/** Writes a rejection's fields back (all but its id, application and creation time). */
export async function updateRejectionRow(db: Db, workspaceId: string, rejection: Rejection) {
  const row = fromRejection(workspaceId, rejection);
  await db
    .updateTable('rejections')
    .set({
      rejected_on: row.rejected_on,
      stage_reached: row.stage_reached,
      channel: row.channel,
      reason: row.reason,
      human_contact: row.human_contact,
      contact_id: row.contact_id,
      senior_role: row.senior_role,
      reflection: row.reflection,
      feedback: row.feedback,
      feedback_received_on: row.feedback_received_on,
      updated_at: row.updated_at,
    })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', rejection.id)
    .execute();
}

export async function deleteRejectionRow(db: Db, workspaceId: string, id: string) {
  await db
    .deleteFrom('rejections')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}
