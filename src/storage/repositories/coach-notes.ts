import type { CoachNote, CoachNoteKind } from '../../core/team/accounts';
import type { Db } from '../database';
import type { CoachNoteRow } from '../tables/team';

function toNote(row: CoachNoteRow): CoachNote {
  return {
    id: row.id,
    kind: row.kind as CoachNoteKind,
    authorId: row.author_id,
    authorName: row.author_name,
    applicationId: row.application_id,
    body: row.body,
    createdAt: row.created_at,
  };
}

export async function insertCoachNote(db: Db, workspaceId: string, note: CoachNote): Promise<void> {
  await db
    .insertInto('coach_notes')
    .values({
      workspace_id: workspaceId,
      id: note.id,
      author_id: note.authorId,
      author_name: note.authorName,
      kind: note.kind,
      application_id: note.applicationId,
      body: note.body,
      created_at: note.createdAt,
    })
    .execute();
}

/** A workspace's notes from coaches, newest first. */
export async function listCoachNotes(db: Db, workspaceId: string): Promise<CoachNote[]> {
  const rows = await db
    .selectFrom('coach_notes')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map(toNote);
}

export interface CoachDraftRecord {
  messageId: string;
  coachId: string;
  coachName: string;
  createdAt: string;
}

export async function insertCoachDraft(
  db: Db,
  workspaceId: string,
  draft: CoachDraftRecord,
): Promise<void> {
  await db
    .insertInto('coach_drafts')
    .values({
      workspace_id: workspaceId,
      message_id: draft.messageId,
      coach_id: draft.coachId,
      coach_name: draft.coachName,
      created_at: draft.createdAt,
    })
    .execute();
}

/** Drafts coaches wrote in a workspace that are still there, newest first. */
export async function listCoachDrafts(db: Db, workspaceId: string): Promise<CoachDraftRecord[]> {
  const rows = await db
    .selectFrom('coach_drafts')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('created_at', 'desc')
    .orderBy('message_id', 'desc')
    .execute();
  return rows.map((row) => ({
    messageId: row.message_id,
    coachId: row.coach_id,
    coachName: row.coach_name,
    createdAt: row.created_at,
  }));
}
