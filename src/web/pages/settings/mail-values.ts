import { formatMailbox, isOtherAccount, parseMailbox } from '../../../core/mail/smtp-settings';
import type { MailSettings, MailSettingsInput } from '../../api/mail';

/** The mail settings form: the sender split into name and address, the password write-only. */
export interface MailValues {
  host: string;
  port: number | string;
  security: 'tls' | 'starttls';
  user: string;
  /** Empty keeps the saved password; anything typed replaces it. */
  password: string;
  /** Removes the saved password on save (for a server that needs no sign-in). */
  clearPassword: boolean;
  fromName: string;
  /** The sender's address; named like the API's `from` so its errors land here. */
  from: string;
}

/** Port 465 speaks TLS from the start; the usual submission port 587 upgrades with STARTTLS. */
export const securityForPort = (port: number): MailValues['security'] | null =>
  port === 465 ? 'tls' : port === 587 || port === 25 ? 'starttls' : null;

export function mailValuesOf(settings: MailSettings | undefined): MailValues {
  const sender = settings?.from ? parseMailbox(settings.from) : undefined;
  return {
    host: settings?.host ?? '',
    port: settings?.port ?? 587,
    security: settings?.secure ? 'tls' : 'starttls',
    user: settings?.user ?? '',
    password: '',
    clearPassword: false,
    fromName: sender?.name ?? '',
    from: sender?.address ?? settings?.from ?? '',
  };
}

/** What is saved: the password only when typed (or null to remove it), the sender as one mailbox. */
export function mailInputOf(values: MailValues): MailSettingsInput {
  const name = values.fromName.trim();
  const address = values.from.trim();
  return {
    host: values.host.trim(),
    ...(values.port !== '' && { port: Number(values.port) }),
    secure: values.security === 'tls',
    user: values.user.trim() === '' ? null : values.user.trim(),
    ...(values.clearPassword
      ? { password: null }
      : values.password !== '' && { password: values.password }),
    from: name === '' ? address : formatMailbox({ name, address }),
  };
}

/**
 * The form input a mail error is about. Connection tests name settings as `smtp.password`,
 * `smtp.host`…; saving names the request's own fields. Undefined for the account as a whole.
 */
export function mailInputFor(field: string | undefined): keyof MailValues | undefined {
  const name = field?.replace(/^smtp\./, '');
  switch (name) {
    case 'host':
    case 'port':
    case 'user':
    case 'password':
    case 'from':
      return name;
    case 'secure':
      return 'security';
    default:
      return undefined;
  }
}

/**
 * Whether the form points a saved password at another account (server, port or user) without a
 * new one: the server refuses that, since the saved password only goes where it was saved for.
 */
export function needsPasswordAgain(settings: MailSettings, values: MailValues): boolean {
  if (settings.source !== 'file' || !settings.passwordSet) return false;
  if (values.clearPassword || values.password !== '') return false;
  if (settings.host === null || settings.port === null) return false;
  const input = mailInputOf(values);
  return isOtherAccount(
    { host: settings.host, port: settings.port, user: settings.user },
    { host: input.host, port: input.port ?? 587, user: input.user ?? null },
  );
}
