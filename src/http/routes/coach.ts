import { createRoute, z } from '@hono/zod-openapi';
import { coachInputSchema } from '../../core/coach/input-schema';
import { COACH_CATEGORIES, LINKEDIN_PLANS, SEVERITIES } from '../../core/coach/types';
import { MESSAGE_KINDS } from '../../core/enums';
import { MOODS } from '../../core/recovery/reflection';
import { entityId, storableString } from '../../core/schema-helpers';
import { assembleCoachContext, coachMessage, draftMessage } from '../../use-cases/coach';
import type { ApiApp } from '../env';
import { named } from '../named-schema';
import { errorResponses, jsonBody, jsonResponse } from '../route-helpers';
import { IdParamSchema } from '../schemas';

const tags = ['Coach'];

const kind = z.enum(MESSAGE_KINDS, { error: `must be one of ${MESSAGE_KINDS.join(', ')}` });
const linkedinPlan = z.enum(LINKEDIN_PLANS, {
  error: `must be one of ${LINKEDIN_PLANS.join(', ')}`,
});

const CoachInputSchema = named(coachInputSchema, 'CoachInput');

const FindingSchema = z
  .object({
    rule: z.string().openapi({ example: 'tone/argues-decision' }),
    category: z.enum(COACH_CATEGORIES),
    severity: z.enum(SEVERITIES),
    start: z.number().int().openapi({ description: 'UTF-16 offset into the text' }),
    end: z.number().int().openapi({ description: 'UTF-16 offset, exclusive' }),
    message: z.string(),
    suggestion: z.string().optional(),
  })
  .openapi('CoachFinding');

const CoachResultSchema = z
  .object({
    findings: z.array(FindingSchema),
    scores: z
      .object({
        overall: z.number(),
        ...Object.fromEntries(COACH_CATEGORIES.map((c) => [c, z.number()])),
      })
      .openapi({ description: '0 (many problems) to 100 (none), overall and per category' }),
    stats: z.object({
      words: z.number().int(),
      characters: z.number().int(),
      sentences: z.number().int(),
      characterLimit: z.number().int().nullable(),
      readingEase: z.number().nullable(),
    }),
  })
  .openapi('CoachResult');

const ContextSchema = z
  .object({
    company: z.string(),
    role: z.string(),
    contactName: z.string(),
    facts: z.array(z.string()),
    otherCompanies: z.array(z.string()),
    previousMessages: z.array(
      z.object({
        text: z.string(),
        to: z.string().optional(),
        company: z.string().optional(),
        kind: kind.optional(),
        sentAt: z.string().optional(),
      }),
    ),
    rejectedAt: z.string().optional().openapi({
      description: 'The day of the rejection (YYYY-MM-DD): only the day is known',
    }),
    timeZone: z.string().openapi({ description: 'The user’s time zone, which places that day' }),
    sentAt: z.string(),
    linkedinPlan,
  })
  .openapi('CoachContext');

const AssembledSchema = z
  .object({
    applicationId: z.string(),
    contactId: z.string().nullable(),
    kind,
    context: ContextSchema,
    settings: z
      .object({
        timing: z.object({ coolOffHours: z.number(), latestReplyDays: z.number() }),
      })
      .openapi({ description: 'The user’s settings the coach applies' }),
    feeling: z.enum(MOODS).nullable().openapi({
      description:
        'How the user said the news landed; upset or angry makes the composer offer to send later',
    }),
  })
  .openapi('AssembledCoachContext');

const DraftSchema = AssembledSchema.extend({
  draft: z.object({
    kind,
    text: z.string(),
    rooms: z.array(
      z.object({ start: z.number().int(), end: z.number().int(), prompt: z.string() }),
    ),
    fact: z.string().nullable(),
  }),
}).openapi('Draft');

const ContextQuerySchema = z.object({
  kind,
  contactId: entityId.optional(),
  messageId: entityId.optional().openapi({
    description: 'The message being written: left out of the earlier messages it is compared with',
  }),
  linkedinPlan: linkedinPlan.optional(),
});

const DraftRequestSchema = z
  .object({
    applicationId: entityId,
    contactId: entityId.optional(),
    kind,
    taskId: entityId.optional().openapi({
      description: 'The plan step it is for: a silver-medalist check-in gets its own wording',
    }),
    userName: storableString().trim().max(200, 'must be at most 200 characters').optional(),
    linkedinPlan: linkedinPlan.optional(),
  })
  .strict()
  .openapi('DraftRequest');

function registerCheckRoute(app: ApiApp) {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/coach',
      tags,
      summary: 'Check a message in its context',
      description:
        'Returns findings (rule, category, severity, character span, explanation, suggestion), ' +
        'scores and counts, with the workspace’s timing settings. When `context.rejectedAt` is ' +
        'given without `context.sentAt`, the message is taken as sent now.',
      request: { body: jsonBody(CoachInputSchema) },
      responses: {
        200: jsonResponse(CoachResultSchema, 'What the coach found'),
        ...errorResponses(400, 413),
      },
    }),
    async (c) => {
      const result = await coachMessage(c.var.deps, c.req.valid('json'));
      return c.json(result, 200);
    },
  );
}

function registerContextRoute(app: ApiApp) {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/applications/{id}/coach-context',
      tags,
      summary: 'Everything the coach needs for a message about this application',
      description:
        'The company and role, the person (by default the one who delivered the rejection, or ' +
        'the one met most), what was discussed, the other companies applied to, the messages ' +
        'already sent (without `messageId` itself), the day the rejection came and how it landed; ' +
        'the composer checks with it as the user types.',
      request: { params: IdParamSchema, query: ContextQuerySchema },
      responses: {
        200: jsonResponse(AssembledSchema, 'The coach context'),
        ...errorResponses(400, 404),
      },
    }),
    async (c) => {
      const { kind: messageKind, contactId, messageId, linkedinPlan: plan } = c.req.valid('query');
      const assembled = await assembleCoachContext(c.var.deps, {
        applicationId: c.req.valid('param').id,
        kind: messageKind,
        contactId,
        messageId,
        linkedinPlan: plan,
      });
      return c.json(assembled, 200);
    },
  );
}

function registerDraftRoute(app: ApiApp) {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/drafts',
      tags,
      summary: 'A starting draft built from the application’s own data',
      description:
        'Names the person, recalls one thing that was discussed and leaves `[[Your words: …]]` ' +
        'room for the user; signed with the name in the settings. The draft passes the coach, ' +
        'advice included, except for that room.',
      request: { body: jsonBody(DraftRequestSchema) },
      responses: {
        200: jsonResponse(DraftSchema, 'The draft, with the context it was checked in'),
        ...errorResponses(400, 404),
      },
    }),
    async (c) => {
      const body = c.req.valid('json');
      const result = await draftMessage(c.var.deps, { ...body, applicationField: 'applicationId' });
      return c.json(result, 200);
    },
  );
}

/** The coach: check a message, assemble its context from stored data, and draft one. */
export function registerCoachRoutes(app: ApiApp) {
  registerCheckRoute(app);
  registerContextRoute(app);
  registerDraftRoute(app);
}
