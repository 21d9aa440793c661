import {
  PRIVATE_SHARING,
  type Sharing,
  type SharedItem,
  type SharingSettings,
} from '../../core/team/sharing';
import type { Db } from '../database';

/** A workspace's sharing settings; every kind private until the seeker saves a choice. */
export async function readSharingSettings(db: Db, workspaceId: string): Promise<SharingSettings> {
  const row = await db
    .selectFrom('sharing_settings')
    .select(['reflections', 'drafts', 'feelings'])
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  if (row === undefined) return { ...PRIVATE_SHARING };
  return {
    reflections: Boolean(row.reflections),
    drafts: Boolean(row.drafts),
    feelings: Boolean(row.feelings),
  };
}

/** Saves the whole set of settings in one statement. */
export async function writeSharingSettings(
  db: Db,
  workspaceId: string,
  settings: SharingSettings,
  at: string,
): Promise<void> {
  const values = {
    reflections: settings.reflections ? 1 : 0,
    drafts: settings.drafts ? 1 : 0,
    feelings: settings.feelings ? 1 : 0,
    updated_at: at,
  };
  await db
    .insertInto('sharing_settings')
    .values({ workspace_id: workspaceId, ...values })
    .onConflict((oc) => oc.column('workspace_id').doUpdateSet(values))
    .execute();
}

/** The settings and every item shared on its own: what a coach's view is decided by. */
export async function readSharing(db: Db, workspaceId: string): Promise<Sharing> {
  const [settings, reflections, drafts] = await Promise.all([
    readSharingSettings(db, workspaceId),
    db
      .selectFrom('shared_reflections')
      .select('rejection_id')
      .where('workspace_id', '=', workspaceId)
      .execute(),
    db
      .selectFrom('shared_drafts')
      .select('message_id')
      .where('workspace_id', '=', workspaceId)
      .execute(),
  ]);
  return {
    settings,
    reflectionIds: new Set(reflections.map((row) => row.rejection_id)),
    draftIds: new Set(drafts.map((row) => row.message_id)),
  };
}

/** Shares one rejection's reflection; sharing it twice keeps the first time. */
export async function insertSharedReflection(
  db: Db,
  workspaceId: string,
  rejectionId: string,
  at: string,
): Promise<void> {
  await db
    .insertInto('shared_reflections')
    .values({ workspace_id: workspaceId, rejection_id: rejectionId, shared_at: at })
    .onConflict((oc) => oc.columns(['workspace_id', 'rejection_id']).doNothing())
    .execute();
}

export async function deleteSharedReflection(
  db: Db,
  workspaceId: string,
  rejectionId: string,
): Promise<void> {
  await db
    .deleteFrom('shared_reflections')
    .where('workspace_id', '=', workspaceId)
    .where('rejection_id', '=', rejectionId)
    .execute();
}

/** Shares one draft; sharing it twice keeps the first time. */
export async function insertSharedDraft(
  db: Db,
  workspaceId: string,
  messageId: string,
  at: string,
): Promise<void> {
  await db
    .insertInto('shared_drafts')
    .values({ workspace_id: workspaceId, message_id: messageId, shared_at: at })
    .onConflict((oc) => oc.columns(['workspace_id', 'message_id']).doNothing())
    .execute();
}

export async function deleteSharedDraft(
  db: Db,
  workspaceId: string,
  messageId: string,
): Promise<void> {
  await db
    .deleteFrom('shared_drafts')
    .where('workspace_id', '=', workspaceId)
    .where('message_id', '=', messageId)
    .execute();
}

/** Every item shared on its own, with what the seeker recognises it by; newest first. */
export async function listSharedItems(db: Db, workspaceId: string): Promise<SharedItem[]> {
  const [reflections, drafts] = await Promise.all([
    db
      .selectFrom('shared_reflections as s')
      .innerJoin('rejections as r', (join) =>
        join.onRef('r.workspace_id', '=', 's.workspace_id').onRef('r.id', '=', 's.rejection_id'),
      )
      .innerJoin('applications as a', (join) =>
        join.onRef('a.workspace_id', '=', 'r.workspace_id').onRef('a.id', '=', 'r.application_id'),
      )
      .select(['s.rejection_id', 's.shared_at', 'a.id as application_id', 'a.company', 'a.role'])
      .where('s.workspace_id', '=', workspaceId)
      .execute(),
    db
      .selectFrom('shared_drafts as s')
      .innerJoin('messages as m', (join) =>
        join.onRef('m.workspace_id', '=', 's.workspace_id').onRef('m.id', '=', 's.message_id'),
      )
      .select(['s.message_id', 's.shared_at', 'm.application_id', 'm.subject', 'm.kind'])
      .where('s.workspace_id', '=', workspaceId)
      .execute(),
  ]);
  const items: SharedItem[] = [
    ...reflections.map((row) => ({
      kind: 'reflection' as const,
      id: row.rejection_id,
      applicationId: row.application_id,
      label: `${row.company} — ${row.role}`,
      sharedAt: row.shared_at,
    })),
    ...drafts.map((row) => ({
      kind: 'draft' as const,
      id: row.message_id,
      applicationId: row.application_id,
      label: row.subject ?? `A ${row.kind.replace(/_/g, ' ')} draft`,
      sharedAt: row.shared_at,
    })),
  ];
  return items.sort((a, b) => b.sharedAt.localeCompare(a.sharedAt) || a.id.localeCompare(b.id));
}
