import { z } from 'zod';
import { AppError } from '../../core/app-error';
import {
  defaultImapSecure,
  type ImapSettings,
  type ImapSettingsInput,
} from '../../core/inbox/imap-settings';
import { isOtherAccount } from '../../core/mail/smtp-settings';
import { readDataFile, writePrivateJson } from '../../storage/private-files';

/** The file in the data folder that holds the IMAP account, password included (mode 0600). */
export const IMAP_SETTINGS_FILE = 'imap.json';

const stored = z.object({
  host: z.string(),
  port: z.number().int(),
  secure: z.boolean(),
  user: z.string(),
  password: z.string().nullable(),
  folders: z.array(z.string()),
  intervalMinutes: z.number().int(),
});

export function readImapSettings(dataDir: string): ImapSettings | null {
  const read = readDataFile(dataDir, IMAP_SETTINGS_FILE);
  if (read === null) return null;
  const { file, json } = read;
  const parsed = stored.safeParse(json);
  if (!parsed.success) {
    throw new AppError(
      'validation',
      `${file} is not a valid IMAP settings file; save the account again.`,
      {
        field: 'imap',
      },
    );
  }
  return parsed.data;
}

/** Writes the settings file atomically, readable by its owner only. */
export function writeImapSettings(dataDir: string, settings: ImapSettings): void {
  writePrivateJson(dataDir, IMAP_SETTINGS_FILE, settings);
}

/**
 * Applies the account form to what is stored. As with the SMTP password, a saved password only
 * ever goes to the server, port and user it was saved for: pointing elsewhere needs it again.
 */
export function mergeImapInput(
  current: ImapSettings | null,
  input: ImapSettingsInput,
): ImapSettings {
  const next = {
    host: input.host,
    port: input.port,
    secure: input.secure ?? defaultImapSecure(input.port),
    user: input.user,
    folders: [...new Set(input.folders)],
    intervalMinutes: input.intervalMinutes,
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
