import { AppError } from '../../core/app-error';
import { newId } from '../../core/ids';
import type { Account, CoachNote, CoachNoteInput } from '../../core/team/accounts';
import { findApplication } from '../../storage/repositories/applications';
import type { Message, MessageInput } from '../../core/message';
import {
  insertCoachDraft,
  insertCoachNote,
  listCoachDrafts,
  listCoachNotes,
  type CoachDraftRecord,
} from '../../storage/repositories/coach-notes';
import { inTransaction, withDb, type UseCaseDeps } from '../deps';
import { createMessage } from '../messages';

export interface LeaveCoachNoteOptions {
  author: Account;
  input: CoachNoteInput;
}

/** Leaves a note or suggestion in a seeker's workspace, for the seeker to read. */
export async function leaveCoachNote(
  deps: UseCaseDeps,
  options: LeaveCoachNoteOptions,
): Promise<CoachNote> {
  const { input, author } = options;
  if (
    input.applicationId !== undefined &&
    !(await findApplication(deps.db, deps.workspaceId, input.applicationId))
  ) {
    throw AppError.notFound('application', input.applicationId, 'applicationId');
  }
  const note: CoachNote = {
    id: newId('cnt'),
    kind: input.kind,
    authorId: author.id,
    authorName: author.name,
    applicationId: input.applicationId ?? null,
    body: input.body,
    createdAt: deps.clock.now().toISOString(),
  };
  await insertCoachNote(deps.db, deps.workspaceId, note);
  return note;
}

/** The notes and suggestions coaches left in this workspace, newest first. */
export function listNotesFromCoaches(deps: UseCaseDeps): Promise<CoachNote[]> {
  return listCoachNotes(deps.db, deps.workspaceId);
}

export interface DraftForSeekerOptions {
  author: Account;
  input: MessageInput;
}

/**
 * Writes a draft message in a seeker's workspace for them to review: it is the seeker's draft
 * from then on (only they can change, send or delete it), marked as the coach's in one
 * transaction with it.
 */
export async function draftForSeeker(
  deps: UseCaseDeps,
  options: DraftForSeekerOptions,
): Promise<Message> {
  return inTransaction(deps.db, async (trx) => {
    const message = await createMessage(withDb(deps, trx), options.input);
    await insertCoachDraft(trx, deps.workspaceId, {
      messageId: message.id,
      coachId: options.author.id,
      coachName: options.author.name,
      createdAt: message.createdAt,
    });
    return message;
  });
}

/** The drafts coaches wrote in this workspace that are still there, newest first. */
export function listDraftsFromCoaches(deps: UseCaseDeps): Promise<CoachDraftRecord[]> {
  return listCoachDrafts(deps.db, deps.workspaceId);
}
