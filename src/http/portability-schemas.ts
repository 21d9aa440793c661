import { z } from '@hono/zod-openapi';
import { APPLICATION_CSV_FIELDS } from '../core/portability/application-columns';
import { storable, STORABLE_TEXT_MESSAGE } from '../core/schema-helpers';
import { InteractionSchema, MessageSchema, TaskSchema } from './schemas';

/** Request and response schemas for imports, exports, mail and backups. */
const content = z
  .string({ error: 'must be the file as text' })
  .refine(storable, STORABLE_TEXT_MESSAGE)
  .openapi({ description: 'The whole file as text (UTF-8).' });
const partial = z.boolean({ error: 'must be true or false' }).default(false).openapi({
  description: 'Import the good rows and report the bad ones, instead of refusing the whole file.',
});
const dryRun = z.boolean({ error: 'must be true or false' }).default(false).openapi({
  description: 'Work out and report everything, but write nothing.',
});

export const FileImportRequestSchema = z
  .object({ content, partial, dryRun })
  .strict()
  .openapi('FileImportRequest');

const field = z.enum(APPLICATION_CSV_FIELDS, {
  error: `must be one of ${APPLICATION_CSV_FIELDS.join(', ')}`,
});
export const ColumnMappingSchema = z.record(z.string(), field.nullable()).openapi('ColumnMapping', {
  description: 'Header as the file writes it → field, or null to leave the column out.',
  example: { 'Job Title': 'role', Excitement: null },
});

export const CsvImportRequestSchema = z
  .object({ content, partial, dryRun, mapping: ColumnMappingSchema.optional() })
  .strict()
  .openapi('CsvImportRequest');
export const CsvPreviewRequestSchema = z
  .object({ content, mapping: ColumnMappingSchema.optional() })
  .strict()
  .openapi('CsvPreviewRequest');

const RowOutcomeSchema = z
  .object({
    line: z.number().int(),
    outcome: z.enum(['created', 'updated', 'skipped', 'invalid']),
    id: z.string().nullable(),
    label: z.string(),
    reason: z.string().nullable(),
  })
  .openapi('RowOutcome');

export const FileImportReportSchema = z
  .object({
    format: z.enum(['linkedin', 'vcard', 'csv']),
    dryRun: z.boolean(),
    partial: z.boolean(),
    rows: z.number().int(),
    created: z.number().int(),
    updated: z.number().int(),
    skipped: z.number().int(),
    invalid: z.number().int(),
    outcomes: z.array(RowOutcomeSchema),
  })
  .openapi('FileImportReport');

export const CsvImportReportSchema = FileImportReportSchema.extend({
  mapping: ColumnMappingSchema,
}).openapi('CsvImportReport');

export const CsvPreviewSchema = z
  .object({
    headers: z.array(z.string()),
    mapping: ColumnMappingSchema,
    fields: z.array(z.object({ field, header: z.string(), meaning: z.string() })),
    problems: z.array(z.string()),
    report: CsvImportReportSchema.nullable(),
  })
  .openapi('CsvPreview');

export const SmtpSettingsViewSchema = z
  .object({
    source: z.enum(['environment', 'file', 'account', 'none']),
    host: z.string().nullable(),
    port: z.number().int().nullable(),
    secure: z.boolean().nullable(),
    user: z.string().nullable(),
    passwordSet: z.boolean().openapi({ description: 'The password itself is never sent back.' }),
    from: z.string().nullable(),
  })
  .openapi('SmtpSettings');

export const MailTestRequestSchema = z
  .object({
    sendTo: z
      .email({ error: 'must be an email address' })
      .optional()
      .openapi({ description: 'Also send a test email here.' }),
  })
  .strict()
  .openapi('MailTestRequest');

export const MailTestResultSchema = z
  .object({
    host: z.string(),
    port: z.number().int(),
    secure: z.boolean(),
    user: z.string().nullable(),
    sentTo: z.string().nullable(),
    message: z.string(),
  })
  .openapi('MailTestResult');

export const SendResultSchema = z
  .object({
    message: MessageSchema,
    interaction: InteractionSchema.nullable(),
    task: TaskSchema.nullable(),
    delivery: z.object({ accepted: z.array(z.string()), response: z.string() }),
  })
  .openapi('SendResult');

export const MailtoSchema = z
  .object({
    url: z.string(),
    length: z.number().int(),
    tooLong: z.boolean().openapi({ description: 'Longer than mail programs reliably accept.' }),
  })
  .openapi('Mailto');

export const BackupSchema = z
  .object({
    name: z.string(),
    size: z.number().int(),
    createdAt: z.string(),
    reason: z.enum(['manual', 'pre-migration', 'pre-restore']),
  })
  .openapi('Backup');

export const RestoreResultSchema = z
  .object({
    restoredFrom: z.string(),
    safetyBackup: BackupSchema.nullable(),
    migrated: z.array(z.string()),
  })
  .openapi('RestoreResult');

export const BackupNameParamSchema = z.object({
  name: z
    .string()
    .refine(storable, STORABLE_TEXT_MESSAGE)
    .min(1)
    .openapi({
      param: { name: 'name', in: 'path' },
      example: 'rebound-2026-11-26T09-30-00-000Z-manual.sqlite',
    }),
});
