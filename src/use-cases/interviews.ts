import { AppError } from '../core/app-error';
import { newId } from '../core/ids';
import type { Interview, InterviewInput, InterviewPatch } from '../core/interview';
import type { Db } from '../storage/database';
import { linkContactToApplications, missingContactIds } from '../storage/repositories/contacts';
import {
  deleteInterviewRow,
  findInterview,
  insertInterview,
  listInterviews,
  setInterviewContacts,
  updateInterviewRow,
} from '../storage/repositories/interviews';
import { writeJson } from '../storage/repositories/json';
import { requireApplication } from './applications';
import { inTransaction, nowInstant, type UseCaseDeps } from './deps';
import { lockForWrite } from '../storage/write-lock';
import { resolveUserTime } from './date-times';

async function requireContacts(db: Db, workspaceId: string, contactIds: readonly string[]) {
  const missing = await missingContactIds(db, workspaceId, contactIds);
  const first = missing[0];
  if (first !== undefined) {
    throw AppError.notFound('contact', first, `contactIds[${contactIds.indexOf(first)}]`);
  }
}

/** Logs an interview; the people met are linked to the application too. */
export async function addInterview(
  deps: UseCaseDeps,
  { applicationId, input }: { applicationId: string; input: InterviewInput },
): Promise<Interview> {
  const now = nowInstant(deps);
  const scheduledAt = await resolveUserTime(
    deps.db,
    deps.workspaceId,
    'scheduledAt',
    input.scheduledAt,
  );
  const interview: Interview = {
    id: newId('ivw'),
    applicationId,
    scheduledAt,
    round: input.round,
    format: input.format,
    durationMinutes: input.durationMinutes,
    topics: input.topics,
    questions: input.questions,
    notes: input.notes,
    contactIds: [...new Set(input.contactIds)],
    createdAt: now,
    updatedAt: now,
  };
  await inTransaction(deps.db, async (trx) => {
    await requireApplication(trx, deps.workspaceId, applicationId);
    await requireContacts(trx, deps.workspaceId, interview.contactIds);
    await insertInterview(trx, deps.workspaceId, interview);
    for (const contactId of interview.contactIds) {
      await linkContactToApplications(trx, deps.workspaceId, contactId, [applicationId]);
    }
  });
  return interview;
}

export async function listApplicationInterviews(
  deps: UseCaseDeps,
  { applicationId }: { applicationId: string },
): Promise<Interview[]> {
  await requireApplication(deps.db, deps.workspaceId, applicationId);
  return listInterviews(deps.db, deps.workspaceId, { applicationId });
}

async function requireInterview(db: Db, workspaceId: string, id: string) {
  const interview = await findInterview(db, workspaceId, id);
  if (!interview) throw AppError.notFound('interview', id);
  return interview;
}

export async function updateInterview(
  deps: UseCaseDeps,
  { id, patch }: { id: string; patch: InterviewPatch },
): Promise<Interview> {
  return inTransaction(deps.db, async (trx) => {
    await lockForWrite(trx, deps.workspaceId, { kind: 'interview', id });
    const current = await requireInterview(trx, deps.workspaceId, id);
    const { scheduledAt, ...rest } = patch;
    const next: Interview = {
      ...current,
      ...rest,
      scheduledAt:
        (await resolveUserTime(trx, deps.workspaceId, 'scheduledAt', scheduledAt)) ??
        current.scheduledAt,
      updatedAt: nowInstant(deps),
    };
    if (patch.contactIds !== undefined) {
      next.contactIds = [...new Set(patch.contactIds)];
      await requireContacts(trx, deps.workspaceId, next.contactIds);
      await setInterviewContacts(trx, deps.workspaceId, id, next.contactIds);
      for (const contactId of next.contactIds) {
        await linkContactToApplications(trx, deps.workspaceId, contactId, [current.applicationId]);
      }
    }
    await updateInterviewRow(trx, deps.workspaceId, id, {
      scheduled_at: next.scheduledAt,
      round: next.round,
      format: next.format,
      duration_minutes: next.durationMinutes,
      topics: writeJson(next.topics),
      questions: writeJson(next.questions),
      notes: next.notes,
      updated_at: next.updatedAt,
    });
    return next;
  });
}

export async function deleteInterview(deps: UseCaseDeps, { id }: { id: string }) {
  await inTransaction(deps.db, async (trx) => {
    await requireInterview(trx, deps.workspaceId, id);
    await deleteInterviewRow(trx, deps.workspaceId, id);
  });
}
