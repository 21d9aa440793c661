import { createHash } from 'node:crypto';
import type pg from 'pg';

/** How many statements one connection keeps prepared; past that, statements run unnamed. */
export const PREPARED_PER_CONNECTION = 300;

/** Statements worth preparing: the reads and writes the app repeats, not BEGIN or SET. */
const REPEATED = /^\s*(?:select|insert|update|delete|with)\b/i;

const names = new Map<string, string>();
const NAME_CACHE_SIZE = 4000;

/** A statement's name: the same text always gets the same name, in every process. */
export function statementName(text: string): string {
  let name = names.get(text);
  if (name === undefined) {
    name = `rb_${createHash('sha256').update(text).digest('base64url').slice(0, 22)}`;
    if (names.size >= NAME_CACHE_SIZE) names.clear();
    names.set(text, name);
  }
  return name;
}

type Query = (config: unknown, values?: unknown, callback?: unknown) => unknown;

/**
 * Makes a PostgreSQL connection run the app's statements as named prepared statements: the
 * server parses and analyses each text once per connection instead of on every run, and the
 * client sends only the name and values after the first time. Kysely passes every statement as
 * text and values, so this is where a name can be given. Statements of a variable shape (a list
 * of ids of any length) would each be prepared once; past {@link PREPARED_PER_CONNECTION} names a
 * connection runs new texts unnamed, so no connection keeps an unbounded set.
 */
export function prepareRepeatedStatements(client: pg.PoolClient): void {
  const prepared = new Set<string>();
  const target = client as unknown as { query: Query };
  const query = target.query.bind(client) as Query;
  target.query = (config, values, callback) => {
    if (
      typeof config !== 'string' ||
      !Array.isArray(values) ||
      callback !== undefined ||
      !REPEATED.test(config)
    ) {
      return query(config, values, callback);
    }
    const name = statementName(config);
    if (!prepared.has(name)) {
      if (prepared.size >= PREPARED_PER_CONNECTION) return query(config, values);
      prepared.add(name);
    }
    return query({ name, text: config, values });
  };
}
