import type { Interaction } from '../../core/interaction';
import { countUnansweredTouches } from '../../core/recovery/keep-in-touch';
import type { Db } from '../database';
import type { InteractionRow, NewInteractionRow } from '../tables/interactions';

export function toInteraction(row: InteractionRow): Interaction {
  return {
    id: row.id,
    contactId: row.contact_id,
    applicationId: row.application_id,
    occurredAt: row.occurred_at,
    channel: row.channel,
    direction: row.direction,
    summary: row.summary,
    messageId: row.message_id,
    createdAt: row.created_at,
  };
}

export function fromInteraction(workspaceId: string, interaction: Interaction): NewInteractionRow {
  return {
    workspace_id: workspaceId,
    id: interaction.id,
    contact_id: interaction.contactId,
    application_id: interaction.applicationId,
    occurred_at: interaction.occurredAt,
    channel: interaction.channel,
    direction: interaction.direction,
    summary: interaction.summary,
    message_id: interaction.messageId,
    created_at: interaction.createdAt,
  };
}

export async function insertInteraction(db: Db, workspaceId: string, interaction: Interaction) {
  await db.insertInto('interactions').values(fromInteraction(workspaceId, interaction)).execute();
}

export async function findInteraction(
  db: Db,
  workspaceId: string,
  id: string,
): Promise<Interaction | undefined> {
  const row = await db
    .selectFrom('interactions')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toInteraction(row);
}

export interface InteractionQuery {
  contactId?: string;
  applicationId?: string;
  limit: number;
  offset: number;
}

/** Interactions, newest first. */
export async function queryInteractions(
  db: Db,
  workspaceId: string,
  query: InteractionQuery,
): Promise<Interaction[]> {
  let select = db.selectFrom('interactions').selectAll().where('workspace_id', '=', workspaceId);
  if (query.contactId !== undefined) select = select.where('contact_id', '=', query.contactId);
  if (query.applicationId !== undefined) {
    select = select.where('application_id', '=', query.applicationId);
  }
  const rows = await select
    .orderBy('occurred_at', 'desc')
    .orderBy('id', 'desc')
    .limit(query.limit)
    .offset(query.offset)
    .execute();
  return rows.map(toInteraction);
}

export async function deleteInteractionRow(db: Db, workspaceId: string, id: string) {
  await db
    .deleteFrom('interactions')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}

/** Enough history to count unanswered attempts well past any sensible follow-up limit. */
const RECENT_TOUCHES = 100;

/**
 * Recomputes a contact's denormalized interaction facts from their interactions: when they were
 * last in touch, and how many attempts to reach them have gone unanswered since they last wrote.
 */
export async function refreshLastInteraction(
  db: Db,
  workspaceId: string,
  contactId: string,
): Promise<void> {
  const recent = await db
    .selectFrom('interactions')
    .select(['occurred_at', 'direction'])
    .where('workspace_id', '=', workspaceId)
    .where('contact_id', '=', contactId)
    .orderBy('occurred_at', 'desc')
    .limit(RECENT_TOUCHES)
    .execute();
  const touches = recent.map((r) => ({ occurredAt: r.occurred_at, direction: r.direction }));
  await db
    .updateTable('contacts')
    .set({
      last_interaction_at: recent[0]?.occurred_at ?? null,
      unanswered_touches: countUnansweredTouches(touches),
    })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', contactId)
    .execute();
}

/** The outbound interactions logged for a message going out. */
export async function listInteractionsOfMessage(
  db: Db,
  workspaceId: string,
  messageId: string,
): Promise<Interaction[]> {
  const rows = await db
    .selectFrom('interactions')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('message_id', '=', messageId)
    .where('direction', '=', 'outbound')
    .orderBy('id')
    .execute();
  return rows.map(toInteraction);
}
