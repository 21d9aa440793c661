import type { Role } from '../../core/team/accounts';
import type { Db } from '../database';
import type { InvitationRow } from '../tables/team';

/** An invitation not yet used or taken back, as an admin sees it: never its link. */
export interface OpenInvitationRecord {
  /** The SHA-256 of the link's secret: names the invitation without being able to join. */
  id: string;
  email: string;
  role: Role;
  coachId: string | null;
  invitedBy: string;
  sentAt: string;
  expiresAt: string;
  emailed: boolean;
}

function toOpenInvitation(row: InvitationRow): OpenInvitationRecord {
  return {
    id: row.id,
    email: row.email,
    role: row.role as Role,
    coachId: row.coach_id,
    invitedBy: row.created_by,
    sentAt: row.created_at,
    expiresAt: row.expires_at,
    emailed: row.emailed_at !== null,
  };
}

/** The invitations nobody has used and no admin has taken back, newest first, expired too. */
export async function listOpenInvitations(db: Db): Promise<OpenInvitationRecord[]> {
  const rows = await db
    .selectFrom('invitations')
    .selectAll()
    .where('used_at', 'is', null)
    .where('revoked_at', 'is', null)
    .orderBy('created_at', 'desc')
    .orderBy('id')
    .execute();
  return rows.map(toOpenInvitation);
}

/**
 * Takes back an invitation still open, so its link joins no one, and returns it; undefined when
 * there is none by that id (used, taken back already, or never made). One conditional update,
 * so a join racing the revocation either wins or finds the link dead.
 */
export async function revokeOpenInvitation(
  db: Db,
  id: string,
  now: string,
): Promise<OpenInvitationRecord | undefined> {
  const row = await db
    .updateTable('invitations')
    .set({ revoked_at: now })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .where('revoked_at', 'is', null)
    .returningAll()
    .executeTakeFirst();
  return row && toOpenInvitation(row);
}
