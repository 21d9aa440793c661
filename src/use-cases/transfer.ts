import { AppError } from '../core/app-error';
import { MAX_IMPORT_RECORDS, tooManyRowsError } from '../core/import-limits';
import {
  findDocumentProblems,
  WORKSPACE_DOCUMENT_FORMAT,
  WORKSPACE_DOCUMENT_VERSION,
  type WorkspaceDocument,
} from '../core/workspace-document';
import { asWorkspaceDocument, workspaceImportSchema } from '../core/workspace-import-schema';
import {
  clearWorkspaceData,
  insertInChunks,
  selectWorkspaceRows,
  type WorkspaceTable,
} from '../storage/bulk';
import { refreshStatistics } from '../storage/connect';
import type { Db } from '../storage/database';
import {
  fromApplication,
  fromStageEvent,
  toApplication,
  toStageEvent,
} from '../storage/repositories/applications';
import { fromContact, toContact } from '../storage/repositories/contacts';
import { fromInteraction, toInteraction } from '../storage/repositories/interactions';
import { fromInterview, toInterview } from '../storage/repositories/interviews';
import { fromMessage, toMessage } from '../storage/repositories/messages';
import { fromRejection, toRejection } from '../storage/repositories/rejections';
import { fromTask, toTask } from '../storage/repositories/tasks';
import { findWorkspace, updateWorkspace } from '../storage/repositories/workspaces';
import { storableJson } from '../core/text';
import { parseInput } from '../core/validation';
import { inTransaction, nowInstant, type UseCaseDeps } from './deps';
import { exportPractice, importPractice } from './practice-transfer';
import { lockForWrite } from '../storage/write-lock';

/** Everything in the workspace as one document, in a stable order. */
export async function exportWorkspace(deps: UseCaseDeps): Promise<WorkspaceDocument> {
  const { db, workspaceId } = deps;
  const workspace = await findWorkspace(db, workspaceId);
  if (!workspace) throw AppError.notFound('workspace', workspaceId);
  const all = <T extends WorkspaceTable>(table: T) => selectWorkspaceRows(db, table, workspaceId);

  const [
    applications,
    stageEvents,
    contacts,
    links,
    interviews,
    met,
    messages,
    interactions,
    rejections,
    tasks,
    practice,
  ] = await Promise.all([
    all('applications'),
    all('stage_events'),
    all('contacts'),
    all('application_contacts'),
    all('interviews'),
    all('interview_contacts'),
    all('messages'),
    all('interactions'),
    all('rejections'),
    all('tasks'),
    exportPractice(db, workspaceId),
  ]);
  const metBy = new Map<string, string[]>();
  for (const row of met)
    metBy.set(row.interview_id, [...(metBy.get(row.interview_id) ?? []), row.contact_id]);
  const byId = <T extends { id: string }>(list: T[]) =>
    list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  // What the import refuses never leaves: a value stored before NUL was refused is cleaned here.
  return storableJson({
    format: WORKSPACE_DOCUMENT_FORMAT,
    version: WORKSPACE_DOCUMENT_VERSION,
    exportedAt: nowInstant(deps),
    workspace: { name: workspace.name, settings: workspace.settings },
    applications: byId(applications.map(toApplication)),
    stageEvents: byId(stageEvents.map(toStageEvent)),
    contacts: byId(contacts.map(toContact)),
    applicationContacts: links
      .map((l) => ({ applicationId: l.application_id, contactId: l.contact_id }))
      .sort((a, b) =>
        `${a.applicationId} ${a.contactId}`.localeCompare(`${b.applicationId} ${b.contactId}`),
      ),
    interviews: byId(interviews.map((row) => toInterview(row, (metBy.get(row.id) ?? []).sort()))),
    messages: byId(messages.map(toMessage)),
    interactions: byId(interactions.map(toInteraction)),
    rejections: byId(rejections.map(toRejection)),
    tasks: byId(tasks.map(toTask)),
    ...practice,
  } satisfies WorkspaceDocument);
}

export type ImportMode = 'empty' | 'replace' | 'merge';

export interface ImportWorkspaceOptions {
  /** The parsed JSON, validated here. */
  document: unknown;
  /**
   * `empty` (default) refuses a workspace that already holds data; `replace` swaps its contents
   * for the document's; `merge` adds the records whose ids the workspace does not have yet.
   */
  mode?: ImportMode;
}

export interface ImportReport {
  mode: ImportMode;
  created: Record<string, number>;
  skipped: Record<string, number>;
}

/**
 * Parses and checks a workspace document with the API's own rules for every field; the first
 * problem becomes a validation error naming the record and field (`applications[3].link: …`).
 */
export function parseWorkspaceDocument(document: unknown): WorkspaceDocument {
  const records = countRecords(document);
  if (records > MAX_IMPORT_RECORDS)
    throw tooManyRowsError('body', 'records', MAX_IMPORT_RECORDS, records);
  return asWorkspaceDocument(parseInput(workspaceImportSchema, document));
}

/** How many records a document's lists hold, counted before any of them is checked. */
function countRecords(document: unknown): number {
  if (document === null || typeof document !== 'object') return 0;
  return Object.values(document).reduce<number>(
    (sum, value) => sum + (Array.isArray(value) ? value.length : 0),
    0,
  );
}

async function existingIds(
  db: Db,
  workspaceId: string,
  table:
    'applications' | 'contacts' | 'interviews' | 'messages' | 'interactions' | 'practice_cards',
) {
  const rows = await db
    .selectFrom(table)
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** Loads a workspace document in one transaction: all of it is written, or nothing. */
export async function importWorkspace(
  deps: UseCaseDeps,
  { document, mode = 'empty' }: ImportWorkspaceOptions,
): Promise<ImportReport> {
  const doc = parseWorkspaceDocument(document);
  const { workspaceId } = deps;
  const report = await inTransaction(deps.db, async (trx) => {
    // Imports take turns (see writeOrRehearse), so two merges of one file add its records once.
    await lockForWrite(trx, workspaceId, { kind: 'imports' });
    const workspace = await findWorkspace(trx, workspaceId);
    if (!workspace) throw AppError.notFound('workspace', workspaceId);
    const known = {
      applications: await existingIds(trx, workspaceId, 'applications'),
      contacts: await existingIds(trx, workspaceId, 'contacts'),
      interviews: await existingIds(trx, workspaceId, 'interviews'),
      messages: await existingIds(trx, workspaceId, 'messages'),
      interactions: await existingIds(trx, workspaceId, 'interactions'),
      practiceCards: await existingIds(trx, workspaceId, 'practice_cards'),
    };
    const hasData = Object.values(known).some((ids) => ids.size > 0);
    if (mode === 'empty' && hasData) {
      throw new AppError(
        'conflict',
        'mode: this workspace already has data; replace it with the import, or merge the import into it',
        { field: 'mode' },
      );
    }
    const problem = findDocumentProblems(doc, mode === 'merge' ? known : {})[0];
    if (problem) {
      throw new AppError('validation', `${problem.path}: ${problem.message}`, {
        field: problem.path,
      });
    }
    if (mode === 'replace') await clearWorkspaceData(trx, workspaceId);
    const fresh = <T extends { id: string }>(records: T[], ids: ReadonlySet<string>) =>
      mode === 'merge' ? records.filter((r) => !ids.has(r.id)) : records;

    const applications = fresh(doc.applications, known.applications);
    const contacts = fresh(doc.contacts, known.contacts);
    const interviews = fresh(doc.interviews, known.interviews);
    const messages = fresh(doc.messages, known.messages);
    const interactions = fresh(doc.interactions, known.interactions);
    const newApplications = new Set(applications.map((a) => a.id));
    // Child records without ids of their own follow their parent: merged only with a new parent.
    const stageEvents = doc.stageEvents.filter(
      (e) => mode !== 'merge' || newApplications.has(e.applicationId),
    );
    const rejections = doc.rejections.filter(
      (r) => mode !== 'merge' || newApplications.has(r.applicationId),
    );
    const existingTasks =
      mode === 'merge'
        ? new Set(
            (
              await trx
                .selectFrom('tasks')
                .select('id')
                .where('workspace_id', '=', workspaceId)
                .execute()
            ).map((r) => r.id),
          )
        : new Set<string>();
    const tasks = doc.tasks.filter((t) => !existingTasks.has(t.id));

    await insertInChunks(
      trx,
      'applications',
      applications.map((a) => fromApplication(workspaceId, a)),
    );
    await insertInChunks(
      trx,
      'stage_events',
      stageEvents.map((e) => fromStageEvent(workspaceId, e)),
    );
    await insertInChunks(
      trx,
      'contacts',
      contacts.map((c) => fromContact(workspaceId, c)),
    );
    const links = doc.applicationContacts.map((l) => ({
      workspace_id: workspaceId,
      application_id: l.applicationId,
      contact_id: l.contactId,
    }));
    for (let i = 0; i < links.length; i += 5000) {
      const chunk = links.slice(i, i + 5000);
      if (chunk.length > 0)
        await trx
          .insertInto('application_contacts')
          .values(chunk)
          .onConflict((oc) => oc.doNothing())
          .execute();
    }
    await insertInChunks(
      trx,
      'interviews',
      interviews.map((i) => fromInterview(workspaceId, i)),
    );
    await insertInChunks(
      trx,
      'interview_contacts',
      interviews.flatMap((i) =>
        [...new Set(i.contactIds)].map((contactId) => ({
          workspace_id: workspaceId,
          interview_id: i.id,
          contact_id: contactId,
        })),
      ),
    );
    await insertInChunks(
      trx,
      'messages',
      messages.map((m) => fromMessage(workspaceId, m)),
    );
    await insertInChunks(
      trx,
      'interactions',
      interactions.map((i) => fromInteraction(workspaceId, i)),
    );
    await insertInChunks(
      trx,
      'rejections',
      rejections.map((r) => fromRejection(workspaceId, r)),
    );
    await insertInChunks(
      trx,
      'tasks',
      tasks.map((t) => fromTask(workspaceId, t)),
    );
    const practice = await importPractice(deps, trx, {
      document: doc,
      merge: mode === 'merge',
      newApplications,
      knownCards: mode === 'merge' ? known.practiceCards : new Set(),
    });
    if (mode !== 'merge') {
      await updateWorkspace(trx, workspaceId, {
        name: doc.workspace.name,
        settings: doc.workspace.settings,
        now: nowInstant(deps),
      });
    }
    return {
      mode,
      created: {
        applications: applications.length,
        stageEvents: stageEvents.length,
        contacts: contacts.length,
        interviews: interviews.length,
        messages: messages.length,
        interactions: interactions.length,
        rejections: rejections.length,
        tasks: tasks.length,
        practiceCards: practice.cards,
        practiceReviews: practice.reviews,
      },
      skipped: {
        applications: doc.applications.length - applications.length,
        contacts: doc.contacts.length - contacts.length,
        interviews: doc.interviews.length - interviews.length,
        messages: doc.messages.length - messages.length,
        interactions: doc.interactions.length - interactions.length,
        tasks: doc.tasks.length - tasks.length,
      },
    };
  });
  await refreshStatistics(deps.db);
  return report;
}
