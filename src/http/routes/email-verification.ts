import { createRoute, z } from '@hono/zod-openapi';
import { AppError, isAppError } from '../../core/app-error';
import { tokenInput, type Account } from '../../core/team/accounts';
import { sendEmailVerification, verifyEmail } from '../../use-cases/team/email-verification';
import type { TeamDeps } from '../../use-cases/team/team-deps';
import type { ApiApp } from '../env';
import { named } from '../named-schema';
import { errorResponses, jsonBody, jsonResponse } from '../route-helpers';
import type { TeamApiOptions } from '../team/team-gate';

type Options = TeamDeps & TeamApiOptions & { logError?: (error: unknown) => void };

const VerifyEmailSchema = z.object({ token: tokenInput });

/** The organisation's mail and the page verification links open; a conflict when missing. */
function verificationMail(options: Options) {
  if (options.mail === undefined || options.publicUrl === undefined) {
    throw new AppError(
      'conflict',
      'email: this server cannot send verification links (REBOUND_PUBLIC_URL and REBOUND_SMTP_URL are needed); ask an admin',
      { field: 'email' },
    );
  }
  const publicUrl = options.publicUrl;
  return {
    mail: options.mail(),
    verifyUrl: (token: string) => `${publicUrl}/verify-email#${token}`,
  };
}

/**
 * Emails a new member whose address nothing has proven yet a link to prove it, when the server
 * can send mail. Joining must not fail because mail did, so a failure is logged, not thrown.
 */
export async function mailVerificationIfUnproven(options: Options, account: Account) {
  if (account.emailVerified || options.mail === undefined || options.publicUrl === undefined) {
    return;
  }
  try {
    await sendEmailVerification(options, { account, ...verificationMail(options) });
  } catch (error) {
    if (!(isAppError(error) && ['mail_failed', 'conflict'].includes(error.code))) throw error;
    options.logError?.(error);
  }
}

/** Proving an email address: asking for a link while signed in, and opening it. */
export function registerEmailVerificationRoutes(app: ApiApp, options: Options) {
  app.openapi(
    createRoute({
      method: 'post',
      path: '/team/email/verification',
      tags: ['Team'],
      summary: 'Email the signed-in account a link that proves its address',
      responses: {
        202: jsonResponse(z.object({ message: z.string() }), 'The link is on its way'),
        ...errorResponses(401, 409, 429, 502),
      },
    }),
    async (c) => {
      const account = c.var.account;
      if (account === null) throw new AppError('unauthorized', 'session: you are not signed in');
      await sendEmailVerification(options, { account, ...verificationMail(options) });
      return c.json({ message: `A link to confirm ${account.email} is on its way.` }, 202);
    },
  );
  app.openapi(
    createRoute({
      method: 'post',
      path: '/team/email/verify',
      tags: ['Team'],
      summary: 'Prove an email address with the token from a verification link',
      request: { body: jsonBody(named(VerifyEmailSchema, 'VerifyEmail')) },
      responses: { 204: { description: 'The address is proven' }, ...errorResponses(400) },
    }),
    async (c) => {
      await verifyEmail(options, c.req.valid('json'));
      return c.body(null, 204);
    },
  );
}
