import { z } from '@hono/zod-openapi';
import { announcementSchema, ESSAY_TOPICS, FEDERAL_DOCUMENTS } from '../core/federal/announcement';
import { ANNOUNCEMENT_FORMATS } from '../core/federal/announcement-import';
import { federalProfileSchema } from '../core/federal/builder/profile';
import {
  federalDetailsInputSchema,
  federalDetailsPatchSchema,
  USAJOBS_STATUSES,
  usajobsStatusChangeSchema,
} from '../core/federal/federal-application';
import { FEDERAL_SEVERITIES } from '../core/federal/finding';
import { entityId, storableString } from '../core/schema-helpers';
import { named } from './named-schema';
import { ApplicationSchema } from './schemas';

export const AnnouncementSchema = named(announcementSchema, 'FederalAnnouncement');

const announcementText = storableString().min(1, 'must not be empty').max(5_000_000);

export const AnnouncementTextSchema = z
  .object({
    text: announcementText,
    format: z.enum(ANNOUNCEMENT_FORMATS).optional(),
  })
  .strict()
  .openapi('FederalAnnouncementText');

/** A file sent inside JSON: its name and its bytes as base64. */
const FileSchema = z
  .object({
    name: storableString().min(1).max(300),
    contentBase64: z
      .string()
      .min(1)
      .regex(/^[A-Za-z0-9+/=\s]*$/, 'must be base64'),
  })
  .strict();

const essays = z.partialRecord(z.enum(ESSAY_TOPICS), storableString().max(20_000));

export const ResumeCheckRequestSchema = z
  .object({
    file: FileSchema,
    applicationId: entityId.optional(),
    announcement: AnnouncementTextSchema.optional(),
    attachedDocuments: z.array(z.enum(FEDERAL_DOCUMENTS)).optional(),
    essays: essays.optional(),
  })
  .strict()
  .openapi('FederalResumeCheckRequest');

const SourceSchema = z.object({ title: z.string(), url: z.string() });

export const FederalFindingSchema = z
  .object({
    rule: z.string(),
    severity: z.enum(FEDERAL_SEVERITIES),
    message: z.string(),
    line: z.number().int().optional(),
    page: z.number().int().optional(),
    source: SourceSchema,
    words: z.array(z.string()).optional(),
  })
  .openapi('FederalFinding');

export const ResumeCheckReportSchema = z
  .object({
    fileName: z.string(),
    pages: z.number().int().nullable(),
    pagesMeasuredBy: z.enum(['pdf', 'libreoffice', 'layout', 'estimate']).nullable(),
    findings: z.array(FederalFindingSchema),
    lines: z.array(
      z.object({ number: z.number().int(), text: z.string(), page: z.number().int().nullable() }),
    ),
  })
  .openapi('FederalResumeCheckReport');

export const FederalDetailsSchema = z
  .object({
    applicationId: z.string(),
    agency: z.string().nullable(),
    department: z.string().nullable(),
    announcementNumber: z.string().nullable(),
    controlNumber: z.string().nullable(),
    positionTitle: z.string(),
    payPlan: z.string().nullable(),
    series: z.string().nullable(),
    grade: z.string().nullable(),
    openDate: z.string().nullable(),
    closeDate: z.string().nullable(),
    whoMayApply: z.string().nullable(),
    status: z.enum(USAJOBS_STATUSES).nullable(),
    announcement: AnnouncementSchema.nullable(),
    attachedDocuments: z.array(z.enum(FEDERAL_DOCUMENTS)),
    essays,
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('FederalDetails');

export const FederalApplicationSchema = z
  .object({
    application: ApplicationSchema,
    federal: FederalDetailsSchema,
    similar: z.array(FederalDetailsSchema),
  })
  .openapi('FederalApplication');

/**
 * One object rather than a union of two, so that a wrong field is named in the error: either the
 * announcement's `text` (with its `format`), or the `details` typed in.
 */
export const FederalApplicationCreateSchema = z
  .object({
    text: announcementText.optional(),
    format: z.enum(ANNOUNCEMENT_FORMATS).optional(),
    details: federalDetailsInputSchema.optional(),
  })
  .strict()
  .superRefine((body, ctx) => {
    if ((body.text === undefined) === (body.details === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['text'],
        message: 'give either the announcement as text or its details, not both',
      });
    }
    if (body.format !== undefined && body.text === undefined) {
      ctx.addIssue({ code: 'custom', path: ['format'], message: 'goes with text' });
    }
  })
  .openapi('FederalApplicationCreate');

export const FederalDetailsPatchSchema = named(federalDetailsPatchSchema, 'FederalDetailsPatch');
export const UsajobsStatusChangeSchema = named(usajobsStatusChangeSchema, 'UsajobsStatusChange');
export const FederalProfileSchema = named(federalProfileSchema, 'FederalProfile');

export const ResumeBuildRequestSchema = z
  .object({
    format: z.enum(['pdf', 'docx']).default('pdf'),
    applicationId: entityId.optional(),
  })
  .strict()
  .openapi('FederalResumeBuildRequest');

export const BuiltResumeSchema = z
  .object({
    fileName: z.string(),
    contentBase64: z.string(),
    pages: z.number().int(),
    leftOut: z.array(z.string()),
    findings: z.array(FederalFindingSchema),
  })
  .openapi('FederalBuiltResume');
