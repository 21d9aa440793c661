import { z } from 'zod';
import { storable, storableString, STORABLE_TEXT_MESSAGE } from '../schema-helpers';

/** The IMAP account Rebound reads mail from, password included (stored, never shown). */
export interface ImapSettings {
  host: string;
  port: number;
  /** TLS from the first byte (port 993); otherwise STARTTLS when the server offers it. */
  secure: boolean;
  user: string;
  password: string | null;
  /** The folders to read, such as INBOX. */
  folders: string[];
  /** Minutes between syncs while Rebound runs; 0 syncs only when asked. */
  intervalMinutes: number;
}

const HOST =
  /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$|^\[?[0-9a-f:.]+\]?$/i;

/** The account form: leave the password out to keep the saved one (for the same account only). */
export const imapSettingsInputSchema = z
  .object({
    host: z.string().trim().regex(HOST, 'must be a host name such as imap.gmail.com'),
    port: z.number({ error: 'must be a number' }).int().min(1).max(65535).default(993),
    secure: z.boolean({ error: 'must be true or false' }).optional(),
    user: z
      .string({ error: 'is required' })
      .trim()
      .min(1, 'is required')
      .max(320)
      .refine(storable, STORABLE_TEXT_MESSAGE),
    password: z.string().max(1000).refine(storable, STORABLE_TEXT_MESSAGE).nullable().optional(),
    folders: z
      .array(storableString().trim().min(1, 'must not be empty').max(200), {
        error: 'must be a list of folder names',
      })
      .min(1, 'must name at least one folder')
      .max(20)
      .default(['INBOX']),
    intervalMinutes: z.number({ error: 'must be a number' }).int().min(0).max(1440).default(15),
  })
  .strict();
export type ImapSettingsInput = z.output<typeof imapSettingsInputSchema>;

/** The account as the API and CLI show it: everything but the password. */
export interface ImapSettingsView {
  configured: boolean;
  host: string | null;
  port: number | null;
  secure: boolean | null;
  user: string | null;
  passwordSet: boolean;
  folders: string[];
  intervalMinutes: number | null;
}

export function imapView(settings: ImapSettings | null): ImapSettingsView {
  return {
    configured: settings !== null,
    host: settings?.host ?? null,
    port: settings?.port ?? null,
    secure: settings?.secure ?? null,
    user: settings?.user ?? null,
    passwordSet: (settings?.password ?? null) !== null,
    folders: settings?.folders ?? [],
    intervalMinutes: settings?.intervalMinutes ?? null,
  };
}

/** Port 993 speaks TLS from the start. */
export const defaultImapSecure = (port: number) => port === 993;
