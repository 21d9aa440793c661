import { createRoute, z } from '@hono/zod-openapi';
import { messageInputSchema } from '../../core/message';
import { COACH_NOTE_KINDS, CoachNoteInputSchema } from '../../core/team/accounts';
import { listAccessLog } from '../../use-cases/team/access-log';
import {
  draftForSeeker,
  leaveCoachNote,
  listDraftsFromCoaches,
  listNotesFromCoaches,
} from '../../use-cases/team/coach-notes';
import type { ApiApp } from '../env';
import { named } from '../named-schema';
import { errorResponses, jsonBody, jsonResponse, presenter } from '../route-helpers';
import { MessageSchema } from '../schemas';
import { signedIn } from './team';

const presentMessage = presenter(MessageSchema);

const AccessLogSchema = z
  .object({
    items: z.array(
      z.object({
        id: z.string(),
        accountId: z.string(),
        accountName: z.string(),
        operation: z.string().openapi({ example: 'GET /applications/{id}' }),
        path: z.string(),
        at: z.string(),
      }),
    ),
  })
  .openapi('AccessLog');

function registerAccessLog(app: ApiApp) {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/access-log',
      tags: ['Team'],
      summary: 'Every read your coach made of your workspace, newest first (the latest 500)',
      responses: { 200: jsonResponse(AccessLogSchema, 'The reads'), ...errorResponses(401, 403) },
    }),
    async (c) => c.json({ items: await listAccessLog(c.var.deps) }, 200),
  );
}

const CoachNoteSchema = z
  .object({
    id: z.string(),
    kind: z.enum(COACH_NOTE_KINDS),
    authorId: z.string(),
    authorName: z.string(),
    applicationId: z.string().nullable(),
    body: z.string(),
    createdAt: z.string(),
  })
  .openapi('CoachNote');

function registerCoachNotes(app: ApiApp) {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/coach-notes',
      tags: ['Team'],
      summary:
        'Leave a note or suggestion for a seeker in your caseload (coaches; name the workspace in X-Rebound-Workspace)',
      request: { body: jsonBody(named(CoachNoteInputSchema, 'CoachNoteInput')) },
      responses: {
        201: jsonResponse(CoachNoteSchema, 'The note, which the seeker now sees'),
        ...errorResponses(400, 401, 403, 404),
      },
    }),
    async (c) => {
      const note = await leaveCoachNote(c.var.deps, {
        author: signedIn(c),
        input: c.req.valid('json'),
      });
      return c.json(note, 201);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/coach-notes',
      tags: ['Team'],
      summary: 'Notes and suggestions from coaches, newest first',
      responses: {
        200: jsonResponse(z.object({ items: z.array(CoachNoteSchema) }), 'The notes'),
        ...errorResponses(401, 403),
      },
    }),
    async (c) => c.json({ items: await listNotesFromCoaches(c.var.deps) }, 200),
  );
}

const CoachDraftsSchema = z
  .object({
    items: z.array(
      z.object({
        messageId: z.string(),
        coachId: z.string(),
        coachName: z.string(),
        createdAt: z.string(),
      }),
    ),
  })
  .openapi('CoachDrafts');

function registerCoachDrafts(app: ApiApp) {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/coach-drafts',
      tags: ['Team'],
      summary:
        'Write a draft message for a seeker in your caseload to review; only the seeker can send it',
      request: { body: jsonBody(named(messageInputSchema, 'MessageInput')) },
      responses: {
        201: jsonResponse(MessageSchema, 'The draft, now among the seeker’s messages'),
        ...errorResponses(400, 401, 403, 404),
      },
    }),
    async (c) => {
      const message = await draftForSeeker(c.var.deps, {
        author: signedIn(c),
        input: c.req.valid('json'),
      });
      return c.json(presentMessage(message), 201);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/coach-drafts',
      tags: ['Team'],
      summary: 'Which of your draft messages a coach wrote for you, newest first',
      responses: {
        200: jsonResponse(CoachDraftsSchema, 'The drafts'),
        ...errorResponses(401, 403),
      },
    }),
    async (c) => c.json({ items: await listDraftsFromCoaches(c.var.deps) }, 200),
  );
}

/**
 * What passes between a seeker and their coach: notes, drafts to review and the log of the
 * coach's reads. Mounted in team mode only; who may call each is in the access table.
 */
export function registerCoachingRoutes(app: ApiApp) {
  registerAccessLog(app);
  registerCoachNotes(app);
  registerCoachDrafts(app);
}
