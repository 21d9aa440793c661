/** One record of a CSV file, already split into cells by a CSV parser. */
export interface CsvRecord {
  /** The line the record starts on, counting from 1 (a quoted cell may span lines). */
  line: number;
  cells: string[];
}

/** A header as people mean it: case, spacing and punctuation ignored ("Job Title" = "job_title"). */
export function headerKey(header: string): string {
  return header
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/** Whether a record is empty: no cells, or only blank ones. */
export function isBlankRecord(record: CsvRecord): boolean {
  return record.cells.every((cell) => cell.trim() === '');
}

/**
 * Spreadsheet programs run a cell starting with `=`, `+`, `-`, `@`, tab or carriage return as a
 * formula (CSV injection). Exports put an apostrophe in front, which Excel and LibreOffice show
 * as text; a cell already starting with an apostrophe before such a character gets one more, so
 * {@link unneutralizeCell} restores every cell exactly.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

export function neutralizeCell(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** Undoes {@link neutralizeCell} on import. */
export function unneutralizeCell(cell: string): string {
  return FORMULA_START.test(cell) && cell.startsWith("'") ? cell.slice(1) : cell;
}
