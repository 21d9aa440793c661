import { z } from '@hono/zod-openapi';
import { named } from './named-schema';
import { entityId, storable, STORABLE_TEXT_MESSAGE } from '../core/schema-helpers';
import {
  applicationInputSchema,
  applicationPatchSchema,
  stageChangeSchema,
} from '../core/application';
import { contactInputSchema, contactPatchSchema } from '../core/contact';
import { RELATIONSHIPS } from '../core/enums';
import { interactionInputSchema } from '../core/interaction';
import { interviewInputSchema, interviewPatchSchema } from '../core/interview';
import {
  applicationRecordSchema,
  contactRecordSchema,
  interactionRecordSchema,
  interviewRecordSchema,
  messageRecordSchema,
  rejectionRecordSchema,
  stageEventRecordSchema,
  taskRecordSchema,
  workspaceDocumentSchema,
} from '../core/workspace-document';

/** Request and response schemas as the OpenAPI document names them. */
export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'validation' }),
      message: z.string().openapi({ example: 'company: is required' }),
      field: z.string().optional().openapi({ example: 'company' }),
    }),
  })
  .openapi('Error');

export const ApplicationSchema = named(applicationRecordSchema, 'Application');
export const StageEventSchema = named(stageEventRecordSchema, 'StageEvent');
export const ContactSchema = named(contactRecordSchema, 'Contact');
export const InteractionSchema = named(interactionRecordSchema, 'Interaction');
export const InterviewSchema = named(interviewRecordSchema, 'Interview');
export const RejectionSchema = named(rejectionRecordSchema, 'Rejection');
export const TaskSchema = named(taskRecordSchema, 'Task');
export const MessageSchema = named(messageRecordSchema, 'Message');
export const WorkspaceDocumentSchema = named(workspaceDocumentSchema, 'WorkspaceDocument');

export const ApplicationInputSchema = named(applicationInputSchema, 'ApplicationInput');
export const ApplicationPatchSchema = named(applicationPatchSchema, 'ApplicationPatch');
export const StageChangeSchema = named(stageChangeSchema, 'StageChange');
export const ContactInputSchema = named(contactInputSchema, 'ContactInput');
export const ContactPatchSchema = named(contactPatchSchema, 'ContactPatch');
export const InteractionInputSchema = named(interactionInputSchema, 'InteractionInput');
export const InterviewInputSchema = named(interviewInputSchema, 'InterviewInput');
export const InterviewPatchSchema = named(interviewPatchSchema, 'InterviewPatch');

export const ContactWithLinksSchema = ContactSchema.extend({
  applicationIds: z.array(z.string()),
}).openapi('ContactWithLinks');

export const TimelineEntrySchema = z
  .object({
    at: z.string(),
    kind: z.enum(['stage', 'interview', 'interaction', 'rejection', 'message']),
    refId: z.string(),
    summary: z.string(),
  })
  .openapi('TimelineEntry');

export const ApplicationDetailSchema = z
  .object({
    application: ApplicationSchema,
    stageHistory: z.array(StageEventSchema),
    interviews: z.array(InterviewSchema),
    contacts: z.array(ContactSchema),
    interactions: z.array(InteractionSchema),
    rejection: RejectionSchema.nullable(),
    tasks: z.array(TaskSchema),
    messages: z.array(MessageSchema),
    timeline: z.array(TimelineEntrySchema),
  })
  .openapi('ApplicationDetail');

export const ContactDetailSchema = z
  .object({
    contact: ContactSchema,
    applicationIds: z.array(z.string()),
    interviews: z.array(InterviewSchema),
    interactions: z.array(InteractionSchema),
  })
  .openapi('ContactDetail');

export const pageOfSchema = <T extends z.ZodType>(item: T, name: string) =>
  z
    .object({
      items: z.array(item),
      nextOffset: z.number().int().nullable().openapi({
        description: 'Pass as `offset` to get the next page; null on the last page.',
      }),
    })
    .openapi(name);

/** Text in a path or query: the core's rule for any string the app accepts. */
export const paramText = () => z.string().refine(storable, STORABLE_TEXT_MESSAGE);

export const IdParamSchema = z.object({
  id: paramText()
    .min(1)
    .openapi({ param: { name: 'id', in: 'path' }, example: 'app_3k9x2m4qzt7h' }),
});

const limit = z.coerce
  .number({ error: 'must be a number' })
  .int('must be a whole number')
  .min(1, 'must be at least 1')
  .max(1000, 'must be at most 1000')
  .default(50);
const offset = z.coerce
  .number({ error: 'must be a number' })
  .int('must be a whole number')
  .min(0, 'must not be negative')
  .default(0);

export const PagingQuerySchema = z.object({ limit, offset });

export const ApplicationListQuerySchema = PagingQuerySchema.extend({
  stage: paramText().optional().openapi({
    description: 'One stage or several separated by commas',
    example: 'interview,final',
  }),
  search: paramText().max(200).optional().openapi({ description: 'Text in the company or role' }),
});

export const ContactListQuerySchema = PagingQuerySchema.extend({
  search: paramText().max(200).optional().openapi({ description: 'Text in the name or company' }),
  relationship: z
    .enum(RELATIONSHIPS, { error: `must be one of ${RELATIONSHIPS.join(', ')}` })
    .optional(),
  applicationId: paramText().optional(),
  sort: z
    .enum(['last_interaction', 'name'], { error: 'must be last_interaction or name' })
    .default('last_interaction'),
});

export const InteractionListQuerySchema = PagingQuerySchema.extend({
  contactId: paramText().optional(),
  applicationId: paramText().optional(),
});

export const ImportQuerySchema = z.object({
  mode: z
    .enum(['empty', 'replace', 'merge'], { error: 'must be empty, replace or merge' })
    .default('empty')
    .openapi({
      description:
        '`empty` refuses a workspace that has data; `replace` overwrites it; `merge` adds records with new ids.',
    }),
});

export const ImportReportSchema = z
  .object({
    mode: z.enum(['empty', 'replace', 'merge']),
    created: z.record(z.string(), z.number()),
    skipped: z.record(z.string(), z.number()),
  })
  .openapi('ImportReport');

export const LinkContactSchema = z.object({ contactId: entityId }).openapi('LinkContact');
