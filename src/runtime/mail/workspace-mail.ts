import { z } from 'zod';
import { AppError } from '../../core/app-error';
import type { SmtpSettings, SmtpSettingsInput } from '../../core/mail/smtp-settings';
import type { MailAccountService } from '../../http/services';
import {
  findMailAccount,
  saveMailAccount,
  type MailAccountKind,
  type StoredMailAccount,
} from '../../storage/repositories/mail-accounts';
import type { UseCaseDeps } from '../../use-cases/deps';
import type { AddressPolicy } from '../address-policy';
import { resolveMailHost } from './mail-host';
import { composeEml } from './mail-options';
import { testSmtpAccount } from './mail-service';
import type { SealedSecret, SecretBox } from './secret-box';
import { mergeSmtpInput, viewOf } from './smtp-settings-store';
import { createSmtpTransport } from './smtp-transport';

/** What a team workspace's accounts need from the server: its keys and its address rule. */
export interface WorkspaceAccountOptions {
  box: SecretBox;
  /** Which addresses a seeker's mail servers may have (REBOUND_MAIL_PRIVATE). */
  policy: AddressPolicy;
}

/** What the SMTP account stores besides its password. */
const smtpStored = z.object({
  host: z.string(),
  port: z.number().int(),
  secure: z.boolean(),
  user: z.string().nullable(),
  from: z.object({ name: z.string().nullable(), address: z.string() }),
});

/** The sealed password's associated data: whose account, and which. */
const sealContext = (workspaceId: string, kind: MailAccountKind) => `${workspaceId}:${kind}`;

/** Reads a stored account's settings, naming the account when they are not readable. */
export function parseStoredSettings<T>(
  schema: z.ZodType<T>,
  stored: StoredMailAccount,
  kind: MailAccountKind,
): T {
  const parsed = schema.safeParse(JSON.parse(stored.settings));
  if (!parsed.success) {
    throw new AppError(
      'validation',
      `The saved ${kind.toUpperCase()} account is not readable; save it again.`,
      {
        field: kind,
      },
    );
  }
  return parsed.data;
}

/** Opens a stored password (null when the account has none). */
export function openPassword(
  deps: UseCaseDeps,
  box: SecretBox,
  kind: MailAccountKind,
  sealed: SealedSecret | null,
): string | null {
  return sealed === null ? null : box.open(sealed, sealContext(deps.workspaceId, kind));
}

/** Seals a password for the workspace's account of `kind` (null stays null). */
export function sealPassword(
  deps: UseCaseDeps,
  box: SecretBox,
  kind: MailAccountKind,
  password: string | null,
): SealedSecret | null {
  return password === null ? null : box.seal(password, sealContext(deps.workspaceId, kind));
}

/**
 * What a stored password is needed for: `open`, to connect with it; `presence`, only whether
 * there is one (a view, or a save that replaces it), which works even when its key is gone.
 */
export type PasswordUse = 'open' | 'presence';

/** The stored password as `use` needs it; `presence` stands it in with an empty string. */
export function passwordFor(
  deps: UseCaseDeps,
  box: SecretBox,
  kind: MailAccountKind,
  sealed: SealedSecret | null,
  use: PasswordUse,
): string | null {
  if (sealed === null) return null;
  return use === 'open' ? openPassword(deps, box, kind, sealed) : '';
}

/** The workspace's SMTP account, its password as `use` needs it, or null when none is saved. */
export async function loadWorkspaceSmtp(
  deps: UseCaseDeps,
  box: SecretBox,
  use: PasswordUse = 'open',
): Promise<SmtpSettings | null> {
  const stored = await findMailAccount(deps.db, deps.workspaceId, 'smtp');
  if (stored === undefined) return null;
  const settings = parseStoredSettings(smtpStored, stored, 'smtp');
  return { ...settings, password: passwordFor(deps, box, 'smtp', stored.password, use) };
}

const NOT_SET_UP = new AppError(
  'conflict',
  'Sending email is not set up yet. Add your SMTP account in Settings.',
  { field: 'smtp' },
);

/**
 * A transport that looks the server's address up when it first connects, refuses it by the
 * policy, and connects to the address it checked (decision 0031: checked at save and at connect).
 */
export function guardedSmtpTransport(settings: SmtpSettings, policy: AddressPolicy) {
  return createSmtpTransport(settings, {
    resolve: () => resolveMailHost(settings.host, policy, 'smtp.host'),
  });
}

/** The way out through a workspace's own SMTP account; a conflict when none is saved. */
export async function workspaceSender(deps: UseCaseDeps, options: WorkspaceAccountOptions) {
  const settings = await loadWorkspaceSmtp(deps, options.box);
  if (settings === null) throw NOT_SET_UP;
  return { transport: guardedSmtpTransport(settings, options.policy), from: settings.from };
}

/**
 * A team workspace's SMTP account, in the team's database: the same settings, test and sending
 * as the local file, for the workspace of `deps` alone. The password is sealed at rest and
 * never shown; the server's address is checked when saved and again whenever it is connected to.
 */
export function workspaceMailService(
  deps: UseCaseDeps,
  options: WorkspaceAccountOptions,
): MailAccountService {
  const { box, policy } = options;
  return {
    settings: async () => {
      const settings = await loadWorkspaceSmtp(deps, box, 'presence');
      return viewOf(settings === null ? 'none' : 'account', settings);
    },
    async saveSettings(input: SmtpSettingsInput) {
      // A new password replaces the stored one unread, so it also mends one whose key is gone.
      const use = input.password === undefined ? 'open' : 'presence';
      const next = mergeSmtpInput(await loadWorkspaceSmtp(deps, box, use), input);
      await resolveMailHost(next.host, policy, 'host');
      const { password, ...settings } = next;
      await saveMailAccount(deps.db, deps.workspaceId, 'smtp', {
        account: {
          settings: JSON.stringify(settings),
          password: sealPassword(deps, box, 'smtp', password),
          nextSyncAt: null,
        },
        now: deps.clock.now().toISOString(),
      });
      return viewOf('account', next);
    },
    async test({ sendTo }) {
      const settings = await loadWorkspaceSmtp(deps, box);
      if (settings === null) throw NOT_SET_UP;
      return testSmtpAccount(settings, (s) => guardedSmtpTransport(s, policy), {
        sendTo,
        now: deps.clock.now(),
      });
    },
    sender: () => workspaceSender(deps, options),
    fromAddress: async () => {
      const stored = await findMailAccount(deps.db, deps.workspaceId, 'smtp');
      return stored === undefined ? null : parseStoredSettings(smtpStored, stored, 'smtp').from;
    },
    composeEml,
  };
}
