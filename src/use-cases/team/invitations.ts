import { AppError } from '../../core/app-error';
import type { Account } from '../../core/team/accounts';
import {
  listOpenInvitations,
  revokeOpenInvitation,
  type OpenInvitationRecord,
} from '../../storage/repositories/invitations';
import { inTransaction } from '../deps';
import { inviteMember, type InviteMemberOptions } from './accounts';
import type { TeamDeps } from './team-deps';

/** An open invitation with whether its link has run out. */
export interface PendingInvitation extends OpenInvitationRecord {
  expired: boolean;
}

/** The invitations still waiting for someone to join, for an admin: who, as what, sent, expiring. */
export async function listPendingInvitations(deps: TeamDeps): Promise<PendingInvitation[]> {
  const now = deps.clock.now().getTime();
  const open = await listOpenInvitations(deps.db);
  return open.map((invitation) => ({
    ...invitation,
    expired: Date.parse(invitation.expiresAt) <= now,
  }));
}

const noInvitation = (id: string) =>
  new AppError('not_found', `id: no open invitation ${id}; it was used or taken back`, {
    field: 'id',
  });

/** Takes an invitation back: its link joins no one from now on. */
export async function revokeInvitation(deps: TeamDeps, options: { id: string }): Promise<void> {
  const revoked = await revokeOpenInvitation(deps.db, options.id, deps.clock.now().toISOString());
  if (revoked === undefined) throw noInvitation(options.id);
}

export interface ResendInvitationOptions {
  id: string;
  resentBy: Account;
  /** The organisation's mail, as for a new invitation; without it the new link is not emailed. */
  mail?: InviteMemberOptions['mail'];
}

/**
 * Sends an invitation again with a new link, valid for the full time again; the old link dies.
 * One transaction: if the new one cannot be made or mailed, the old link still works.
 */
export async function resendInvitation(
  deps: TeamDeps,
  options: ResendInvitationOptions,
): Promise<{ token: string; expiresAt: string; emailed: boolean; email: string }> {
  return inTransaction(deps.db, async (db) => {
    const old = await revokeOpenInvitation(db, options.id, deps.clock.now().toISOString());
    if (old === undefined) throw noInvitation(options.id);
    const sent = await inviteMember(
      { ...deps, db },
      {
        input: {
          email: old.email,
          role: old.role,
          ...(old.coachId !== null && { coachId: old.coachId }),
        },
        invitedBy: options.resentBy,
        ...(options.mail !== undefined && { mail: options.mail }),
      },
    );
    return { ...sent, email: old.email };
  });
}
