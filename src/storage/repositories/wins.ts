import type { CalendarDay } from '../../core/dates';
import type { Win } from '../../core/wellbeing/win';
import type { Db } from '../database';
import type { NewWinRow, WinRow, WinUpdate } from '../tables/wellbeing';

export function toWin(row: WinRow): Win {
  return {
    id: row.id,
    applicationId: row.application_id,
    text: row.text,
    happenedOn: row.happened_on,
    cardId: row.card_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function fromWin(workspaceId: string, win: Win): NewWinRow {
  return {
    workspace_id: workspaceId,
    id: win.id,
    application_id: win.applicationId,
    text: win.text,
    happened_on: win.happenedOn,
    card_id: win.cardId,
    created_at: win.createdAt,
    updated_at: win.updatedAt,
  };
}

export async function insertWin(db: Db, workspaceId: string, win: Win): Promise<void> {
  await db.insertInto('wins').values(fromWin(workspaceId, win)).execute();
}

export async function findWin(db: Db, workspaceId: string, id: string): Promise<Win | null> {
  const row = await db
    .selectFrom('wins')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toWin(row) : null;
}

export interface WinQuery {
  applicationId?: string | undefined;
  /** Only wins on or after this day. */
  since?: CalendarDay | undefined;
  limit: number;
  offset: number;
}

/** Wins, most recent first. */
export async function queryWins(db: Db, workspaceId: string, query: WinQuery): Promise<Win[]> {
  let select = db.selectFrom('wins').selectAll().where('workspace_id', '=', workspaceId);
  if (query.applicationId !== undefined)
    select = select.where('application_id', '=', query.applicationId);
  if (query.since !== undefined) select = select.where('happened_on', '>=', query.since);
  const rows = await select
    .orderBy('happened_on', 'desc')
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(query.limit)
    .offset(query.offset)
    .execute();
  return rows.map(toWin);
}

export async function countWins(
  db: Db,
  workspaceId: string,
  { applicationId, since }: Pick<WinQuery, 'applicationId' | 'since'> = {},
): Promise<number> {
  let select = db
    .selectFrom('wins')
    .select(({ fn }) => fn.countAll<number>().as('n'))
    .where('workspace_id', '=', workspaceId);
  if (applicationId !== undefined) select = select.where('application_id', '=', applicationId);
  if (since !== undefined) select = select.where('happened_on', '>=', since);
  return Number((await select.executeTakeFirstOrThrow()).n);
}

export async function updateWinRow(
  db: Db,
  workspaceId: string,
  id: string,
  update: WinUpdate,
): Promise<void> {
  await db
    .updateTable('wins')
    .set(update)
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}

export async function deleteWinRow(db: Db, workspaceId: string, id: string): Promise<void> {
  await db
    .deleteFrom('wins')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}

/**
 * Points a win that has no card yet at `cardId`; false when it already has one. One statement,
 * so two requests at once cannot both give the win a card (the second waits on the row).
 */
export async function claimWinCard(
  db: Db,
  workspaceId: string,
  id: string,
  { cardId, now }: { cardId: string; now: string },
): Promise<boolean> {
  const result = await db
    .updateTable('wins')
    .set({ card_id: cardId, updated_at: now })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .where('card_id', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
