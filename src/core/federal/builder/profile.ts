import { z } from 'zod';
import { optionalText, requiredText, storableString } from '../../schema-helpers';
import { payPlanSeriesGradeSchema, formatPayPlanSeriesGrade } from '../pay-plan';

/**
 * The user's experience, kept once and reused for every announcement: the résumé builder lays
 * it out, tailored to one announcement at a time.
 */
const monthYear = z
  .string()
  .trim()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month as YYYY-MM, e.g. 2019-05');

export const profileJobSchema = z
  .object({
    title: requiredText(200),
    employer: requiredText(200),
    location: optionalText(200),
    start: monthYear,
    /** Null while it is the current job. */
    end: monthYear.nullish().transform((v) => v ?? null),
    hoursPerWeek: z.number({ error: 'must be a number' }).int().min(1).max(99),
    /** For a federal civilian job: GS-0343-11. */
    payPlanSeriesGrade: payPlanSeriesGradeSchema
      .transform(formatPayPlanSeriesGrade)
      .nullish()
      .transform((v) => v ?? null),
    supervisor: optionalText(200),
    duties: z
      .array(storableString().trim().min(1).max(1000))
      .min(1, 'must list at least one duty')
      .max(30),
  })
  .strict()
  .refine((job) => job.end === null || job.end >= job.start, {
    message: 'must not be before the start',
    path: ['end'],
  });
export type ProfileJob = z.output<typeof profileJobSchema>;

export const profileEducationSchema = z
  .object({
    degree: requiredText(200),
    school: requiredText(200),
    location: optionalText(200),
    completed: monthYear.nullish().transform((v) => v ?? null),
    details: optionalText(500),
  })
  .strict();
export type ProfileEducation = z.output<typeof profileEducationSchema>;

export const federalProfileSchema = z
  .object({
    name: requiredText(200),
    email: z.email('must be an email address').max(320),
    phone: requiredText(40),
    location: optionalText(200),
    citizenship: optionalText(100),
    veteransPreference: optionalText(200),
    clearance: optionalText(200),
    summary: optionalText(1500),
    jobs: z.array(profileJobSchema).min(1, 'must list at least one job').max(20),
    education: z.array(profileEducationSchema).max(10).default([]),
    certifications: z.array(storableString().trim().min(1).max(300)).max(30).default([]),
    training: z.array(storableString().trim().min(1).max(300)).max(30).default([]),
    skills: z.array(storableString().trim().min(1).max(100)).max(60).default([]),
  })
  .strict();
export type FederalProfile = z.output<typeof federalProfileSchema>;
