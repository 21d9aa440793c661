import { sql } from 'kysely';
import type { Db } from '../database';

/**
 * Counts one attempt for `key` in a fixed window and returns the attempts so far in it. One
 * upsert, so concurrent attempts on any number of servers are all counted: a window older than
 * `windowStartAfter` starts again at one.
 */
export async function countAttempt(
  db: Db,
  attempt: { key: string; now: string; windowStartAfter: string },
): Promise<{ hits: number; windowStart: string }> {
  const row = await db
    .insertInto('rate_limits')
    .values({ key: attempt.key, window_start: attempt.now, hits: 1 })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        hits: sql<number>`case when rate_limits.window_start <= ${attempt.windowStartAfter} then 1 else rate_limits.hits + 1 end`,
        window_start: sql<string>`case when rate_limits.window_start <= ${attempt.windowStartAfter} then ${attempt.now} else rate_limits.window_start end`,
      }),
    )
    .returning(['hits', 'window_start'])
    .executeTakeFirstOrThrow();
  return { hits: Number(row.hits), windowStart: row.window_start };
}

/** Forgets the attempts for a key (after a successful sign-in). */
export async function clearAttempts(db: Db, key: string): Promise<void> {
  await db.deleteFrom('rate_limits').where('key', '=', key).execute();
}
