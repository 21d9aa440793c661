import { AppError } from '../core/app-error';
import type { DateTimeInput, Instant } from '../core/dates';
import { resolveDateTime } from '../core/recovery/zoned-time';
import type { Db } from '../storage/database';
import { loadRecoverySettings } from './recovery-context';

/** An exact instant as a `DateTimeInput`, for callers that already hold one. */
export const exactly = (instant: Instant): DateTimeInput => ({ kind: 'instant', instant });

/**
 * The instant a date or date-time the user gave names, read in their time zone (the workspace's
 * setting, never the server's) when it has no offset. The setting is read only when needed.
 * Undefined when nothing was given; a validation error naming `field` when the result falls
 * outside the years a database stores.
 */
export async function resolveUserTime(
  db: Db,
  workspaceId: string,
  field: string,
  input: DateTimeInput,
): Promise<Instant>;
export async function resolveUserTime(
  db: Db,
  workspaceId: string,
  field: string,
  input: DateTimeInput | undefined,
): Promise<Instant | undefined>;
export async function resolveUserTime(
  db: Db,
  workspaceId: string,
  field: string,
  input: DateTimeInput | undefined,
): Promise<Instant | undefined> {
  if (input === undefined) return undefined;
  const zone =
    input.kind === 'instant' ? 'UTC' : (await loadRecoverySettings(db, workspaceId)).timeZone;
  const instant = resolveDateTime(input, zone);
  if (instant === undefined) {
    throw AppError.validation(field, 'must be a date between the years 1 and 9999');
  }
  return instant;
}

/**
 * Refuses a calendar day after today in the user's zone, naming the field and today's day there,
 * so a user whose browser is a day ahead of their settings sees why.
 */
export function refuseFutureDay(field: string, day: string, today: string, zone: string): void {
  if (day > today) {
    throw AppError.validation(field, `must not be in the future (today is ${today} in ${zone})`);
  }
}
