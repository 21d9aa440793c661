import { CsvError, parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { MAX_IMPORT_ROWS, tooManyRowsError } from '../../core/import-limits';
import type { CsvRecord } from '../../core/portability/csv-records';
import type { RowProblem } from '../../core/portability/import-report';
import { err, ok, type Result } from '../../core/result';
import { normalizeNewlines } from '../../core/text';

/** The separator a file uses: the one of `,` `;` tab found most often outside quotes in its first lines. */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  let lines = 0;
  for (let i = 0; i < text.length && lines < 20; i += 1) {
    const ch = text[i] as string;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '\n') lines += 1;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch] += 1;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[',']) return '\t';
  return ',';
}

const PARSE_OPTIONS = {
  bom: true,
  // Rows with a cell too many or too few are reported by the format reader, naming the line.
  relax_column_count: true,
  // Quotes are strict: a lenient reader turns a missing quote into silently shifted columns.
  relax_quotes: false,
  skip_empty_lines: false,
  record_delimiter: '\n',
} as const;

/** Where the record that failed starts: one line after the last record read in full. */
function failureLine(text: string, delimiter: string, error: CsvError): number {
  if (error.code !== 'CSV_QUOTE_NOT_CLOSED') return Number(error.lines) || 1;
  let lastEnd = 0;
  try {
    parse(text, {
      ...PARSE_OPTIONS,
      delimiter,
      on_record: (record: string[], context: { lines: number }) => {
        lastEnd = context.lines;
        return record;
      },
    });
  } catch {
    // Expected: the same error again; the last good record's line is what was wanted.
  }
  return lastEnd + 1;
}

function describeCsvError(error: CsvError): string {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quoted cell starting here is never closed (a " is missing)';
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'a quoted cell is followed by text before the next separator';
    case 'CSV_INVALID_OPENING_QUOTE' as CsvError['code']:
      return 'a cell holds a " but is not itself in quotes; wrap it in quotes and double the " inside';
    default:
      return error.message.replace(/^Invalid Record Length: |^[A-Za-z ]+: /, '');
  }
}

/** Numbers records by the line each starts on, from `firstLine`. */
function numberRecords(rows: readonly string[][], firstLine: number): CsvRecord[] {
  const records: CsvRecord[] = [];
  let line = firstLine;
  for (const cells of rows) {
    records.push({ line, cells });
    // Every line belongs to exactly one record; line breaks inside quoted cells add lines.
    line += 1;
    for (const cell of cells) {
      for (let at = cell.indexOf('\n'); at >= 0; at = cell.indexOf('\n', at + 1)) line += 1;
    }
  }
  return records;
}

const HEAD_LINES = 50;

/**
 * The record where the table starts: the first one as wide as most records near the top.
 * csv-parse builds an error object for every record whose width differs from the first one,
 * which for a file with a preamble (LinkedIn's) would be every row; parsing the table from
 * its own first line avoids that.
 */
function tableStart(text: string, delimiter: string): { preamble: CsvRecord[]; firstLine: number } {
  const none = { preamble: [], firstLine: 1 };
  let head: CsvRecord[];
  try {
    head = numberRecords(
      parse(text, { ...PARSE_OPTIONS, delimiter, to_line: HEAD_LINES }) as string[][],
      1,
    );
  } catch {
    return none;
  }
  const widths = new Map<number, number>();
  for (const { cells } of head) widths.set(cells.length, (widths.get(cells.length) ?? 0) + 1);
  const common = [...widths.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
  const start = head.findIndex((r) => r.cells.length === common);
  const table = head[start];
  return start > 0 && table ? { preamble: head.slice(0, start), firstLine: table.line } : none;
}

/**
 * Splits CSV text into records with the line each starts on (RFC 4180 quoting, a BOM, any line
 * ends). A structural error — an unclosed quote swallows the rest of the file — is one problem
 * for the whole file, naming its line.
 */
export function readCsvRecords(source: string): Result<CsvRecord[], RowProblem> {
  // One kind of line end makes line numbers exact and stores line breaks inside cells alike.
  const text = normalizeNewlines(source);
  const delimiter = detectDelimiter(text.replace(/^\uFEFF/, ''));
  const { preamble, firstLine } = tableStart(text, delimiter);
  try {
    // Reading stops one row past the limit (the header row aside): enough to know to refuse.
    const rows = parse(text, {
      ...PARSE_OPTIONS,
      delimiter,
      from_line: firstLine,
      to: MAX_IMPORT_ROWS + 2,
    }) as string[][];
    if (rows.length > MAX_IMPORT_ROWS + 1)
      throw tooManyRowsError('content', 'rows', MAX_IMPORT_ROWS);
    return ok([...preamble, ...numberRecords(rows, firstLine)]);
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    return err({
      line: failureLine(text, delimiter, error),
      label: '',
      field: null,
      message: describeCsvError(error),
    });
  }
}

/** Rows as CSV for spreadsheets: UTF-8 with a BOM (so Excel reads accents right) and CRLF line ends. */
export function writeCsv(rows: readonly (readonly string[])[]): string {
  // A line break inside a cell must be quoted too; csv-stringify only looks for the record
  // delimiter itself (CRLF here), so a lone LF in a note would otherwise split the row.
  return stringify(rows as string[][], {
    bom: true,
    record_delimiter: 'windows',
    quoted_match: /[\r\n]/,
  });
}
