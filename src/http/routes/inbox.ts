import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { AppError } from '../../core/app-error';
import { imapSettingsInputSchema } from '../../core/inbox/imap-settings';
import { storableString } from '../../core/schema-helpers';
import { MAIL_KINDS } from '../../core/inbox/kinds';
import { parseMail } from '../../core/inbox/mail';
import { splitMailText } from '../../core/inbox/mbox';
import {
  INBOX_ACTIONS,
  INBOX_STATUSES,
  inboxDecisionSchema,
  inboxSettingsSchema,
} from '../../core/inbox/proposal';
import { ingestMail } from '../../use-cases/inbox/ingest-mail';
import { getInboxSettings, updateInboxSettings } from '../../use-cases/inbox/inbox-settings';
import {
  applyInboxMessage,
  dismissInboxMessage,
  getInboxMessage,
  listInbox,
  undoInboxMessage,
} from '../../use-cases/inbox/review';
import type { ApiApp, ApiEnv } from '../env';
import { named } from '../named-schema';
import { errorResponses, jsonBody, jsonResponse } from '../route-helpers';
import { IdParamSchema, PagingQuerySchema } from '../schemas';
import type { InboxAccountService } from '../services';

const tags = ['Inbox'];

const ProposalSchema = z.object({
  action: z.enum(INBOX_ACTIONS),
  applicationId: z.string().nullable(),
  create: z.object({ company: z.string(), role: z.string() }).nullable(),
  date: z.string(),
});
export const InboxMessageSchema = z
  .object({
    id: z.string(),
    messageId: z.string().nullable(),
    source: z.string(),
    from: z.object({ name: z.string().nullable(), address: z.string().nullable() }),
    subject: z.string(),
    sentAt: z.string().nullable(),
    kind: z.enum(MAIL_KINDS),
    company: z.string().nullable(),
    role: z.string().nullable(),
    automated: z.boolean(),
    confidence: z.number(),
    evidence: z.array(z.string()).openapi({ description: 'The lines that carried the decision' }),
    body: z.string().nullable().openapi({ description: 'The whole text, only when kept' }),
    proposal: ProposalSchema,
    status: z.enum(INBOX_STATUSES),
    createdAt: z.string(),
    decidedAt: z.string().nullable(),
  })
  .openapi('InboxMessage');
const IngestedSchema = z
  .object({
    source: z.string(),
    messageId: z.string().nullable(),
    from: z.string().nullable(),
    subject: z.string(),
    date: z.string().nullable(),
    kind: z.enum(MAIL_KINDS),
    company: z.string().nullable(),
    role: z.string().nullable(),
    automated: z.boolean(),
    confidence: z.number(),
    applicationId: z.string().nullable(),
    action: z.enum(INBOX_ACTIONS),
    status: z.enum([...INBOX_STATUSES, 'duplicate']),
    inboxId: z.string().nullable(),
  })
  .openapi('IngestedMessage');
const SettingsSchema = z
  .object({ autoApply: z.boolean(), keepBodies: z.boolean() })
  .openapi('InboxSettings');
const ImapViewSchema = z
  .object({
    configured: z.boolean(),
    host: z.string().nullable(),
    port: z.number().nullable(),
    secure: z.boolean().nullable(),
    user: z.string().nullable(),
    passwordSet: z.boolean(),
    folders: z.array(z.string()),
    intervalMinutes: z.number().nullable(),
  })
  .openapi('ImapSettingsView');
const SyncResultSchema = z
  .object({
    folders: z.array(
      z.object({
        folder: z.string(),
        uidValidity: z.string(),
        lastUid: z.number(),
        fetched: z.number(),
        reset: z.boolean(),
      }),
    ),
    messages: z.array(IngestedSchema),
  })
  .openapi('ImapSyncResult');
const ImportSchema = z
  .object({
    files: z
      .array(z.object({ name: storableString().max(500), content: storableString() }).strict(), {
        error: 'must be a list of files',
      })
      .min(1, 'must hold at least one file')
      .max(100),
    dryRun: z.boolean().optional(),
  })
  .strict();
const ListQuerySchema = PagingQuerySchema.extend({
  status: z.enum([...INBOX_STATUSES, 'all']).optional(),
});

const present = (m: z.output<typeof InboxMessageSchema>) => InboxMessageSchema.parse(m);

/** The local IMAP account, or in a team the account of the request's workspace. */
function inboxOf(c: Context<ApiEnv>): InboxAccountService {
  const { inbox: local, workspaceMail } = c.var.services;
  const inbox = local ?? workspaceMail?.inbox(c.var.deps);
  if (!inbox)
    throw new AppError('conflict', 'IMAP is not available in this setup of Rebound.', {
      field: 'imap',
    });
  return inbox;
}

function registerMessages(app: ApiApp) {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/inbox/messages',
      tags,
      summary: 'Messages Rebound read, newest first (default: waiting for review)',
      request: { query: ListQuerySchema },
      responses: {
        200: jsonResponse(
          z.object({ items: z.array(InboxMessageSchema), nextOffset: z.number().nullable() }),
          'A page',
        ),
        ...errorResponses(400),
      },
    }),
    async (c) => {
      const page = await listInbox(c.var.deps, c.req.valid('query'));
      return c.json({ items: page.items.map(present), nextOffset: page.nextOffset }, 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/inbox/messages/{id}',
      tags,
      summary: 'One message with its proposal',
      request: { params: IdParamSchema },
      responses: { 200: jsonResponse(InboxMessageSchema, 'The message'), ...errorResponses(404) },
    }),
    async (c) => c.json(present(await getInboxMessage(c.var.deps, c.req.valid('param'))), 200),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/inbox/messages/{id}/accept',
      tags,
      summary: 'Accept the proposal, optionally with another kind, employer, role or application',
      request: {
        params: IdParamSchema,
        body: jsonBody(named(inboxDecisionSchema, 'InboxDecision')),
      },
      responses: {
        200: jsonResponse(InboxMessageSchema, 'Applied'),
        ...errorResponses(400, 404, 409),
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      return c.json(
        present(await applyInboxMessage(c.var.deps, { id, decision: c.req.valid('json') })),
        200,
      );
    },
  );
  for (const [verb, summary, run] of [
    ['dismiss', 'Leave the message as it is; nothing changes', dismissInboxMessage],
    ['undo', 'Take back an applied message, or bring a dismissed one back', undoInboxMessage],
  ] as const) {
    app.openapi(
      createRoute({
        method: 'post',
        path: `/inbox/messages/{id}/${verb}`,
        tags,
        summary,
        request: { params: IdParamSchema },
        responses: { 200: jsonResponse(InboxMessageSchema, 'Done'), ...errorResponses(404, 409) },
      }),
      async (c) => c.json(present(await run(c.var.deps, c.req.valid('param'))), 200),
    );
  }
}

function registerImport(app: ApiApp) {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/inbox/import',
      tags,
      summary: 'Read uploaded .eml or .mbox files',
      request: { body: jsonBody(named(ImportSchema, 'InboxImport')) },
      responses: {
        200: jsonResponse(
          z.object({ messages: z.array(IngestedSchema) }),
          'What each message means',
        ),
        ...errorResponses(400, 413),
      },
    }),
    async (c) => {
      const { files, dryRun } = c.req.valid('json');
      const mails = [];
      for (const [f, file] of files.entries()) {
        const parts = splitMailText(file.content);
        if (parts.length === 0)
          throw AppError.validation(`files[${f}].content`, 'holds no message');
        for (const [i, raw] of parts.entries())
          mails.push({
            source: parts.length > 1 ? `${file.name}#${i + 1}` : file.name,
            mail: await parseMail(raw),
          });
      }
      return c.json(
        { messages: await ingestMail(c.var.deps, { mails, dryRun: dryRun === true }) },
        200,
      );
    },
  );
}

function registerSettings(app: ApiApp) {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/inbox/settings',
      tags,
      summary: 'Whether confident matches apply by themselves, and whether whole bodies are kept',
      responses: { 200: jsonResponse(SettingsSchema, 'The settings') },
    }),
    async (c) => c.json(await getInboxSettings(c.var.deps), 200),
  );
  app.openapi(
    createRoute({
      method: 'patch',
      path: '/inbox/settings',
      tags,
      summary: 'Change the inbox settings',
      request: { body: jsonBody(named(inboxSettingsSchema, 'InboxSettingsInput')) },
      responses: { 200: jsonResponse(SettingsSchema, 'The settings'), ...errorResponses(400) },
    }),
    async (c) => c.json(await updateInboxSettings(c.var.deps, c.req.valid('json')), 200),
  );
  app.openapi(
    createRoute({
      method: 'get',
      path: '/inbox/imap',
      tags,
      summary: 'The IMAP account (never the password)',
      responses: { 200: jsonResponse(ImapViewSchema, 'The account'), ...errorResponses(409) },
    }),
    async (c) => c.json(await inboxOf(c).imapSettings(), 200),
  );
  app.openapi(
    createRoute({
      method: 'put',
      path: '/inbox/imap',
      tags,
      summary: 'Save the IMAP account (leave the password out to keep the saved one)',
      request: { body: jsonBody(named(imapSettingsInputSchema, 'ImapSettingsInput')) },
      responses: { 200: jsonResponse(ImapViewSchema, 'Saved'), ...errorResponses(400, 409) },
    }),
    async (c) => c.json(await inboxOf(c).saveImapSettings(c.req.valid('json')), 200),
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/inbox/imap/sync',
      tags,
      summary: 'Fetch and read what is new in the chosen folders now',
      responses: {
        200: jsonResponse(SyncResultSchema, 'What was read'),
        ...errorResponses(409, 502),
      },
    }),
    async (c) => c.json(await inboxOf(c).sync(), 200),
  );
}

export function registerInboxRoutes(app: ApiApp) {
  registerMessages(app);
  registerImport(app);
  registerSettings(app);
}
