import { AppError } from '../../core/app-error';
import type { InboxSettings, InboxSettingsInput } from '../../core/inbox/proposal';
import type { Db } from '../../storage/database';
import { findWorkspace, updateWorkspace } from '../../storage/repositories/workspaces';
import { inTransaction, nowInstant, type UseCaseDeps } from '../deps';

const DEFAULTS: InboxSettings = { autoApply: false, keepBodies: false };

function readSettings(settings: Record<string, unknown>): InboxSettings {
  const stored = settings.inbox;
  const record =
    stored !== null && typeof stored === 'object' ? (stored as Record<string, unknown>) : {};
  return {
    autoApply: typeof record.autoApply === 'boolean' ? record.autoApply : DEFAULTS.autoApply,
    keepBodies: typeof record.keepBodies === 'boolean' ? record.keepBodies : DEFAULTS.keepBodies,
  };
}

/** The inbox settings: apply confident matches by themselves, keep whole bodies. Both off by default. */
export async function loadInboxSettings(db: Db, workspaceId: string): Promise<InboxSettings> {
  const workspace = await findWorkspace(db, workspaceId);
  if (!workspace) throw AppError.notFound('workspace', workspaceId);
  return readSettings(workspace.settings);
}

export async function getInboxSettings(deps: UseCaseDeps): Promise<InboxSettings> {
  return loadInboxSettings(deps.db, deps.workspaceId);
}

/** Changes the inbox settings; what is left out stays. */
export async function updateInboxSettings(
  deps: UseCaseDeps,
  input: InboxSettingsInput,
): Promise<InboxSettings> {
  return inTransaction(deps.db, async (trx) => {
    const workspace = await findWorkspace(trx, deps.workspaceId);
    if (!workspace) throw AppError.notFound('workspace', deps.workspaceId);
    const next = { ...readSettings(workspace.settings), ...input };
    await updateWorkspace(trx, deps.workspaceId, {
      settings: { ...workspace.settings, inbox: next },
      now: nowInstant(deps),
    });
    return next;
  });
}
