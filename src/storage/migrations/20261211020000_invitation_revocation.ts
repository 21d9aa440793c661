import type { ReboundMigration } from './column-kinds';

/**
 * When an admin took an invitation back (revoked it, or resent it with a new link): its link
 * then joins no one. An organisation table, like the invitations themselves.
 */
export const invitationRevocation: ReboundMigration = {
  name: '20261211020000_invitation_revocation',
  async up(db, t) {
    await db.schema.alterTable('invitations').addColumn('revoked_at', t.instant).execute();
  },
};
