import type { Database, Db } from '../database';
import { WORKSPACE_TABLES } from '../bulk';

/**
 * Every table that holds a workspace's rows, children before the parents they point at, so the
 * rows can be deleted in this order. `erasure.test.ts` compares it with the schema: a new
 * workspace table missing here fails the test instead of outliving a deleted workspace.
 */
export const ERASE_ORDER = [
  // The team's records about a seeker, which point at their messages and rejections.
  'coach_drafts',
  'shared_drafts',
  'shared_reflections',
  'sharing_settings',
  'coach_notes',
  'access_log',
  'coach_assignments',
  'inbox_sync_state',
  // The seeker's own mail and inbox accounts (passwords sealed, but theirs to take away).
  'mail_accounts',
  ...[...WORKSPACE_TABLES].reverse(),
] as const satisfies readonly (keyof Database)[];

/** Deletes a workspace and every row it holds. The caller's transaction makes it all or nothing. */
export async function eraseWorkspace(db: Db, workspaceId: string): Promise<void> {
  for (const table of ERASE_ORDER) {
    await db.deleteFrom(table).where('workspace_id', '=', workspaceId).execute();
  }
  await db.deleteFrom('workspaces').where('id', '=', workspaceId).execute();
}

/**
 * Deletes an account and what the organisation kept about it: its sessions, reset and address
 * links, single sign-on identities, digest records and preferences, the invitations to its address and the
 * sign-in counts keyed by it. Notes and access-log entries it wrote in other workspaces keep the
 * name they were written with; a seeker wrote none.
 */
export async function eraseAccount(db: Db, account: { id: string; email: string }): Promise<void> {
  for (const table of [
    'sessions',
    'password_resets',
    'email_verifications',
    'sso_identities',
    'digest_sends',
    'digest_preferences',
  ] as const) {
    await db.deleteFrom(table).where('account_id', '=', account.id).execute();
  }
  await db.deleteFrom('invitations').where('email', '=', account.email).execute();
  await db
    .deleteFrom('rate_limits')
    .where('key', 'in', [
      `sign-in:email:${account.email}`,
      `reset:email:${account.email}`,
      `verify:account:${account.id}`,
    ])
    .execute();
  await db.deleteFrom('accounts').where('id', '=', account.id).execute();
}
