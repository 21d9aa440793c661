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
