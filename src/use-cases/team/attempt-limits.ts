import { AppError } from '../../core/app-error';
import { countAttempt } from '../../storage/repositories/rate-limits';
import type { TeamDeps } from './team-deps';

const MINUTE = 60_000;

export interface AttemptLimit {
  /** What is counted and for whom: `sign-in:email:ana@example.com`. */
  key: string;
  limit: number;
  windowMinutes: number;
  /** The field the refusal names, and what the attempts are, in words. */
  field: string;
  what: string;
}

/**
 * Counts an attempt in the database and refuses it past the limit, saying when to try again.
 * The count is one upsert, so it holds across servers and concurrent attempts.
 */
export async function refuseWhenTooMany(deps: TeamDeps, limit: AttemptLimit): Promise<void> {
  const now = deps.clock.now();
  const windowMs = limit.windowMinutes * MINUTE;
  const { hits, windowStart } = await countAttempt(deps.db, {
    key: limit.key,
    now: now.toISOString(),
    windowStartAfter: new Date(now.getTime() - windowMs).toISOString(),
  });
  if (hits <= limit.limit) return;
  const minutes = Math.max(
    1,
    Math.ceil((Date.parse(windowStart) + windowMs - now.getTime()) / MINUTE),
  );
  throw new AppError(
    'too_many_requests',
    `${limit.field}: too many ${limit.what}; try again in ${minutes} minute${minutes === 1 ? '' : 's'}`,
    { field: limit.field },
  );
}
