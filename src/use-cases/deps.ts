import type { Db } from '../storage/database';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** What every use case needs: where to read and write, whose data, and what time it is. */
export interface UseCaseDeps {
  db: Db;
  workspaceId: string;
  clock: Clock;
}

/**
 * Runs `work` in one transaction. Inside a transaction already (a use case calling another),
 * it joins that transaction instead of nesting.
 */
export async function inTransaction<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  if (db.isTransaction) return work(db);
  return db.transaction().execute(work);
}

/** The same deps bound to a transaction. */
export function withDb(deps: UseCaseDeps, db: Db): UseCaseDeps {
  return { ...deps, db };
}

export function nowInstant(deps: UseCaseDeps): string {
  return deps.clock.now().toISOString();
}
