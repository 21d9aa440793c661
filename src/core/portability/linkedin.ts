import { err, ok, type Result } from '../result';
import {
  type ContactFieldNames,
  type ParsedContacts,
  rowLabel,
  validateContactRow,
} from './contact-rows';
import { type CsvRecord, headerKey, isBlankRecord, unneutralizeCell } from './csv-records';
import type { RowProblem } from './import-report';
import { readLooseDay } from './loose-values';

/** The header row of LinkedIn's `Connections.csv` ("Get a copy of your data" → Connections). */
export const LINKEDIN_HEADERS = [
  'First Name',
  'Last Name',
  'URL',
  'Email Address',
  'Company',
  'Position',
  'Connected On',
] as const;
type LinkedInColumn = (typeof LINKEDIN_HEADERS)[number];

const FIELD_NAMES: ContactFieldNames = {
  name: 'First Name',
  linkedinUrl: 'URL',
  email: 'Email Address',
  company: 'Company',
  title: 'Position',
  howMet: 'Connected On',
};

/**
 * Where the header row is: LinkedIn puts a short "Notes:" preamble and a blank line above it,
 * so the first record naming both First Name and Last Name is taken as the header.
 */
function findHeader(
  records: readonly CsvRecord[],
): { index: number; columns: Map<LinkedInColumn, number> } | undefined {
  const wanted = new Map(LINKEDIN_HEADERS.map((h) => [headerKey(h), h]));
  for (const [index, record] of records.entries()) {
    const keys = record.cells.map(headerKey);
    if (!keys.includes('firstname') || !keys.includes('lastname')) continue;
    const columns = new Map<LinkedInColumn, number>();
    keys.forEach((key, position) => {
      const column = wanted.get(key);
      if (column !== undefined && !columns.has(column)) columns.set(column, position);
    });
    return { index, columns };
  }
  return undefined;
}

type RowResult =
  { ok: true; value: ParsedContacts['candidates'][number] } | { ok: false; problem: RowProblem };

function readRow(record: CsvRecord, header: Map<LinkedInColumn, number>, width: number): RowResult {
  const cell = (column: LinkedInColumn) => {
    const position = header.get(column);
    return position === undefined ? '' : unneutralizeCell(record.cells[position] ?? '').trim();
  };
  const name = `${cell('First Name')} ${cell('Last Name')}`.trim();
  const label = rowLabel(name);
  if (record.cells.length !== width) {
    const message = `has ${record.cells.length} fields but the header has ${width}; is a comma inside a cell missing its quotes?`;
    return { ok: false, problem: { line: record.line, label, field: null, message } };
  }
  if (name === '') {
    return {
      ok: false,
      problem: {
        line: record.line,
        label,
        field: 'First Name',
        message: 'and Last Name are both empty',
      },
    };
  }
  const connectedOn = cell('Connected On');
  const connectedDay = readLooseDay(connectedOn);
  if (connectedOn !== '' && connectedDay === undefined) {
    const message = `"${connectedOn.slice(0, 40)}" is not a date such as 26 Nov 2026`;
    return { ok: false, problem: { line: record.line, label, field: 'Connected On', message } };
  }
  const checked = validateContactRow(
    record.line,
    {
      name,
      linkedinUrl: cell('URL') || null,
      email: cell('Email Address') || null,
      company: cell('Company') || null,
      title: cell('Position') || null,
      howMet: connectedDay ? `Connected on LinkedIn on ${connectedDay}` : 'Connected on LinkedIn',
    },
    FIELD_NAMES,
  );
  return checked.ok ? { ok: true, value: checked.candidate } : checked;
}

/**
 * Reads the records of LinkedIn's `Connections.csv` in its real layout (preamble, blank line,
 * header row, one connection per row). A file without that header is refused as a whole; a bad
 * row becomes a problem naming its line and column.
 */
export function parseLinkedInConnections(
  records: readonly CsvRecord[],
): Result<ParsedContacts, RowProblem> {
  const header = findHeader(records);
  if (header === undefined) {
    return err({
      line: 1,
      label: '',
      field: null,
      message: `this is not LinkedIn's Connections.csv: no header row with ${LINKEDIN_HEADERS.join(', ')}`,
    });
  }
  const width = (records[header.index] as CsvRecord).cells.length;
  const parsed: ParsedContacts = { candidates: [], problems: [] };
  for (const record of records.slice(header.index + 1)) {
    if (isBlankRecord(record)) continue;
    const row = readRow(record, header.columns, width);
    if (row.ok) parsed.candidates.push(row.value);
    else parsed.problems.push(row.problem);
  }
  return ok(parsed);
}
