import type { MailKind } from '../../core/inbox/kinds';
import type { InboxStatus, MatchCandidate, Proposal } from '../../core/inbox/proposal';
import type { Stage } from '../../core/stages';
import type { Db } from '../database';
import type { InboxMessageRow, NewInboxMessageRow } from '../tables/inbox';
import { readJsonObject, readStringList, writeJson } from './json';

/** What was done when a proposal was applied, so that undo can take exactly that back. */
export interface AppliedChange {
  createdApplicationId: string | null;
  applicationId: string;
  rejectionId: string | null;
  interviewId: string | null;
  stageEventIds: string[];
  previous: { stage: Stage; stageChangedAt: string } | null;
}

/** A message Rebound read, as the inbox shows it. */
export interface InboxMessage {
  id: string;
  messageId: string | null;
  messageKey: string;
  source: string;
  from: { name: string | null; address: string | null };
  subject: string;
  sentAt: string | null;
  kind: MailKind;
  company: string | null;
  role: string | null;
  automated: boolean;
  confidence: number;
  evidence: string[];
  body: string | null;
  proposal: Proposal;
  status: InboxStatus;
  change: AppliedChange | null;
  createdAt: string;
  decidedAt: string | null;
}

export function toInboxMessage(row: InboxMessageRow): InboxMessage {
  return {
    id: row.id,
    messageId: row.message_id,
    messageKey: row.message_key,
    source: row.source,
    from: { name: row.from_name, address: row.from_address },
    subject: row.subject,
    sentAt: row.sent_at,
    kind: row.kind,
    company: row.company,
    role: row.role,
    automated: row.automated === 1,
    confidence: row.confidence,
    evidence: readStringList(row.evidence),
    body: row.body,
    proposal: readJsonObject(row.proposal) as unknown as Proposal,
    status: row.status,
    change: readJsonObject(row.change) as unknown as AppliedChange | null,
    createdAt: row.created_at,
    decidedAt: row.decided_at,
  };
}

export function fromInboxMessage(workspaceId: string, m: InboxMessage): NewInboxMessageRow {
  return {
    workspace_id: workspaceId,
    id: m.id,
    message_key: m.messageKey,
    message_id: m.messageId,
    source: m.source,
    from_name: m.from.name,
    from_address: m.from.address,
    subject: m.subject,
    sent_at: m.sentAt,
    kind: m.kind,
    company: m.company,
    role: m.role,
    automated: m.automated ? 1 : 0,
    confidence: m.confidence,
    evidence: writeJson(m.evidence),
    body: m.body,
    proposal: writeJson(m.proposal),
    status: m.status,
    change: m.change === null ? null : writeJson(m.change),
    created_at: m.createdAt,
    decided_at: m.decidedAt,
  };
}

export async function insertInboxMessages(
  db: Db,
  workspaceId: string,
  messages: readonly InboxMessage[],
) {
  // Bound parameters per statement stay well under SQLite's limit.
  for (let i = 0; i < messages.length; i += 200) {
    const chunk = messages.slice(i, i + 200).map((m) => fromInboxMessage(workspaceId, m));
    if (chunk.length > 0) await db.insertInto('inbox_messages').values(chunk).execute();
  }
}

/** The stored messages among these keys (Message-IDs), to read each message only once. */
export async function findInboxMessagesByKey(
  db: Db,
  workspaceId: string,
  keys: readonly string[],
): Promise<Map<string, InboxMessage>> {
  const found = new Map<string, InboxMessage>();
  for (let i = 0; i < keys.length; i += 500) {
    const chunk = keys.slice(i, i + 500);
    if (chunk.length === 0) continue;
    const rows = await db
      .selectFrom('inbox_messages')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('message_key', 'in', chunk)
      .execute();
    for (const row of rows) found.set(row.message_key, toInboxMessage(row));
  }
  return found;
}

export async function findInboxMessage(db: Db, workspaceId: string, id: string) {
  const row = await db
    .selectFrom('inbox_messages')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toInboxMessage(row);
}

export async function queryInboxMessages(
  db: Db,
  workspaceId: string,
  {
    statuses,
    limit,
    offset,
  }: { statuses: readonly InboxStatus[] | null; limit: number; offset: number },
) {
  let query = db.selectFrom('inbox_messages').selectAll().where('workspace_id', '=', workspaceId);
  if (statuses !== null) query = query.where('status', 'in', statuses);
  const rows = await query
    .orderBy('sent_at', 'desc')
    .orderBy('id')
    .limit(limit)
    .offset(offset)
    .execute();
  return rows.map(toInboxMessage);
}

export async function countInboxMessages(db: Db, workspaceId: string, status: InboxStatus) {
  const row = await db
    .selectFrom('inbox_messages')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('workspace_id', '=', workspaceId)
    .where('status', '=', status)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function updateInboxMessage(
  db: Db,
  workspaceId: string,
  m: Pick<
    InboxMessage,
    'id' | 'kind' | 'company' | 'role' | 'proposal' | 'status' | 'change' | 'decidedAt'
  >,
) {
  await db
    .updateTable('inbox_messages')
    .set({
      kind: m.kind,
      company: m.company,
      role: m.role,
      proposal: writeJson(m.proposal),
      status: m.status,
      change: m.change === null ? null : writeJson(m.change),
      decided_at: m.decidedAt,
    })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', m.id)
    .execute();
}

/** Every application with the addresses of the people linked to it, for matching mail. */
export async function listMatchCandidates(db: Db, workspaceId: string): Promise<MatchCandidate[]> {
  const apps = await db
    .selectFrom('applications')
    .select(['id', 'company', 'role', 'stage', 'updated_at'])
    .where('workspace_id', '=', workspaceId)
    .execute();
  const emails = await db
    .selectFrom('application_contacts as ac')
    .innerJoin('contacts as c', (join) =>
      join.onRef('c.workspace_id', '=', 'ac.workspace_id').onRef('c.id', '=', 'ac.contact_id'),
    )
    .select(['ac.application_id', 'c.email', 'c.other_emails'])
    .where('ac.workspace_id', '=', workspaceId)
    .execute();
  const byApp = new Map<string, string[]>();
  for (const row of emails) {
    const list = byApp.get(row.application_id) ?? [];
    if (row.email) list.push(row.email);
    list.push(...readStringList(row.other_emails));
    byApp.set(row.application_id, list);
  }
  return apps.map((a) => ({
    id: a.id,
    company: a.company,
    role: a.role,
    stage: a.stage,
    emails: byApp.get(a.id) ?? [],
    updatedAt: a.updated_at,
  }));
}

export interface SyncState {
  uidValidity: string;
  lastUid: number;
}

export async function findSyncState(db: Db, workspaceId: string, account: string, folder: string) {
  const row = await db
    .selectFrom('inbox_sync_state')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('account', '=', account)
    .where('folder', '=', folder)
    .executeTakeFirst();
  return row ? { uidValidity: row.uid_validity, lastUid: Number(row.last_uid) } : undefined;
}

export async function saveSyncState(
  db: Db,
  workspaceId: string,
  {
    account,
    folder,
    state,
    now,
  }: { account: string; folder: string; state: SyncState; now: string },
) {
  await db
    .insertInto('inbox_sync_state')
    .values({
      workspace_id: workspaceId,
      account,
      folder,
      uid_validity: state.uidValidity,
      last_uid: String(state.lastUid),
      synced_at: now,
    })
    .onConflict((oc) =>
      oc.columns(['workspace_id', 'account', 'folder']).doUpdateSet({
        uid_validity: state.uidValidity,
        last_uid: String(state.lastUid),
        synced_at: now,
      }),
    )
    .execute();
}
