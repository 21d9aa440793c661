import { applicationFieldsSchema, type ApplicationFields } from '../application';
import type { Instant } from '../dates';
import { looksLikeId } from '../ids';
import { STAGES, type Stage } from '../stages';
import { cleanImportedText } from '../text';
import { type ApplicationCsvField, type ColumnMapping, readStage } from './application-columns';
import { type CsvRecord, isBlankRecord, unneutralizeCell } from './csv-records';
import type { RowProblem } from './import-report';
import { readLooseInstant, readLooseSalary } from './loose-values';
import { type HistoryStep, parseStageHistory } from './stage-history';

/** An application read from a row: its fields, its dated stage history, where it came from. */
export interface ApplicationCandidate {
  line: number;
  /** A Rebound application id the row carries, if any. */
  id: string | null;
  label: string;
  fields: ApplicationFields;
  /** Oldest first; the last step is the current stage. Never empty. */
  history: HistoryStep[];
  createdAt: Instant;
  /** Whether the row gave any date, so a match can also compare when it started. */
  dated: boolean;
}

export interface ParsedApplications {
  headers: string[];
  candidates: ApplicationCandidate[];
  problems: RowProblem[];
}

/** When the import runs, and the user's time zone, which dates without an offset are read in. */
export interface RowClock {
  now: Instant;
  zone: string;
}

type Cells = Partial<Record<ApplicationCsvField, { header: string; value: string }>>;
type Problem = { field: string; message: string };
type RowResult = { ok: true; value: ApplicationCandidate } | { ok: false; problem: Problem };

function instantOf(
  cells: Cells,
  field: 'stageAt' | 'appliedOn' | 'createdAt',
  zone: string,
): Instant | null | Problem {
  const cell = cells[field];
  if (cell === undefined || cell.value === '') return null;
  const at = readLooseInstant(cell.value, zone);
  return (
    at ?? {
      field: cell.header,
      message: `"${cell.value.slice(0, 40)}" is not a real date such as 2026-11-26`,
    }
  );
}

const isProblem = (value: unknown): value is Problem =>
  typeof value === 'object' && value !== null && 'message' in value;

/** The history a row describes: its own history cell, or built from its stage and dates. */
function historyOf(cells: Cells, { now, zone }: RowClock): HistoryStep[] | Problem {
  const stageCell = cells.stage;
  const stage: Stage | undefined =
    stageCell === undefined || stageCell.value === '' ? undefined : readStage(stageCell.value);
  if (stageCell !== undefined && stageCell.value !== '' && stage === undefined) {
    return {
      field: stageCell.header,
      message: `"${stageCell.value.slice(0, 40)}" is not a stage; use one of ${STAGES.join(', ')}`,
    };
  }
  const [stageAt, appliedOn, createdAt] = [
    instantOf(cells, 'stageAt', zone),
    instantOf(cells, 'appliedOn', zone),
    instantOf(cells, 'createdAt', zone),
  ];
  for (const value of [stageAt, appliedOn, createdAt]) if (isProblem(value)) return value;
  const historyCell = cells.stageHistory;
  if (historyCell !== undefined && historyCell.value !== '') {
    const parsed = parseStageHistory(historyCell.value, zone);
    if (!parsed.ok) return { field: historyCell.header, message: parsed.error };
    const steps = parsed.value;
    const last = steps[steps.length - 1];
    if (stage !== undefined && last !== undefined && last.stage !== stage) {
      steps.push({ stage, at: (stageAt as Instant | null) ?? last.at, note: null });
    }
    if (steps.length > 0) return steps;
  }
  const start = (appliedOn ?? createdAt ?? stageAt ?? now) as Instant;
  const steps: HistoryStep[] = [];
  if (appliedOn !== null) steps.push({ stage: 'applied', at: appliedOn as Instant, note: null });
  const current = stage ?? 'applied';
  if (current !== 'applied' || appliedOn === null) {
    steps.push({ stage: current, at: (stageAt as Instant | null) ?? start, note: null });
  }
  return steps.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

/** Salary from min/max columns or from one text column such as "$80k–95k". */
function salaryOf(
  cells: Cells,
): { min: number | null; max: number | null; currency: string | null } | Problem {
  const read = (field: 'salary' | 'salaryMin' | 'salaryMax') => {
    const cell = cells[field];
    if (cell === undefined || cell.value === '') return null;
    return (
      readLooseSalary(cell.value) ?? {
        field: cell.header,
        message: `"${cell.value.slice(0, 40)}" is not a salary such as 85000 or $80k–95k`,
      }
    );
  };
  const [range, min, max] = [read('salary'), read('salaryMin'), read('salaryMax')];
  for (const value of [range, min, max]) if (isProblem(value)) return value;
  type Salary = { min: number | null; max: number | null; currency: string | null } | null;
  const [r, lo, hi] = [range as Salary, min as Salary, max as Salary];
  return {
    min: lo?.min ?? r?.min ?? null,
    max: hi?.max ?? r?.max ?? null,
    currency: cells.currency?.value || r?.currency || lo?.currency || hi?.currency || null,
  };
}

/** A web address some trackers write without its scheme (`www.acme.com/jobs/1`). */
const withScheme = (link: string) =>
  link !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(link) && /^[\w-]+(\.[\w-]+)+(\/|$)/.test(link)
    ? `https://${link}`
    : link;

/** Checks the fields with the application schema; a problem names the file's own column. */
function validateFields(
  raw: Record<string, unknown>,
  cells: Cells,
): { ok: true; fields: ApplicationFields } | { ok: false; problem: Problem } {
  const parsed = applicationFieldsSchema.safeParse(raw);
  if (parsed.success) return { ok: true, fields: parsed.data };
  const issue = parsed.error.issues[0];
  const key = String(issue?.path[0] ?? '');
  // Salary fields may come from one "Salary" column; the problem names the column they came from.
  const source: Record<string, ApplicationCsvField> = {
    salaryMin: cells.salaryMin ? 'salaryMin' : 'salary',
    salaryMax: cells.salaryMax ? 'salaryMax' : 'salary',
    salaryCurrency: cells.currency ? 'currency' : 'salary',
  };
  const field = (source[key] ?? key) as ApplicationCsvField;
  return {
    ok: false,
    problem: { field: cells[field]?.header ?? key, message: issue?.message ?? 'is not valid' },
  };
}

function readRow(
  record: CsvRecord,
  columns: (ApplicationCsvField | null)[],
  headers: string[],
  clock: RowClock,
): RowResult {
  const cells: Cells = {};
  columns.forEach((field, index) => {
    if (field === null) return;
    cells[field] = {
      header: headers[index] ?? field,
      value: cleanImportedText(unneutralizeCell(record.cells[index] ?? '')).trim(),
    };
  });
  const history = historyOf(cells, clock);
  if (isProblem(history)) return { ok: false, problem: history };
  const salary = salaryOf(cells);
  if (isProblem(salary)) return { ok: false, problem: salary };
  const raw = {
    company: cells.company?.value,
    role: cells.role?.value,
    link: withScheme(cells.link?.value ?? '') || null,
    source: cells.source?.value || null,
    location: cells.location?.value || null,
    salaryMin: salary.min,
    salaryMax: salary.max,
    salaryCurrency: salary.currency,
    postingText: cells.postingText?.value || null,
    notes: cells.notes?.value || null,
  };
  const parsed = validateFields(raw, cells);
  if (!parsed.ok) return parsed;
  const createdAt = instantOf(cells, 'createdAt', clock.zone) as Instant | null;
  const idValue = cells.id?.value ?? '';
  return {
    ok: true,
    value: {
      line: record.line,
      id: idValue.startsWith('app_') && looksLikeId(idValue) ? idValue : null,
      label: `${parsed.fields.company} — ${parsed.fields.role}`,
      fields: parsed.fields,
      history,
      createdAt: createdAt ?? (history[0] as HistoryStep).at,
      dated: ['stageAt', 'appliedOn', 'createdAt', 'stageHistory'].some(
        (f) => (cells[f as ApplicationCsvField]?.value ?? '') !== '',
      ),
    },
  };
}

/**
 * Reads the rows of an applications CSV with a column mapping: the first non-blank record is
 * the header row. Each row becomes a candidate or a problem naming its line and column.
 */
export function readApplicationRows(
  records: readonly CsvRecord[],
  mapping: ColumnMapping,
  clock: RowClock,
): ParsedApplications {
  const start = records.findIndex((r) => !isBlankRecord(r));
  const headerRecord = records[start];
  if (headerRecord === undefined) return { headers: [], candidates: [], problems: [] };
  const headers = headerRecord.cells.map((h) => h.trim());
  const columns = headers.map((header, index) =>
    headers.indexOf(header) === index ? (mapping[header] ?? null) : null,
  );
  const parsed: ParsedApplications = { headers, candidates: [], problems: [] };
  for (const record of records.slice(start + 1)) {
    if (isBlankRecord(record)) continue;
    const row = readRow(record, columns, headers, clock);
    if (row.ok) parsed.candidates.push(row.value);
    else {
      const company = record.cells[columns.indexOf('company')] ?? '';
      const role = record.cells[columns.indexOf('role')] ?? '';
      const label = [company, role]
        .map((s) => s.trim())
        .filter(Boolean)
        .join(' — ')
        .slice(0, 80);
      parsed.problems.push({
        line: record.line,
        label,
        field: row.problem.field,
        message: row.problem.message,
      });
    }
  }
  return parsed;
}

/** The header row of a file, for proposing a mapping before anything else is read. */
export function headerRow(records: readonly CsvRecord[]): string[] {
  return records.find((r) => !isBlankRecord(r))?.cells.map((h) => h.trim()) ?? [];
}
