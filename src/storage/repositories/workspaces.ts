import type { Db } from '../database';
import type { WorkspaceRow } from '../tables/workspaces';
import { readJsonObject, writeJson } from './json';

export interface WorkspaceRecord {
  id: string;
  name: string;
  settings: Record<string, unknown>;
  createdAt: string;
  updatedAt: string;
}

function toWorkspace(row: WorkspaceRow): WorkspaceRecord {
  return {
    id: row.id,
    name: row.name,
    settings: readJsonObject(row.settings) ?? {},
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function findWorkspace(db: Db, id: string): Promise<WorkspaceRecord | undefined> {
  const row = await db.selectFrom('workspaces').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toWorkspace(row);
}

export async function insertWorkspace(
  db: Db,
  workspace: { id: string; name: string; settings?: Record<string, unknown>; now: string },
): Promise<void> {
  await db
    .insertInto('workspaces')
    .values({
      id: workspace.id,
      name: workspace.name,
      settings: writeJson(workspace.settings ?? {}),
      created_at: workspace.now,
      updated_at: workspace.now,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}

export async function updateWorkspace(
  db: Db,
  id: string,
  patch: { name?: string; settings?: Record<string, unknown>; now: string },
): Promise<void> {
  await db
    .updateTable('workspaces')
    .set({
      ...(patch.name !== undefined && { name: patch.name }),
      ...(patch.settings !== undefined && { settings: writeJson(patch.settings) }),
      updated_at: patch.now,
    })
    .where('id', '=', id)
    .execute();
}
