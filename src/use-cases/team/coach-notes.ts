import { AppError } from '../../core/app-error';
import { newId } from '../../core/ids';
import type { Account, CoachNote, CoachNoteInput } from '../../core/team/accounts';
import { findApplication } from '../../storage/repositories/applications';
import { insertCoachNote, listCoachNotes } from '../../storage/repositories/coach-notes';
import type { UseCaseDeps } from '../deps';

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
