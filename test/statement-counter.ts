import { openDatabase, type DatabaseHandle } from '../src/storage/connect';
import type { TestDatabase } from './databases';

/** Statements one stretch of work sent to PostgreSQL, each on one line, in the order sent. */
export interface StatementCounter {
  /** The application's handle (as `rebound_app`), which notes every statement it runs. */
  handle: DatabaseHandle;
  /** Forgets what was noted so far. */
  reset(): void;
  /** What was sent since the last reset, whitespace folded, failed statements included. */
  statements(): string[];
}

/**
 * A handle on a test database as the role a team installation serves as, noting every
 * statement it sends: BEGIN, COMMIT and ROLLBACK too. The `pg` driver waits for each answer
 * before it sends the next statement, so each one is a round trip to the server.
 */
export function countStatements(database: TestDatabase): StatementCounter {
  if (database.appLocation === undefined) throw new Error('Only PostgreSQL is counted.');
  const seen: string[] = [];
  const handle = openDatabase({
    dialect: 'postgres',
    url: database.appLocation,
    poolSize: 4,
    log: (event) => {
      seen.push(event.query.sql.replace(/\s+/g, ' ').trim());
    },
  });
  return {
    handle,
    reset: () => void seen.splice(0),
    statements: () => [...seen],
  };
}
