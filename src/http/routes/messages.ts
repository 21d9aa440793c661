import { createRoute, z } from '@hono/zod-openapi';
import { markSentSchema, messageInputSchema, messagePatchSchema } from '../../core/message';
import { MESSAGE_KINDS, MESSAGE_STATUSES } from '../../core/enums';
import {
  createMessage,
  deleteMessage,
  getMessage,
  listMessages,
  markMessageNotSent,
  markMessageReplied,
  markMessageSent,
  updateMessage,
} from '../../use-cases/messages';
import type { ApiApp } from '../env';
import { named } from '../named-schema';
import { errorResponses, jsonBody, jsonResponse, presenter } from '../route-helpers';
import {
  IdParamSchema,
  paramText,
  InteractionSchema,
  MessageSchema,
  pageOfSchema,
  PagingQuerySchema,
  TaskSchema,
} from '../schemas';

const tags = ['Messages'];
const presentMessage = presenter(MessageSchema);
const MessagePageSchema = pageOfSchema(MessageSchema, 'MessagePage');
const MessageInputSchema = named(messageInputSchema, 'MessageInput');
const MessagePatchSchema = named(messagePatchSchema, 'MessagePatch');
const MarkSentSchema = named(markSentSchema, 'MarkSent');
const MessageListQuerySchema = PagingQuerySchema.extend({
  applicationId: paramText().optional(),
  contactId: paramText().optional(),
  status: z
    .enum(MESSAGE_STATUSES, { error: `must be one of ${MESSAGE_STATUSES.join(', ')}` })
    .optional(),
  kind: z.enum(MESSAGE_KINDS, { error: `must be one of ${MESSAGE_KINDS.join(', ')}` }).optional(),
  sendState: z
    .enum(['scheduled', 'failed'], { error: 'must be one of scheduled, failed' })
    .optional()
    .openapi({ description: 'Only drafts set to go later, or those whose scheduled send failed' }),
});

export function registerMessageRoutes(app: ApiApp) {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/messages',
      tags,
      summary: 'List messages, most recently changed first',
      request: { query: MessageListQuerySchema },
      responses: {
        200: jsonResponse(MessagePageSchema, 'A page of messages'),
        ...errorResponses(400),
      },
    }),
    async (c) => {
      const { applicationId, contactId, status, kind, sendState, limit, offset } =
        c.req.valid('query');
      const page = await listMessages(c.var.deps, {
        ...(applicationId !== undefined && { applicationId }),
        ...(contactId !== undefined && { contactId }),
        ...(status !== undefined && { status }),
        ...(kind !== undefined && { kind }),
        ...(sendState !== undefined && { sendState }),
        limit,
        offset,
      });
      return c.json({ items: page.items.map(presentMessage), nextOffset: page.nextOffset }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/messages',
      tags,
      summary: 'Save a draft message',
      request: { body: jsonBody(MessageInputSchema) },
      responses: { 201: jsonResponse(MessageSchema, 'The draft'), ...errorResponses(400, 404) },
    }),
    async (c) => c.json(presentMessage(await createMessage(c.var.deps, c.req.valid('json'))), 201),
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/messages/{id}',
      tags,
      summary: 'One message',
      request: { params: IdParamSchema },
      responses: { 200: jsonResponse(MessageSchema, 'The message'), ...errorResponses(404) },
    }),
    async (c) => c.json(presentMessage(await getMessage(c.var.deps, c.req.valid('param'))), 200),
  );

  app.openapi(
    createRoute({
      method: 'patch',
      path: '/messages/{id}',
      tags,
      summary: 'Edit a draft',
      request: { params: IdParamSchema, body: jsonBody(MessagePatchSchema) },
      responses: {
        200: jsonResponse(MessageSchema, 'The draft'),
        ...errorResponses(400, 404, 409),
      },
    }),
    async (c) => {
      const message = await updateMessage(c.var.deps, {
        id: c.req.valid('param').id,
        patch: c.req.valid('json'),
      });
      return c.json(presentMessage(message), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/messages/{id}',
      tags,
      summary: 'Delete a message',
      request: { params: IdParamSchema },
      responses: { 204: { description: 'Deleted' }, ...errorResponses(404) },
    }),
    async (c) => {
      await deleteMessage(c.var.deps, c.req.valid('param'));
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/messages/{id}/sent',
      tags,
      summary: 'Mark a draft as sent: logs the interaction and completes the plan step it fulfils',
      request: { params: IdParamSchema, body: jsonBody(MarkSentSchema) },
      responses: {
        200: jsonResponse(
          z
            .object({
              message: MessageSchema,
              interaction: InteractionSchema.nullable(),
              task: TaskSchema.nullable(),
            })
            .openapi('MarkSentResult'),
          'The sent message, the logged interaction and the completed step',
        ),
        ...errorResponses(400, 404, 409),
      },
    }),
    async (c) => {
      const result = await markMessageSent(c.var.deps, {
        id: c.req.valid('param').id,
        ...c.req.valid('json'),
      });
      return c.json({ ...result, message: presentMessage(result.message) }, 200);
    },
  );

  registerNotSentRoute(app);

  app.openapi(
    createRoute({
      method: 'post',
      path: '/messages/{id}/replied',
      tags,
      summary: 'Record that the recipient replied',
      request: { params: IdParamSchema },
      responses: { 200: jsonResponse(MessageSchema, 'The message'), ...errorResponses(404, 409) },
    }),
    async (c) =>
      c.json(presentMessage(await markMessageReplied(c.var.deps, c.req.valid('param'))), 200),
  );
}

function registerNotSentRoute(app: ApiApp) {
  app.openapi(
    createRoute({
      method: 'delete',
      path: '/messages/{id}/sent',
      tags,
      summary:
        'Mark a message not sent after all: a draft again, its logged interaction removed and the step it completed reopened',
      description:
        'For a message marked as sent by mistake. One transaction. Refused for an email Rebound sent itself (it went out) and for a message with a reply.',
      request: { params: IdParamSchema },
      responses: {
        200: jsonResponse(
          z
            .object({
              message: MessageSchema,
              reopenedTasks: z.array(TaskSchema),
              removedInteractionIds: z.array(z.string()),
            })
            .openapi('MarkNotSentResult'),
          'The draft again, the reopened steps and the removed interactions',
        ),
        ...errorResponses(404, 409),
      },
    }),
    async (c) => {
      const result = await markMessageNotSent(c.var.deps, c.req.valid('param'));
      return c.json({ ...result, message: presentMessage(result.message) }, 200);
    },
  );
}
