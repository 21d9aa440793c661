import { sql } from 'kysely';
/** Reads a JSON column holding a list of strings; tolerates null for rows written before it. */
export function readStringList(value: string | null): string[] {
  // Most lists are empty; skipping the parser for them matters when reading thousands of rows.
  if (value === null || value === '' || value === '[]') return [];
  const parsed: unknown = JSON.parse(value);
  return Array.isArray(parsed) ? parsed.filter((v): v is string => typeof v === 'string') : [];
}

export function readJsonObject(value: string | null): Record<string, unknown> | null {
  if (value === null || value === '') return null;
  const parsed: unknown = JSON.parse(value);
  return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
    ? (parsed as Record<string, unknown>)
    : null;
}

export function writeJson(value: unknown): string {
  return JSON.stringify(value);
}

/** Escapes LIKE wildcards so user text is matched literally (used with `escape '\'`). */
export function likePattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

/**
 * A row limit written into the SQL rather than bound: SQLite plans a statement with a bound
 * LIMIT afresh on every run (about 80 µs), which the agenda's statements cannot afford. Only a
 * whole number can get here.
 */
export function literalLimit(limit: number) {
  if (!Number.isSafeInteger(limit) || limit < 0) throw new Error(`Not a row limit: ${limit}`);
  return sql.lit(limit);
}
