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
