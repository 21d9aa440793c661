import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { AppError } from '../../core/app-error';
import { smtpSettingsInputSchema } from '../../core/mail/smtp-settings';
import { scheduleSendSchema, sendMessageSchema } from '../../core/message';
import {
  composeMessageMail,
  messageMailtoUrl,
  sendMessage,
} from '../../use-cases/mail/send-message';
import { cancelScheduledSend, scheduleSend } from '../../use-cases/mail/scheduled-sends';
import { checkSendable } from '../../use-cases/mail/workspace-sends';
import type { ApiApp, ApiEnv } from '../env';
import { named } from '../named-schema';
import { errorResponses, jsonBody, jsonResponse, presenter } from '../route-helpers';
import {
  MailTestRequestSchema,
  MailTestResultSchema,
  MailtoSchema,
  SendResultSchema,
  SmtpSettingsViewSchema,
} from '../portability-schemas';
import { IdParamSchema, MessageSchema } from '../schemas';
import type { MailAccountService } from '../services';

const tags = ['Mail'];
const presentMessage = presenter(MessageSchema);

/** The local account, or in a team the account of the request's workspace. */
function mailOf(c: Context<ApiEnv>): MailAccountService {
  const { mail: local, workspaceMail } = c.var.services;
  const mail = local ?? workspaceMail?.mail(c.var.deps);
  if (mail === undefined)
    throw new AppError('conflict', 'Email is not available in this setup of Rebound.', {
      field: 'smtp',
    });
  return mail;
}

export function registerMailRoutes(app: ApiApp) {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/mail/settings',
      tags,
      summary: 'The SMTP account email is sent through (never the password)',
      responses: {
        200: jsonResponse(SmtpSettingsViewSchema, 'The settings and where they come from'),
        ...errorResponses(409),
      },
    }),
    async (c) => c.json(await mailOf(c).settings(), 200),
  );

  app.openapi(
    createRoute({
      method: 'put',
      path: '/mail/settings',
      tags,
      summary: 'Save the SMTP account (leave the password out to keep the saved one)',
      description:
        'Saved in the data folder in a file only its owner can read. Refused while the environment (REBOUND_SMTP_…) provides the settings. In a team installation, saved as the workspace’s own account with the password encrypted, and refused for a server on a private or local network.',
      request: { body: jsonBody(named(smtpSettingsInputSchema, 'SmtpSettingsInput')) },
      responses: {
        200: jsonResponse(SmtpSettingsViewSchema, 'The saved settings'),
        ...errorResponses(400, 409),
      },
    }),
    async (c) => c.json(await mailOf(c).saveSettings(c.req.valid('json')), 200),
  );

  app.openapi(
    createRoute({
      method: 'post',
      path: '/mail/test',
      tags,
      summary: 'Test the connection: connect and sign in, and optionally send a test email',
      request: { body: jsonBody(MailTestRequestSchema) },
      responses: {
        200: jsonResponse(MailTestResultSchema, 'It works'),
        ...errorResponses(400, 409, 502),
      },
    }),
    async (c) => {
      const { sendTo } = c.req.valid('json');
      return c.json(await mailOf(c).test(sendTo === undefined ? {} : { sendTo }), 200);
    },
  );

  registerMessageMailRoutes(app);
}

/** Sending a message, and the .eml and mailto forms of it. */
function registerMessageMailRoutes(app: ApiApp) {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/messages/{id}/send',
      tags,
      summary:
        'Send a draft by email, then record it as sent, log the interaction and complete its plan step',
      description:
        'An email to someone who already got one about the same application answers it (In-Reply-To, References). If sending fails the message stays a draft and the error says why. In a team installation the draft is checked, then sent in the background through the workspace’s own account (202); a send that fails leaves the error in `sendFailure`.',
      request: { params: IdParamSchema, body: jsonBody(named(sendMessageSchema, 'SendMessage')) },
      responses: {
        200: jsonResponse(SendResultSchema, 'The sent message and what the server said'),
        202: jsonResponse(MessageSchema, 'Checked and on its way (team installations)'),
        ...errorResponses(400, 404, 409, 502),
      },
    }),
    async (c) => {
      const id = c.req.valid('param').id;
      const options = c.req.valid('json');
      const background = c.var.services.workspaceMail;
      if (background !== undefined) {
        // Refused now, while the person is here, when there is no account or the draft is not ready.
        await mailOf(c).sender();
        const message = await checkSendable(c.var.deps, { id, ...options });
        await background.queueSend(c.var.deps, {
          id,
          newThread: options.newThread,
          ...(options.taskId !== undefined && { taskId: options.taskId }),
        });
        return c.json(presentMessage(message), 202);
      }
      const result = await sendMessage(c.var.deps, {
        id,
        ...(await mailOf(c).sender()),
        ...options,
      });
      return c.json({ ...result, message: presentMessage(result.message) }, 200);
    },
  );

  registerScheduleRoutes(app);
  registerMessageFileRoutes(app);
}

/** Sending later: "Send tomorrow at 9:00", and calling it off. */
function registerScheduleRoutes(app: ApiApp) {
  app.openapi(
    createRoute({
      method: 'put',
      path: '/messages/{id}/schedule',
      tags,
      summary: 'Set a draft to be sent by email later (by default tomorrow at the reminder time)',
      description:
        'Checked now as a send would be (an email with a text, an address and a subject). The send survives a restart and goes within a minute of its time while Rebound runs (or when it next starts). Until then the draft can be edited, and the send cancelled. A send that fails stays a draft with its error in `sendFailure`.',
      request: {
        params: IdParamSchema,
        body: jsonBody(named(scheduleSendSchema, 'ScheduleSend')),
      },
      responses: {
        200: jsonResponse(MessageSchema, 'The draft with its scheduled send'),
        ...errorResponses(400, 404, 409),
      },
    }),
    async (c) => {
      // Refused here, not at 9:00, when there is no account to send it through.
      await mailOf(c).sender();
      const message = await scheduleSend(c.var.deps, {
        id: c.req.valid('param').id,
        ...c.req.valid('json'),
      });
      return c.json(presentMessage(message), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete',
      path: '/messages/{id}/schedule',
      tags,
      summary: 'Cancel a scheduled send; the message stays a draft',
      request: { params: IdParamSchema },
      responses: {
        200: jsonResponse(MessageSchema, 'The draft, no longer scheduled'),
        ...errorResponses(404, 409),
      },
    }),
    async (c) =>
      c.json(presentMessage(await cancelScheduledSend(c.var.deps, c.req.valid('param'))), 200),
  );
}

/** A message as an .eml file or a mailto: link, for sending from the user's own mail program. */
function registerMessageFileRoutes(app: ApiApp) {
  app.openapi(
    createRoute({
      method: 'get',
      path: '/messages/{id}/eml',
      tags,
      summary:
        'The message as an .eml file (RFC 5322) for Thunderbird, Outlook or Apple Mail; drafts open for editing',
      request: { params: IdParamSchema },
      responses: {
        200: {
          description: 'The .eml file',
          content: { 'message/rfc822': { schema: z.string() } },
        },
        ...errorResponses(404),
      },
    }),
    async (c) => {
      const mail = mailOf(c);
      const { id } = c.req.valid('param');
      const composed = await composeMessageMail(c.var.deps, {
        id,
        from: await mail.fromAddress(),
      });
      const bytes = await mail.composeEml(composed);
      return c.body(bytes, 200, {
        'Content-Type': 'message/rfc822',
        'Content-Disposition': `attachment; filename="${id}.eml"`,
      });
    },
  );

  app.openapi(
    createRoute({
      method: 'get',
      path: '/messages/{id}/mailto',
      tags,
      summary: "A mailto: link that opens the user's mail program with the message filled in",
      request: { params: IdParamSchema },
      responses: { 200: jsonResponse(MailtoSchema, 'The link'), ...errorResponses(404) },
    }),
    async (c) => c.json(await messageMailtoUrl(c.var.deps, c.req.valid('param')), 200),
  );
}
