import { AppError } from '../../core/app-error';
import { newId } from '../../core/ids';
import {
  APPLICATION_CSV_COLUMNS,
  APPLICATION_CSV_FIELDS,
  type ApplicationCsvField,
  type ColumnMapping,
  mappingProblems,
  proposeMapping,
} from '../../core/portability/application-columns';
import { applicationCsvRows } from '../../core/portability/application-csv-export';
import {
  type ApplicationWithHistory,
  planApplicationImport,
} from '../../core/portability/application-import-plan';
import { headerRow, readApplicationRows } from '../../core/portability/application-rows';
import type { CsvRecord } from '../../core/portability/csv-records';
import { buildReport, type FileImportReport } from '../../core/portability/import-report';
import { insertInChunks, selectWorkspaceRows } from '../../storage/bulk';
import type { Db } from '../../storage/database';
import {
  fromApplication,
  fromStageEvent,
  toApplication,
  toStageEvent,
  updateApplicationRow,
} from '../../storage/repositories/applications';
import { nowInstant, type UseCaseDeps } from '../deps';
import { readCsvRecords, writeCsv } from './csv-io';
import {
  badRowsError,
  fileProblemError,
  type FileImportOptions,
  writeOrRehearse,
} from './file-import';
import { loadRecoverySettings } from '../recovery-context';

/** Every application with its history, oldest application first. */
async function loadApplications(db: Db, workspaceId: string): Promise<ApplicationWithHistory[]> {
  const [applications, events] = await Promise.all([
    selectWorkspaceRows(db, 'applications', workspaceId),
    selectWorkspaceRows(db, 'stage_events', workspaceId),
  ]);
  const byApplication = new Map<string, ApplicationWithHistory>();
  for (const row of applications)
    byApplication.set(row.id, { application: toApplication(row), history: [] });
  for (const row of events) byApplication.get(row.application_id)?.history.push(toStageEvent(row));
  const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  for (const entry of byApplication.values())
    entry.history.sort((a, b) => order(a.at, b.at) || order(a.id, b.id));
  return [...byApplication.values()].sort(
    (a, b) =>
      order(a.application.createdAt, b.application.createdAt) ||
      order(a.application.id, b.application.id),
  );
}

/** All applications in Rebound's CSV layout (UTF-8 with a BOM, CRLF). */
export async function exportApplicationsCsv(
  deps: UseCaseDeps,
): Promise<{ text: string; count: number }> {
  const entries = await loadApplications(deps.db, deps.workspaceId);
  return { text: writeCsv(applicationCsvRows(entries)), count: entries.length };
}

function recordsOf(content: string): CsvRecord[] {
  const records = readCsvRecords(content);
  if (!records.ok) throw fileProblemError(records.error);
  if (headerRow(records.value).length === 0) {
    throw fileProblemError({
      line: 1,
      label: '',
      field: null,
      message: 'the file is empty; it needs a header row',
    });
  }
  return records.value;
}

/**
 * The proposed mapping with the user's choices on top. Choosing a field for a column takes it
 * away from the column the proposal gave it to, so an override never reads as "mapped twice".
 */
export function resolveMapping(
  headers: readonly string[],
  overrides: ColumnMapping = {},
): ColumnMapping {
  const mapping = proposeMapping(headers);
  for (const [header, field] of Object.entries(overrides)) {
    if (field !== null && !(APPLICATION_CSV_FIELDS as readonly string[]).includes(field)) {
      throw AppError.validation(
        `mapping.${header}`,
        `"${String(field)}" is not a field; use one of ${APPLICATION_CSV_FIELDS.join(', ')}`,
      );
    }
    for (const [other, given] of Object.entries(mapping))
      if (field !== null && given === field) mapping[other] = null;
    mapping[header] = field;
  }
  const problems = mappingProblems(mapping, headers);
  if (problems.length > 0)
    throw new AppError('validation', `mapping: ${problems.join('; ')}`, { field: 'mapping' });
  return mapping;
}

export interface ApplicationsCsvImportOptions extends FileImportOptions {
  /** Column choices that replace the proposed ones: header → field, or null to ignore it. */
  mapping?: ColumnMapping;
}

export interface ApplicationsCsvReport extends FileImportReport {
  /** The mapping the import used. */
  mapping: ColumnMapping;
}

async function writePlan(
  trx: Db,
  deps: UseCaseDeps,
  parsed: ReturnType<typeof readApplicationRows>,
) {
  const plan = planApplicationImport(await loadApplications(trx, deps.workspaceId), parsed, {
    now: nowInstant(deps),
    newApplicationId: () => newId('app'),
    newStageEventId: () => newId('stg'),
  });
  const ws = deps.workspaceId;
  await insertInChunks(
    trx,
    'applications',
    plan.creates.map((c) => fromApplication(ws, c.application)),
  );
  const events = [
    ...plan.creates.flatMap((c) => c.history),
    ...plan.updates.flatMap((u) => u.added),
  ];
  await insertInChunks(
    trx,
    'stage_events',
    events.map((e) => fromStageEvent(ws, e)),
  );
  for (const { application: a } of plan.updates) {
    await updateApplicationRow(trx, ws, a.id, {
      link: a.link,
      source: a.source,
      location: a.location,
      salary_min: a.salaryMin,
      salary_max: a.salaryMax,
      salary_currency: a.salaryCurrency,
      posting_text: a.postingText,
      notes: a.notes,
      stage: a.stage,
      stage_changed_at: a.stageChangedAt,
      updated_at: a.updatedAt,
    });
  }
  return plan.outcomes;
}

/**
 * Imports applications with their stage history from a CSV — Rebound's own export or another
 * tracker's, read through a column mapping. One transaction; a bad row refuses the whole file
 * unless `partial` is set.
 */
export async function importApplicationsCsv(
  deps: UseCaseDeps,
  { content, mapping: overrides, partial = false, dryRun = false }: ApplicationsCsvImportOptions,
): Promise<ApplicationsCsvReport> {
  const records = recordsOf(content);
  const mapping = resolveMapping(headerRow(records), overrides);
  const { timeZone: zone } = await loadRecoverySettings(deps.db, deps.workspaceId);
  const parsed = readApplicationRows(records, mapping, { now: nowInstant(deps), zone });
  if (parsed.problems.length > 0 && !partial) {
    throw badRowsError(parsed.problems, parsed.problems.length + parsed.candidates.length);
  }
  const outcomes = await writeOrRehearse(deps, dryRun, (trx) => writePlan(trx, deps, parsed));
  return { ...buildReport({ format: 'csv', dryRun, partial }, outcomes), mapping };
}

export interface ApplicationsCsvPreview {
  headers: string[];
  /** What Rebound would use: the proposal with any overrides applied. */
  mapping: ColumnMapping;
  /** What each field means, for a mapping screen. */
  fields: { field: ApplicationCsvField; header: string; meaning: string }[];
  /** Why the mapping cannot be used yet; empty when it can. */
  problems: string[];
  /** The import as a dry run with this mapping, or null while the mapping has problems. */
  report: ApplicationsCsvReport | null;
}

/** Shows how a file would be read — headers, proposed mapping, dry-run report — writing nothing. */
export async function previewApplicationsCsv(
  deps: UseCaseDeps,
  { content, mapping: overrides }: { content: string; mapping?: ColumnMapping },
): Promise<ApplicationsCsvPreview> {
  const headers = headerRow(recordsOf(content));
  const fields = APPLICATION_CSV_FIELDS.map((field) => ({
    field,
    ...APPLICATION_CSV_COLUMNS[field],
  }));
  let mapping: ColumnMapping;
  try {
    mapping = resolveMapping(headers, overrides);
  } catch (error) {
    if (!(error instanceof AppError) || error.field !== 'mapping') throw error;
    const proposed = { ...proposeMapping(headers), ...overrides };
    return {
      headers,
      mapping: proposed,
      fields,
      problems: mappingProblems(proposed, headers),
      report: null,
    };
  }
  const report = await importApplicationsCsv(deps, {
    content,
    mapping,
    partial: true,
    dryRun: true,
  });
  return { headers, mapping, fields, problems: [], report };
}
