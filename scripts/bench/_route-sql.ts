import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from '../../src/storage/database';
import type { UseCaseDeps } from '../../src/use-cases/deps';
import { systemClock } from '../../src/use-cases/deps';

/**
 * The bare SQL behind a use case: runs it once on a logging connection to capture every
 * statement with its parameters, then returns a function that runs exactly those statements on
 * better-sqlite3 prepared statements, with no query builder, mapping or JSON around them.
 */
export async function bareSqlOf(
  file: string,
  workspaceId: string,
  run: (deps: UseCaseDeps) => Promise<unknown>,
): Promise<() => void> {
  const captured: { sql: string; parameters: readonly unknown[] }[] = [];
  const logging = new Kysely<Database>({
    dialect: new SqliteDialect({ database: new SQLite(file, { readonly: true }) }),
    log: (event) => {
      if (event.level === 'query') captured.push(event.query);
    },
  });
  await run({ db: logging, workspaceId, clock: systemClock });
  await logging.destroy();
  const bare = new SQLite(file, { readonly: true });
  const statements = captured.map((q) => ({
    statement: bare.prepare(q.sql),
    parameters: q.parameters,
  }));
  return () => {
    for (const { statement, parameters } of statements) statement.all(...parameters);
  };
}
