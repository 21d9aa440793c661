import type { Transporter } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import { AppError, isAppError } from '../../core/app-error';
import type { SmtpSettings } from '../../core/mail/smtp-settings';
import type { MailDelivery, MailTransport, OutgoingMail } from '../../use-cases/mail/mail-port';
import { mailOptionsOf } from './mail-options';

/** What nodemailer puts on its errors (see its smtp-connection module). */
interface SmtpError extends Error {
  code?: string;
  command?: string;
  responseCode?: number;
  response?: string;
  rejected?: string[];
}

const isLoopback = (host: string) => /^(localhost|127\.\d+\.\d+\.\d+|::1|\[::1\])$/i.test(host);

function transportOptions(settings: SmtpSettings, address?: string): SMTPTransport.Options {
  return {
    host: address ?? settings.host,
    // Connecting to an address checked beforehand: TLS still names and verifies the server.
    ...(address !== undefined && { servername: settings.host, tls: { servername: settings.host } }),
    port: settings.port,
    secure: settings.secure,
    // Never send a password in the clear: off the local machine, STARTTLS is required.
    requireTLS: !settings.secure && !isLoopback(settings.host),
    ...(settings.user !== null && { auth: { user: settings.user, pass: settings.password ?? '' } }),
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  };
}

const serverSaid = (error: SmtpError) =>
  error.response ? ` The server said: ${error.response.trim()}` : '';

/**
 * Turns a nodemailer failure into words a person can act on, naming the setting to check
 * (`smtp.password`, `smtp.host`, …) or the recipient the server refused.
 */
export function describeSmtpFailure(error: unknown, settings: SmtpSettings): AppError {
  if (isAppError(error)) return error;
  const e = (error instanceof Error ? error : new Error(String(error))) as SmtpError;
  const where = `${settings.host}:${settings.port}`;
  const fail = (field: string, message: string) =>
    new AppError('mail_failed', message, { field, cause: error, detail: e.message });
  const text = `${e.code ?? ''} ${e.message}`;
  if (e.code === 'EAUTH' || e.code === 'ENOAUTH') {
    return fail(
      'smtp.password',
      `The mail server ${where} did not accept the user name or password. Gmail and Outlook need an app password here, not your usual one.${serverSaid(e)}`,
    );
  }
  if (e.code === 'EENVELOPE' || e.command === 'RCPT TO' || (e.rejected?.length ?? 0) > 0) {
    if (e.command === 'MAIL FROM')
      return fail(
        'smtp.from',
        `The mail server refused to send from ${settings.from.address}; use the address of the account you sign in with.${serverSaid(e)}`,
      );
    const who = e.rejected?.join(', ') || 'the recipient';
    return fail(
      'recipient',
      `The mail server refused the recipient ${who}; check the address.${serverSaid(e)}`,
    );
  }
  if (/ECONNREFUSED/.test(text))
    return fail(
      'smtp.host',
      `Cannot connect to ${where}: the connection was refused. Check the server name and port.`,
    );
  if (/ENOTFOUND|EAI_AGAIN|EDNS/.test(text))
    return fail(
      'smtp.host',
      `Cannot find the mail server ${settings.host}. Check the server name and your internet connection.`,
    );
  if (/ETIMEDOUT|timeout|ETIMEOUT/i.test(text))
    return fail(
      'smtp.host',
      `The mail server ${where} did not answer in time. Check the server name, the port and your connection.`,
    );
  if (/ETLS|certificate|SSL|TLS|wrong version number/i.test(text)) {
    return fail(
      'smtp.port',
      `A secure connection to ${where} failed (${e.message}). Port 465 uses TLS from the start; 587 upgrades with STARTTLS.`,
    );
  }
  if (/ECONNECTION|ESOCKET|ECONNRESET|EPIPE/.test(text))
    return fail('smtp.host', `The connection to ${where} broke off (${e.message}).`);
  if (e.responseCode !== undefined && e.responseCode >= 500)
    return fail('body', `The mail server refused the message.${serverSaid(e)}`);
  return fail('smtp', `Sending failed: ${e.message}`);
}

/**
 * A transport through the user's SMTP account; also checks the connection and sign-in. With
 * `resolve`, the server's address is looked up (and may be refused) when a connection is first
 * needed, and that address is the one connected to.
 */
export function createSmtpTransport(
  settings: SmtpSettings,
  { resolve }: { resolve?: () => Promise<string> } = {},
): MailTransport & { verify(): Promise<void> } {
  // nodemailer is loaded on first use: most commands never send mail, and each pays for its imports.
  let made: Promise<Transporter<SMTPTransport.SentMessageInfo>> | undefined;
  const transporter = () =>
    (made ??= (async () => {
      const address = resolve === undefined ? undefined : await resolve();
      const { default: nodemailer } = await import('nodemailer');
      return nodemailer.createTransport(transportOptions(settings, address));
    })());
  return {
    async send(mail: OutgoingMail): Promise<MailDelivery> {
      try {
        const info = await (await transporter()).sendMail(mailOptionsOf(mail));
        // nodemailer lists accepted recipients as strings or as { name, address } objects.
        const accepted = (info.accepted as (string | { address: string })[]).map((a) =>
          typeof a === 'string' ? a : a.address,
        );
        return { accepted, response: info.response };
      } catch (error) {
        throw describeSmtpFailure(error, settings);
      }
    },
    async verify() {
      try {
        await (await transporter()).verify();
      } catch (error) {
        throw describeSmtpFailure(error, settings);
      }
    },
  };
}
