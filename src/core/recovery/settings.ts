import { z } from 'zod';
import { AppError } from '../app-error';
import { LINKEDIN_PLANS, RELATIONSHIPS, type LinkedinPlan, type Relationship } from '../enums';
import {
  DEFAULT_TIMING,
  KEEP_IN_TOUCH_CADENCES,
  MAX_CADENCE_DAYS,
  TIMING_RULE_IDS,
  TIMING_RULES,
  type TimingRuleId,
  type TimingValues,
} from './timing-rules';
import { storableString } from '../schema-helpers';
import { isLocalTime, isValidTimeZone, machineTimeZone, type LocalTime } from './zoned-time';

/**
 * The recovery settings a user can change. The workspace's `settings` JSON holds only what the
 * user chose (`timeZone`, `reminderTime`, `timing`, `keepInTouchDays`); everything else falls
 * back to the defaults in `timing-rules.ts`, so improving a default reaches every user who never
 * changed it.
 */
export interface RecoverySettings {
  /** IANA time zone the user lives in. */
  timeZone: string;
  /** True when no zone was chosen and the machine's is used. */
  timeZoneIsDefault: boolean;
  /** When in the day plan steps fall due and calendar entries start. */
  reminderTime: LocalTime;
  timing: TimingValues;
  /** Keep-in-touch cadence in days per relationship; 0 means do not keep in touch. */
  keepInTouchDays: Record<Relationship, number>;
  /** The user's LinkedIn plan, which sets how long a connection note may be. */
  linkedinPlan: LinkedinPlan;
  /** How the user signs their messages; drafts end with it. Null until they say. */
  userName: string | null;
}

export const DEFAULT_REMINDER_TIME: LocalTime = '09:00';

export const DEFAULT_KEEP_IN_TOUCH_DAYS: Readonly<Record<Relationship, number>> = Object.freeze(
  Object.fromEntries(RELATIONSHIPS.map((r) => [r, KEEP_IN_TOUCH_CADENCES[r].default])) as Record<
    Relationship,
    number
  >,
);

const timeZone = z
  .string({ error: 'must be a time-zone name such as Europe/London' })
  .trim()
  .refine(isValidTimeZone, 'must be a time-zone name such as Europe/London or America/New_York');

const reminderTime = z
  .string({ error: 'must be a time such as 09:00' })
  .trim()
  .refine(isLocalTime, 'must be a time on the 24-hour clock such as 09:00');

function ruleValue(id: TimingRuleId) {
  const rule = TIMING_RULES[id];
  return z
    .number({ error: `must be a number of ${rule.unit}` })
    .int(`must be a whole number of ${rule.unit}`)
    .min(rule.min, `must be from ${rule.min} to ${rule.max} ${rule.unit}`)
    .max(rule.max, `must be from ${rule.min} to ${rule.max} ${rule.unit}`);
}

const linkedinPlan = z.enum(LINKEDIN_PLANS, {
  error: `must be one of ${LINKEDIN_PLANS.join(', ')}`,
});

const userName = storableString()
  .trim()
  .min(1, 'must not be empty (use null to forget it)')
  .max(200, 'must be at most 200 characters')
  .refine((v) => !/[\n\r]/.test(v), 'must be on one line');

const cadenceDays = z
  .number({ error: 'must be a number of days' })
  .int('must be a whole number of days')
  .min(0, `must be from 0 (off) to ${MAX_CADENCE_DAYS} days`)
  .max(MAX_CADENCE_DAYS, `must be from 0 (off) to ${MAX_CADENCE_DAYS} days`);

const shapeOf = <K extends string, V>(keys: readonly K[], value: (k: K) => V) =>
  Object.fromEntries(keys.map((k) => [k, value(k)])) as Record<K, V>;

/**
 * A change to the settings. Every field is optional; `null` puts a value back to its default.
 */
export const recoverySettingsPatchSchema = z
  .object({
    timeZone: timeZone.nullable().optional(),
    reminderTime: reminderTime.nullable().optional(),
    linkedinPlan: linkedinPlan.nullable().optional(),
    userName: userName.nullable().optional(),
    timing: z
      .object(shapeOf(TIMING_RULE_IDS, (id) => ruleValue(id).nullable().optional()))
      .strict()
      .optional(),
    keepInTouchDays: z
      .object(shapeOf(RELATIONSHIPS, () => cadenceDays.nullable().optional()))
      .strict()
      .optional(),
  })
  .strict();
export type RecoverySettingsPatch = z.output<typeof recoverySettingsPatchSchema>;

/** Reads a stored value, or the default when it is missing or no longer valid. */
function stored<T>(schema: z.ZodType<T>, value: unknown, fallback: T): T {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : fallback;
}

const asRecord = (value: unknown): Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};

/**
 * The effective settings from a workspace's stored `settings` JSON. A stored value that is no
 * longer valid (a zone renamed by the platform) falls back to its default rather than failing.
 */
export function resolveRecoverySettings(
  settings: Record<string, unknown>,
  fallbackTimeZone: string = machineTimeZone(),
): RecoverySettings {
  const chosenZone = stored(timeZone.optional(), settings.timeZone, undefined);
  const timing = asRecord(settings.timing);
  const cadences = asRecord(settings.keepInTouchDays);
  return {
    timeZone: chosenZone ?? fallbackTimeZone,
    timeZoneIsDefault: chosenZone === undefined,
    reminderTime: stored(reminderTime, settings.reminderTime, DEFAULT_REMINDER_TIME),
    timing: shapeOf(TIMING_RULE_IDS, (id) => stored(ruleValue(id), timing[id], DEFAULT_TIMING[id])),
    keepInTouchDays: shapeOf(RELATIONSHIPS, (r) =>
      stored(cadenceDays, cadences[r], DEFAULT_KEEP_IN_TOUCH_DAYS[r]),
    ),
    linkedinPlan: stored(linkedinPlan, settings.linkedinPlan, 'free'),
    userName: stored(userName.nullable(), settings.userName ?? null, null),
  };
}

function mergeSection(
  current: unknown,
  patch: Record<string, number | null | undefined> | undefined,
): Record<string, unknown> | undefined {
  const next = { ...asRecord(current) };
  for (const [key, value] of Object.entries(patch ?? {})) {
    if (value === null) delete next[key];
    else if (value !== undefined) next[key] = value;
  }
  return Object.keys(next).length > 0 ? next : undefined;
}

/**
 * The stored settings after a change. Keys this module does not own are kept as they are.
 * Throws a validation error when the result would be inconsistent.
 */
export function applyRecoverySettingsPatch(
  settings: Record<string, unknown>,
  patch: RecoverySettingsPatch,
): Record<string, unknown> {
  const next: Record<string, unknown> = { ...settings };
  for (const key of ['timeZone', 'reminderTime', 'linkedinPlan', 'userName'] as const) {
    if (patch[key] === null) delete next[key];
    else if (patch[key] !== undefined) next[key] = patch[key];
  }
  const sections = { timing: patch.timing, keepInTouchDays: patch.keepInTouchDays } as const;
  for (const [key, section] of Object.entries(sections)) {
    if (section === undefined) continue;
    const merged = mergeSection(next[key], section);
    if (merged === undefined) delete next[key];
    else next[key] = merged;
  }
  const effective = resolveRecoverySettings(next, 'UTC').timing;
  if (effective.reapplySeniorMonths < effective.reapplyMonths) {
    throw AppError.validation(
      'timing.reapplySeniorMonths',
      `must not be shorter than timing.reapplyMonths (${effective.reapplyMonths})`,
    );
  }
  return next;
}
