/** What happened to each row (or card) of an imported file, and the totals. */
export type RowOutcomeKind = 'created' | 'updated' | 'skipped' | 'invalid';

export interface RowOutcome {
  /** The line the row (or vCard) starts on in the file, counting from 1. */
  line: number;
  outcome: RowOutcomeKind;
  /** The record created, updated or matched; null for an invalid row. */
  id: string | null;
  /** A name a person recognizes: "Zoë Ångström" or "Acme — Data Analyst". */
  label: string;
  /** Why a row was skipped or invalid, or what an update filled in. */
  reason: string | null;
}

/** A row the file cannot give: where it is and what is wrong, naming the column or property. */
export interface RowProblem {
  line: number;
  label: string;
  /** The column or property at fault, as the file names it (`Email Address`, `EMAIL`). */
  field: string | null;
  message: string;
}

export type ImportFormat = 'linkedin' | 'vcard' | 'csv';

export interface FileImportReport {
  format: ImportFormat;
  /** Nothing was written: the report shows what an import would do. */
  dryRun: boolean;
  /** Good rows were imported and bad ones left out (instead of refusing the whole file). */
  partial: boolean;
  /** Data rows (or vCards) read from the file. */
  rows: number;
  created: number;
  updated: number;
  skipped: number;
  invalid: number;
  /** One entry per row, in file order. */
  outcomes: RowOutcome[];
}

/** Writes a problem the way the CLI and the API show it: `line 14 (Zoë): Email Address: …`. */
export function describeProblem(problem: RowProblem): string {
  const who = problem.label ? ` (${problem.label})` : '';
  const field = problem.field ? `${problem.field}: ` : '';
  return `line ${problem.line}${who}: ${field}${problem.message}`;
}

/** Totals the outcomes into a report. */
export function buildReport(
  options: { format: ImportFormat; dryRun: boolean; partial: boolean },
  outcomes: RowOutcome[],
): FileImportReport {
  const sorted = [...outcomes].sort((a, b) => a.line - b.line);
  const count = (kind: RowOutcomeKind) => sorted.filter((o) => o.outcome === kind).length;
  return {
    ...options,
    rows: sorted.length,
    created: count('created'),
    updated: count('updated'),
    skipped: count('skipped'),
    invalid: count('invalid'),
    outcomes: sorted,
  };
}

/** The invalid-row outcome for a problem. */
export function invalidOutcome(problem: RowProblem): RowOutcome {
  return {
    line: problem.line,
    outcome: 'invalid',
    id: null,
    label: problem.label,
    reason: `${problem.field ? `${problem.field}: ` : ''}${problem.message}`,
  };
}
