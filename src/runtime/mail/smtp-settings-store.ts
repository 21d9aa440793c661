import { z } from 'zod';
import { AppError } from '../../core/app-error';
import {
  defaultSecure,
  formatMailbox,
  isOtherAccount,
  parseMailbox,
  type SmtpSettings,
  type SmtpSettingsInput,
  type SmtpSettingsSource,
  type SmtpSettingsView,
} from '../../core/mail/smtp-settings';
import { readDataFile, writePrivateJson } from '../../storage/private-files';

/** The file in the data folder that holds the SMTP account, password included (mode 0600). */
export const SMTP_SETTINGS_FILE = 'smtp.json';

const stored = z.object({
  host: z.string(),
  port: z.number().int(),
  secure: z.boolean(),
  user: z.string().nullable(),
  password: z.string().nullable(),
  from: z.object({ name: z.string().nullable(), address: z.string() }),
});

const bool = (value: string | undefined) =>
  value === undefined ? undefined : /^(1|true|yes|on)$/i.test(value.trim());

/**
 * SMTP settings from the environment: `REBOUND_SMTP_URL` (smtp:// or smtps://user:pass@host:port)
 * or `REBOUND_SMTP_HOST` with `_PORT`, `_SECURE`, `_USER`, `_PASS`; `REBOUND_SMTP_FROM` names the
 * sender (defaulting to the user name when it is an address). Null when none is set.
 */
export function smtpSettingsFromEnv(env: NodeJS.ProcessEnv): SmtpSettings | null {
  const url = env.REBOUND_SMTP_URL?.trim();
  const host = env.REBOUND_SMTP_HOST?.trim();
  if (!url && !host) return null;
  let settings: Omit<SmtpSettings, 'from'>;
  if (url) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw AppError.validation(
        'REBOUND_SMTP_URL',
        'must be a URL such as smtps://user:password@smtp.example.com:465',
      );
    }
    if (parsed.protocol !== 'smtp:' && parsed.protocol !== 'smtps:') {
      throw AppError.validation('REBOUND_SMTP_URL', 'must start with smtp:// or smtps://');
    }
    const secure = parsed.protocol === 'smtps:';
    settings = {
      host: parsed.hostname,
      port: parsed.port ? Number(parsed.port) : secure ? 465 : 587,
      secure,
      user: parsed.username ? decodeURIComponent(parsed.username) : null,
      password: parsed.password ? decodeURIComponent(parsed.password) : null,
    };
  } else {
    const port = Number(env.REBOUND_SMTP_PORT ?? 587);
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
      throw AppError.validation('REBOUND_SMTP_PORT', 'must be a port number from 1 to 65535');
    }
    settings = {
      host: host as string,
      port,
      secure: bool(env.REBOUND_SMTP_SECURE) ?? defaultSecure(port),
      user: env.REBOUND_SMTP_USER?.trim() || null,
      password: env.REBOUND_SMTP_PASS ?? null,
    };
  }
  const fromText = env.REBOUND_SMTP_FROM?.trim() || settings.user || '';
  const from = parseMailbox(fromText);
  if (from === undefined) {
    throw AppError.validation(
      'REBOUND_SMTP_FROM',
      'must be the sender, such as "Ana Díaz <ana@example.com>"',
    );
  }
  return { ...settings, from };
}

export function readSmtpSettingsFile(dataDir: string): SmtpSettings | null {
  const read = readDataFile(dataDir, SMTP_SETTINGS_FILE);
  if (read === null) return null;
  const { file, json } = read;
  const parsed = stored.safeParse(json);
  if (!parsed.success) {
    throw new AppError(
      'validation',
      `${file} is not a valid SMTP settings file; save the settings again.`,
      { field: 'smtp' },
    );
  }
  return parsed.data;
}

/** Writes the settings file atomically, readable by its owner only. */
export function writeSmtpSettingsFile(dataDir: string, settings: SmtpSettings): void {
  writePrivateJson(dataDir, SMTP_SETTINGS_FILE, settings);
}

/** The settings in force: the environment wins over the file. */
export function resolveSmtpSettings(
  dataDir: string,
  env: NodeJS.ProcessEnv = process.env,
): { source: SmtpSettingsSource; settings: SmtpSettings | null } {
  const fromEnv = smtpSettingsFromEnv(env);
  if (fromEnv !== null) return { source: 'environment', settings: fromEnv };
  const fromFile = readSmtpSettingsFile(dataDir);
  return fromFile === null
    ? { source: 'none', settings: null }
    : { source: 'file', settings: fromFile };
}

export function viewOf(
  source: SmtpSettingsSource,
  settings: SmtpSettings | null,
): SmtpSettingsView {
  return {
    source,
    host: settings?.host ?? null,
    port: settings?.port ?? null,
    secure: settings?.secure ?? null,
    user: settings?.user ?? null,
    passwordSet: (settings?.password ?? null) !== null,
    from: settings ? formatMailbox(settings.from) : null,
  };
}

/**
 * Applies the settings form to what is stored: a password left out keeps the stored one, but only
 * for the same account. A saved password is only ever sent to the server, port and user it was
 * saved with; pointing the settings elsewhere needs the password again (or `null`, for none).
 */
export function mergeSmtpInput(
  current: SmtpSettings | null,
  input: SmtpSettingsInput,
): SmtpSettings {
  const next = {
    host: input.host,
    port: input.port,
    secure: input.secure ?? defaultSecure(input.port),
    user: input.user,
    from: input.from,
  };
  const saved = current?.password ?? null;
  if (input.password === undefined && saved !== null && current && isOtherAccount(current, next)) {
    throw AppError.validation(
      'password',
      'enter the password again: the server, port or user name changed, and the saved password is only sent to the account it was saved for',
    );
  }
  return { ...next, password: input.password === undefined ? saved : input.password };
}
