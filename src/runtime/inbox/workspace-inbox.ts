import { z } from 'zod';
import { AppError, isAppError } from '../../core/app-error';
import {
  imapView,
  type ImapSettings,
  type ImapSettingsInput,
} from '../../core/inbox/imap-settings';
import type { ImapSyncResult, InboxAccountService } from '../../http/services';
import { listSeekerWorkspaces } from '../../storage/repositories/digests';
import {
  findMailAccount,
  listDueInboxSyncs,
  saveMailAccount,
  setNextInboxSync,
} from '../../storage/repositories/mail-accounts';
import { scopeRows } from '../../storage/row-scope';
import { lockForWrite } from '../../storage/write-lock';
import { inTransaction, type UseCaseDeps } from '../../use-cases/deps';
import { inWorkspace, type TeamMailDeps } from '../../use-cases/mail/workspace-sends';
import { resolveMailHost } from '../mail/mail-host';
import {
  parseStoredSettings,
  passwordFor,
  type PasswordUse,
  sealPassword,
  type WorkspaceAccountOptions,
} from '../mail/workspace-mail';
import { mergeImapInput } from './imap-settings-store';
import { syncImap } from './imap-sync';

/** What the IMAP account stores besides its password. */
const imapStored = z.object({
  host: z.string(),
  port: z.number().int(),
  secure: z.boolean(),
  user: z.string(),
  folders: z.array(z.string()),
  intervalMinutes: z.number().int(),
});

/** The workspace's IMAP account, its password as `use` needs it, or null when none is saved. */
async function loadWorkspaceImap(
  deps: UseCaseDeps,
  options: WorkspaceAccountOptions,
  use: PasswordUse = 'open',
): Promise<{ settings: ImapSettings; nextSyncAt: string | null } | null> {
  const stored = await findMailAccount(deps.db, deps.workspaceId, 'imap');
  if (stored === undefined) return null;
  const settings = parseStoredSettings(imapStored, stored, 'imap');
  const password = passwordFor(deps, options.box, 'imap', stored.password, use);
  return { settings: { ...settings, password }, nextSyncAt: stored.nextSyncAt };
}

/** The next sync on the account's schedule after `now`; null for "only when asked". */
const nextSyncAfter = (settings: ImapSettings, now: Date) =>
  settings.intervalMinutes === 0
    ? null
    : new Date(now.getTime() + settings.intervalMinutes * 60_000).toISOString();

/**
 * Syncs a workspace's IMAP account inside the caller's transaction (scoped to the workspace),
 * one sync per workspace at a time: a second waits for the first, then, if it only came because
 * the account was due, finds it no longer due and does nothing. Undefined when skipped.
 */
async function syncWorkspaceInbox(
  deps: UseCaseDeps,
  options: WorkspaceAccountOptions,
  { onlyIfDue }: { onlyIfDue: boolean },
): Promise<ImapSyncResult | undefined> {
  await lockForWrite(deps.db, deps.workspaceId, { kind: 'imports' });
  const account = await loadWorkspaceImap(deps, options);
  if (account === null) {
    if (onlyIfDue) return undefined;
    throw new AppError('conflict', 'Set up the IMAP account first.', { field: 'imap' });
  }
  const now = deps.clock.now();
  if (onlyIfDue && (account.nextSyncAt === null || account.nextSyncAt > now.toISOString())) {
    return undefined;
  }
  const address = await resolveMailHost(account.settings.host, options.policy, 'host');
  const result = await syncImap(deps, account.settings, { address });
  await setNextInboxSync(deps.db, deps.workspaceId, nextSyncAfter(account.settings, now));
  return result;
}

/** A team workspace's IMAP account, in the team's database, and its sync when asked. */
export function workspaceInboxService(
  deps: UseCaseDeps,
  options: WorkspaceAccountOptions,
): InboxAccountService {
  return {
    imapSettings: async () =>
      imapView((await loadWorkspaceImap(deps, options, 'presence'))?.settings ?? null),
    async saveImapSettings(input: ImapSettingsInput) {
      // A new password replaces the stored one unread, so it also mends one whose key is gone.
      const use = input.password === undefined ? 'open' : 'presence';
      const current = await loadWorkspaceImap(deps, options, use);
      const next = mergeImapInput(current?.settings ?? null, input);
      await resolveMailHost(next.host, options.policy, 'host');
      const { password, ...settings } = next;
      await saveMailAccount(deps.db, deps.workspaceId, 'imap', {
        account: {
          settings: JSON.stringify(settings),
          password: sealPassword(deps, options.box, 'imap', password),
          // A new or changed account is synced at the queue's next sweep.
          nextSyncAt: next.intervalMinutes === 0 ? null : deps.clock.now().toISOString(),
        },
        now: deps.clock.now().toISOString(),
      });
      return imapView(next);
    },
    sync: async () =>
      (await syncWorkspaceInbox(deps, options, { onlyIfDue: false })) as ImapSyncResult,
  };
}

/** Workspaces looked at per sweep; the next sweep takes the rest. */
const SWEEP_LIMIT = 1000;

/** The team workspaces whose IMAP account is due a sync (one scoped read across seekers). */
export async function findDueInboxSyncs(deps: TeamMailDeps): Promise<string[]> {
  return inTransaction(deps.db, async (trx) => {
    await scopeRows(trx, { workspaces: await listSeekerWorkspaces(trx) });
    return listDueInboxSyncs(trx, { now: deps.clock.now().toISOString(), limit: SWEEP_LIMIT });
  });
}

export type DueInboxSyncOutcome =
  | { synced: true; fetched: number }
  | { synced: false; reason: 'not_due' }
  | { synced: false; reason: 'failed'; error: string };

/**
 * Syncs one team workspace's IMAP account if it is due, inside a transaction scoped to it. A
 * sync the mail server refused (a wrong password, a server down) is tried again at the
 * account's next interval, as the local sync does, and its reason returned; anything else is
 * thrown for the queue to retry.
 */
export async function syncDueInbox(
  deps: TeamMailDeps,
  { workspaceId, ...options }: WorkspaceAccountOptions & { workspaceId: string },
): Promise<DueInboxSyncOutcome> {
  try {
    const result = await inWorkspace(deps, workspaceId, (scoped) =>
      syncWorkspaceInbox(scoped, options, { onlyIfDue: true }),
    );
    if (result === undefined) return { synced: false, reason: 'not_due' };
    return { synced: true, fetched: result.folders.reduce((n, f) => n + f.fetched, 0) };
  } catch (error) {
    if (!isAppError(error)) throw error;
    await inWorkspace(deps, workspaceId, async (scoped) => {
      const stored = await findMailAccount(scoped.db, workspaceId, 'imap');
      if (stored === undefined) return;
      const { intervalMinutes } = parseStoredSettings(imapStored, stored, 'imap');
      const later = new Date(deps.clock.now().getTime() + Math.max(intervalMinutes, 1) * 60_000);
      await setNextInboxSync(scoped.db, workspaceId, later.toISOString());
    });
    return { synced: false, reason: 'failed', error: error.message };
  }
}
