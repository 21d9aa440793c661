import { AppError } from '../../core/app-error';
import { newEmailMessageId } from '../../core/mail/threading';
import type { SmtpSettings, SmtpSettingsInput } from '../../core/mail/smtp-settings';
import type { MailService, MailTestResult } from '../../http/services';
import { composeEml } from './mail-options';
import {
  mergeSmtpInput,
  resolveSmtpSettings,
  viewOf,
  writeSmtpSettingsFile,
} from './smtp-settings-store';
import { createSmtpTransport } from './smtp-transport';

const NOT_SET_UP =
  'Sending email is not set up yet. Add your SMTP account in the settings (or with `rebound mail setup`), or set REBOUND_SMTP_URL.';

function requireSettings(dataDir: string, env: NodeJS.ProcessEnv): SmtpSettings {
  const { settings } = resolveSmtpSettings(dataDir, env);
  if (settings === null) throw new AppError('conflict', NOT_SET_UP, { field: 'smtp' });
  return settings;
}

/**
 * Connects and signs in to an SMTP account; with `sendTo`, also sends a short test email there.
 * `transportFor` makes the transport (the team's checks the server's address first).
 */
export async function testSmtpAccount(
  settings: SmtpSettings,
  transportFor: (settings: SmtpSettings) => ReturnType<typeof createSmtpTransport>,
  { sendTo, now }: { sendTo: string | undefined; now: Date },
): Promise<MailTestResult> {
  const transport = transportFor(settings);
  await transport.verify();
  if (sendTo !== undefined) {
    await transport.send({
      from: settings.from,
      to: { name: null, address: sendTo },
      subject: 'Rebound test email',
      text: 'This is a test from Rebound. Your email settings work: messages you send from Rebound go out through this account.',
      messageId: newEmailMessageId(settings.from.address, now),
      inReplyTo: null,
      references: [],
      date: now,
      draft: false,
    });
  }
  const who = settings.user ? ` and signed in as ${settings.user}` : '';
  return {
    host: settings.host,
    port: settings.port,
    secure: settings.secure,
    user: settings.user,
    sentTo: sendTo ?? null,
    message: `Connected to ${settings.host}:${settings.port}${who}.${sendTo ? ` A test email went to ${sendTo}.` : ''}`,
  };
}

/**
 * Mail through the user's SMTP account, with settings read fresh on each use so a change in the
 * settings file or the environment applies without a restart.
 */
export function createMailService(
  dataDir: string,
  env: NodeJS.ProcessEnv = process.env,
  clock = () => new Date(),
): MailService {
  return {
    settings: () => {
      const { source, settings } = resolveSmtpSettings(dataDir, env);
      return viewOf(source, settings);
    },
    saveSettings(input: SmtpSettingsInput) {
      const { source, settings } = resolveSmtpSettings(dataDir, env);
      if (source === 'environment') {
        throw new AppError(
          'conflict',
          'The SMTP settings come from the environment (REBOUND_SMTP_…); change them there.',
          { field: 'smtp' },
        );
      }
      const next = mergeSmtpInput(settings, input);
      writeSmtpSettingsFile(dataDir, next);
      return viewOf('file', next);
    },
    test: ({ sendTo }) =>
      testSmtpAccount(requireSettings(dataDir, env), createSmtpTransport, { sendTo, now: clock() }),
    sender() {
      const settings = requireSettings(dataDir, env);
      return { transport: createSmtpTransport(settings), from: settings.from };
    },
    fromAddress: () => resolveSmtpSettings(dataDir, env).settings?.from ?? null,
    composeEml,
  };
}
