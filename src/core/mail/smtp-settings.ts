import { z } from 'zod';
import { storable, STORABLE_TEXT_MESSAGE } from '../schema-helpers';

/** A mailbox: an address with an optional display name ("Ana Díaz <ana@example.com>"). */
export interface MailAddress {
  name: string | null;
  address: string;
}

const addressSchema = z.email({ error: 'must be an email address such as ana@example.com' });

/** Reads `Name <address>` or a bare address; undefined when it is neither. */
export function parseMailbox(text: string): MailAddress | undefined {
  const trimmed = text.trim();
  const angled = /^(.*?)\s*<([^<>\s]+)>$/.exec(trimmed);
  const name = angled ? (angled[1] as string).replace(/^"(.*)"$/, '$1').trim() : '';
  const address = angled ? (angled[2] as string) : trimmed;
  if (!addressSchema.safeParse(address).success) return undefined;
  return { name: name === '' ? null : name, address };
}

/** How a mailbox is shown to people (headers are encoded by the mail library, not here). */
export function formatMailbox(mailbox: MailAddress): string {
  return mailbox.name ? `${mailbox.name} <${mailbox.address}>` : mailbox.address;
}

/** The SMTP account Rebound sends through: the user's own mail provider. */
export interface SmtpSettings {
  host: string;
  port: number;
  /** TLS from the first byte (port 465); otherwise STARTTLS is used when the server offers it. */
  secure: boolean;
  user: string | null;
  password: string | null;
  /** The sender, e.g. `Ana Díaz <ana@example.com>`. */
  from: MailAddress;
}

const HOST =
  /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$|^\[?[0-9a-f:.]+\]?$/i;

/** The settings form: the password may be left out to keep the stored one, or null to clear it. */
export const smtpSettingsInputSchema = z
  .object({
    host: z.string().trim().regex(HOST, 'must be a host name such as smtp.gmail.com'),
    port: z.number({ error: 'must be a number' }).int().min(1).max(65535).default(587),
    secure: z.boolean({ error: 'must be true or false' }).optional(),
    user: z
      .string()
      .trim()
      .max(320)
      .refine(storable, STORABLE_TEXT_MESSAGE)
      .nullish()
      .transform((v) => (v === '' || v === undefined ? null : v)),
    password: z.string().max(1000).refine(storable, STORABLE_TEXT_MESSAGE).nullable().optional(),
    from: z
      .string()
      .max(400)
      .transform((value, ctx) => {
        const mailbox = parseMailbox(value);
        if (mailbox === undefined) {
          ctx.addIssue({
            code: 'custom',
            message: 'must be an address such as "Ana Díaz <ana@example.com>"',
          });
          return z.NEVER;
        }
        return mailbox;
      }),
  })
  .strict();
export type SmtpSettingsInput = z.output<typeof smtpSettingsInputSchema>;

/**
 * Whether two settings sign in to different accounts: another server, port or user name. A saved
 * password is only ever sent to the account it was saved for.
 */
export function isOtherAccount(
  a: Pick<SmtpSettings, 'host' | 'port' | 'user'>,
  b: Pick<SmtpSettings, 'host' | 'port' | 'user'>,
): boolean {
  return a.host.toLowerCase() !== b.host.toLowerCase() || a.port !== b.port || a.user !== b.user;
}

/** Port 465 speaks TLS from the start; other ports upgrade with STARTTLS. */
export const defaultSecure = (port: number) => port === 465;

/** `account`: a team workspace's own account, saved in the team's database. */
export type SmtpSettingsSource = 'environment' | 'file' | 'account' | 'none';

/** The settings as the API and CLI show them: everything but the password. */
export interface SmtpSettingsView {
  source: SmtpSettingsSource;
  host: string | null;
  port: number | null;
  secure: boolean | null;
  user: string | null;
  passwordSet: boolean;
  from: string | null;
}
