import { z } from 'zod';
import type { Instant } from './dates';
import { calendarDay, dateTime, optionalText, optionalUrl, requiredText } from './schema-helpers';
import { STAGES, type Stage } from './stages';

export interface Application {
  id: string;
  company: string;
  role: string;
  link: string | null;
  source: string | null;
  location: string | null;
  salaryMin: number | null;
  salaryMax: number | null;
  salaryCurrency: string | null;
  postingText: string | null;
  notes: string | null;
  stage: Stage;
  stageChangedAt: Instant;
  /** Part of the invented sample search (`demo`), which can be removed in one go. */
  sample: boolean;
  createdAt: Instant;
  updatedAt: Instant;
}

export interface StageEvent {
  id: string;
  applicationId: string;
  stage: Stage;
  at: Instant;
  note: string | null;
}

const salary = z
  .number({ error: 'must be a number' })
  .int('must be a whole number')
  .nonnegative('must not be negative')
  .max(100_000_000, 'is too large')
  .nullish()
  .transform((value) => value ?? null);

const currency = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{3}$/, 'must be a three-letter currency code such as USD or EUR')
  .transform((value) => value.toUpperCase())
  .nullish()
  .transform((value) => value ?? null);

const stage = z.enum(STAGES, { error: `must be one of ${STAGES.join(', ')}` });

const applicationFields = {
  company: requiredText(200),
  role: requiredText(200),
  link: optionalUrl,
  source: optionalText(100),
  location: optionalText(200),
  salaryMin: salary,
  salaryMax: salary,
  salaryCurrency: currency,
  postingText: optionalText(100_000),
  notes: optionalText(20_000),
};

const salaryOrdered = (value: { salaryMin?: number | null; salaryMax?: number | null }) =>
  value.salaryMin == null || value.salaryMax == null || value.salaryMin <= value.salaryMax;

export const applicationInputSchema = z
  .object({
    ...applicationFields,
    stage: stage.default('applied'),
    /** When the application entered its first stage; defaults to now. */
    stageAt: dateTime.optional(),
    /**
     * The day you applied. For an application added in a later stage, its history starts with
     * `applied` on this day; for one in `applied`, it is the day that stage began.
     */
    appliedOn: calendarDay.optional(),
  })
  .strict()
  .refine(salaryOrdered, { message: 'must not be below the minimum salary', path: ['salaryMax'] });
export type ApplicationInput = z.output<typeof applicationInputSchema>;

/** An application's own fields, all required to be present (null where unknown): an imported row. */
export const applicationFieldsSchema = z
  .object(applicationFields)
  .refine(salaryOrdered, { message: 'must not be below the minimum salary', path: ['salaryMax'] });
export type ApplicationFields = z.output<typeof applicationFieldsSchema>;

export const applicationPatchSchema = z
  .object(applicationFields)
  .partial()
  .strict()
  .refine(salaryOrdered, { message: 'must not be below the minimum salary', path: ['salaryMax'] });
export type ApplicationPatch = z.output<typeof applicationPatchSchema>;

export const stageChangeSchema = z
  .object({
    stage,
    at: dateTime.optional(),
    note: optionalText(2000),
  })
  .strict();
export type StageChange = z.output<typeof stageChangeSchema>;

export const stageSchema = stage;
