import { AppError } from '../../core/app-error';
import type { Reflection } from '../../core/recovery/reflection';
import {
  type Sharing,
  type SharedItem,
  type SharingPatch,
  type SharingSettings,
} from '../../core/team/sharing';
import { findMessage } from '../../storage/repositories/messages';
import { findRejection } from '../../storage/repositories/rejections';
import {
  deleteSharedDraft,
  deleteSharedReflection,
  insertSharedDraft,
  insertSharedReflection,
  listSharedItems,
  readSharing,
  readSharingSettings,
  writeSharingSettings,
} from '../../storage/repositories/sharing';
import { lockForWrite } from '../../storage/write-lock';
import { inTransaction, nowInstant, type UseCaseDeps } from '../deps';
import { requireRejection } from '../recovery-context';

/** What the seeker's sharing page shows: each kind's setting and the items shared one by one. */
export interface SharingView {
  settings: SharingSettings;
  items: SharedItem[];
}

/** The seeker's sharing settings and every item they shared on its own. */
export async function viewSharing(deps: UseCaseDeps): Promise<SharingView> {
  const [settings, items] = await Promise.all([
    readSharingSettings(deps.db, deps.workspaceId),
    listSharedItems(deps.db, deps.workspaceId),
  ]);
  return { settings, items };
}

export interface ChangeSharingOptions {
  /** The kinds to change; a kind left out keeps its setting. */
  patch: SharingPatch;
}

/** Shares a kind with the coach or makes it private again; a coach's next read follows it. */
export async function changeSharing(
  deps: UseCaseDeps,
  { patch }: ChangeSharingOptions,
): Promise<SharingView> {
  await inTransaction(deps.db, async (trx) => {
    await lockForWrite(trx, deps.workspaceId, { kind: 'settings' });
    const current = await readSharingSettings(trx, deps.workspaceId);
    const next: SharingSettings = {
      reflections: patch.reflections ?? current.reflections,
      drafts: patch.drafts ?? current.drafts,
      feelings: patch.feelings ?? current.feelings,
    };
    await writeSharingSettings(trx, deps.workspaceId, next, nowInstant(deps));
  });
  return viewSharing(deps);
}

/** Which item to share or unshare: a rejection (its reflection) or a draft message. */
export interface SharedItemOptions {
  id: string;
}

async function requireRejectionById(deps: UseCaseDeps, id: string) {
  const rejection = await findRejection(deps.db, deps.workspaceId, id);
  if (rejection === undefined) throw AppError.notFound('rejection', id);
  return rejection;
}

async function requireDraft(deps: UseCaseDeps, id: string) {
  const message = await findMessage(deps.db, deps.workspaceId, id);
  if (message === undefined) throw AppError.notFound('message', id);
  if (message.status !== 'draft') {
    throw new AppError(
      'conflict',
      'id: only a draft can be shared; a message already sent stays between you and its reader',
      { field: 'id' },
    );
  }
  return message;
}

/** Shares one rejection's reflection with the coach while reflections stay private. */
export async function shareReflection(
  deps: UseCaseDeps,
  { id }: SharedItemOptions,
): Promise<SharingView> {
  await requireRejectionById(deps, id);
  await insertSharedReflection(deps.db, deps.workspaceId, id, nowInstant(deps));
  return viewSharing(deps);
}

/** Takes one reflection back; the coach's next read is refused. */
export async function unshareReflection(
  deps: UseCaseDeps,
  { id }: SharedItemOptions,
): Promise<SharingView> {
  await requireRejectionById(deps, id);
  await deleteSharedReflection(deps.db, deps.workspaceId, id);
  return viewSharing(deps);
}

/** Shares one draft with the coach while drafts stay private. */
export async function shareDraft(
  deps: UseCaseDeps,
  { id }: SharedItemOptions,
): Promise<SharingView> {
  await requireDraft(deps, id);
  await insertSharedDraft(deps.db, deps.workspaceId, id, nowInstant(deps));
  return viewSharing(deps);
}

/** Takes one draft back; the coach's next read is refused. */
export async function unshareDraft(
  deps: UseCaseDeps,
  { id }: SharedItemOptions,
): Promise<SharingView> {
  const message = await findMessage(deps.db, deps.workspaceId, id);
  if (message === undefined) throw AppError.notFound('message', id);
  await deleteSharedDraft(deps.db, deps.workspaceId, id);
  return viewSharing(deps);
}

/** What a coach's views of this workspace are decided by, read fresh for every request. */
export async function readSharingOf(deps: UseCaseDeps): Promise<Sharing> {
  return readSharing(deps.db, deps.workspaceId);
}

/** One application's reflection, as its rejection holds it. */
export interface ApplicationReflection {
  applicationId: string;
  rejectionId: string;
  reflection: Reflection | null;
}

export interface GetReflectionOptions {
  applicationId: string;
}

/** The reflection written after an application's rejection (null when none was written). */
export async function getReflection(
  deps: UseCaseDeps,
  { applicationId }: GetReflectionOptions,
): Promise<ApplicationReflection> {
  const rejection = await requireRejection(deps.db, deps.workspaceId, applicationId);
  return { applicationId, rejectionId: rejection.id, reflection: rejection.reflection };
}
