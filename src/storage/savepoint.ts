import { sql } from 'kysely';
import type { Db } from './database';

/**
 * Runs `work` inside a transaction someone else holds (a team request's) and undoes it, by a
 * savepoint: what came before in the transaction stays, and `work`'s result is returned. A dry
 * run uses it when it cannot open a transaction of its own to roll back.
 */
export async function rehearseInSavepoint<T>(trx: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  if (!trx.isTransaction) throw new Error('rehearseInSavepoint needs an open transaction.');
  await sql`savepoint rehearsal`.execute(trx);
  try {
    return await work(trx);
  } finally {
    await sql`rollback to savepoint rehearsal`.execute(trx);
    await sql`release savepoint rehearsal`.execute(trx);
  }
}
