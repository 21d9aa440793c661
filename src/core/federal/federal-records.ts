import { z } from 'zod';
import { announcementSchema, ESSAY_TOPICS, FEDERAL_DOCUMENTS } from './announcement';
import { USAJOBS_STATUSES } from './federal-application';
import { storableString } from '../schema-helpers';

/**
 * A federal application's details as the workspace document holds them, checked with the same
 * vocabularies the API uses. `instant` and `day` are the document's own field schemas.
 */
export function federalRecordSchema(fields: {
  id: z.ZodType<string>;
  instant: z.ZodType<string, string>;
  day: z.ZodType<string, string>;
}) {
  const text = storableString().nullable();
  return z.object({
    applicationId: fields.id,
    agency: text,
    department: text,
    announcementNumber: text,
    controlNumber: text,
    positionTitle: storableString().min(1).max(300),
    payPlan: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .nullable(),
    series: z
      .string()
      .regex(/^\d{4}$/)
      .nullable(),
    grade: z
      .string()
      .regex(/^\d{2}$/)
      .nullable(),
    openDate: fields.day.nullable(),
    closeDate: fields.day.nullable(),
    whoMayApply: text,
    status: z.enum(USAJOBS_STATUSES).nullable(),
    announcement: announcementSchema.nullable(),
    attachedDocuments: z.array(z.enum(FEDERAL_DOCUMENTS)),
    essays: z.partialRecord(z.enum(ESSAY_TOPICS), storableString().max(20_000)),
    createdAt: fields.instant,
    updatedAt: fields.instant,
  });
}
