import type { Db } from '../database';
import type { MailAccountRow } from '../tables/mail-accounts';

/** Which of a workspace's two accounts: sending (SMTP) or reading (IMAP). */
export type MailAccountKind = 'smtp' | 'imap';

/** A stored account: its settings as JSON text and its password still sealed. */
export interface StoredMailAccount {
  settings: string;
  password: { sealed: string; keyId: string } | null;
  nextSyncAt: string | null;
}

function toStored(row: MailAccountRow): StoredMailAccount {
  return {
    settings: row.settings,
    password:
      row.password_sealed === null || row.password_key_id === null
        ? null
        : { sealed: row.password_sealed, keyId: row.password_key_id },
    nextSyncAt: row.next_sync_at,
  };
}

/** The workspace's account of that kind, or undefined when none is saved. */
export async function findMailAccount(
  db: Db,
  workspaceId: string,
  kind: MailAccountKind,
): Promise<StoredMailAccount | undefined> {
  const row = await db
    .selectFrom('mail_accounts')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('kind', '=', kind)
    .executeTakeFirst();
  return row === undefined ? undefined : toStored(row);
}

/** Saves (or replaces) the workspace's account of that kind. */
export async function saveMailAccount(
  db: Db,
  workspaceId: string,
  kind: MailAccountKind,
  { account, now }: { account: StoredMailAccount; now: string },
): Promise<void> {
  const values = {
    settings: account.settings,
    password_sealed: account.password?.sealed ?? null,
    password_key_id: account.password?.keyId ?? null,
    next_sync_at: account.nextSyncAt,
    updated_at: now,
  };
  await db
    .insertInto('mail_accounts')
    .values({ workspace_id: workspaceId, kind, ...values })
    .onConflict((oc) => oc.columns(['workspace_id', 'kind']).doUpdateSet(values))
    .execute();
}

/** Workspaces whose IMAP account is due a sync by `now`, soonest first. */
export async function listDueInboxSyncs(
  db: Db,
  { now, limit }: { now: string; limit: number },
): Promise<string[]> {
  const rows = await db
    .selectFrom('mail_accounts')
    .select('workspace_id')
    .where('kind', '=', 'imap')
    .where('next_sync_at', '<=', now)
    .orderBy('next_sync_at')
    .limit(limit)
    .execute();
  return rows.map((row) => row.workspace_id);
}

/** When the workspace's IMAP account is next synced by the queue (null: only when asked). */
export async function setNextInboxSync(
  db: Db,
  workspaceId: string,
  nextSyncAt: string | null,
): Promise<void> {
  await db
    .updateTable('mail_accounts')
    .set({ next_sync_at: nextSyncAt })
    .where('workspace_id', '=', workspaceId)
    .where('kind', '=', 'imap')
    .execute();
}
