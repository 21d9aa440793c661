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

export interface CalendarFeedRecord {
  workspaceId: string;
  settings: Record<string, unknown>;
  feedId: string;
  secret: string;
}

/** The calendar feed of a workspace, if it has one. */
export async function findCalendarFeed(
  db: Db,
  workspaceId: string,
): Promise<CalendarFeedRecord | undefined> {
  const row = await db
    .selectFrom('workspaces')
    .select(['id', 'settings', 'calendar_feed_id', 'calendar_feed_secret'])
    .where('id', '=', workspaceId)
    .executeTakeFirst();
  return row && toFeedRecord(row);
}

/** The workspace a calendar-feed id belongs to (the secret is for the caller to check). */
export async function findCalendarFeedById(
  db: Db,
  feedId: string,
): Promise<CalendarFeedRecord | undefined> {
  const row = await db
    .selectFrom('workspaces')
    .select(['id', 'settings', 'calendar_feed_id', 'calendar_feed_secret'])
    .where('calendar_feed_id', '=', feedId)
    .executeTakeFirst();
  return row && toFeedRecord(row);
}

function toFeedRecord(row: {
  id: string;
  settings: string;
  calendar_feed_id: string | null;
  calendar_feed_secret: string | null;
}): CalendarFeedRecord | undefined {
  if (row.calendar_feed_id === null || row.calendar_feed_secret === null) return undefined;
  return {
    workspaceId: row.id,
    settings: readJsonObject(row.settings) ?? {},
    feedId: row.calendar_feed_id,
    secret: row.calendar_feed_secret,
  };
}

/**
 * Sets the workspace's calendar feed. With `onlyIfMissing`, a feed another request set meanwhile
 * is kept, so two first requests cannot hand out two addresses.
 */
export async function setCalendarFeed(
  db: Db,
  workspaceId: string,
  feed: { feedId: string; secret: string; now: string; onlyIfMissing?: boolean },
): Promise<void> {
  let update = db
    .updateTable('workspaces')
    .set({
      calendar_feed_id: feed.feedId,
      calendar_feed_secret: feed.secret,
      updated_at: feed.now,
    })
    .where('id', '=', workspaceId);
  if (feed.onlyIfMissing === true) update = update.where('calendar_feed_id', 'is', null);
  await update.execute();
}
