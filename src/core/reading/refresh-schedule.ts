import type { Instant } from '../dates';

const MINUTE = 60_000;

/**
 * How often a working source is looked at. Most sites publish a few times a day at most, and a
 * conditional request for an unchanged feed costs the site one short "not modified" answer.
 */
export const REFRESH_INTERVAL_MINUTES = 60;

/** The longest a failing source waits before Rebound tries again: it is never given up. */
export const MAX_BACKOFF_MINUTES = 24 * 60;

/** When a source that just worked is next due. */
export function nextCheckAfterSuccess(now: Instant): Instant {
  return new Date(Date.parse(now) + REFRESH_INTERVAL_MINUTES * MINUTE).toISOString();
}

/**
 * When a source that failed `failures` times in a row is next due: the interval doubles with each
 * failure up to a day, so a dead site is asked once a day instead of every hour. A server that
 * said how long to wait (Retry-After) is given at least that.
 */
export function nextCheckAfterFailure(
  failures: number,
  now: Instant,
  retryAfterSeconds?: number,
): Instant {
  const backoff = Math.min(
    REFRESH_INTERVAL_MINUTES * 2 ** Math.max(0, failures),
    MAX_BACKOFF_MINUTES,
  );
  const waitMs = Math.max(backoff * MINUTE, (retryAfterSeconds ?? 0) * 1000);
  return new Date(Date.parse(now) + Math.min(waitMs, MAX_BACKOFF_MINUTES * MINUTE)).toISOString();
}
