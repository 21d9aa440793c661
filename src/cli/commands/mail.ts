import type { Command } from 'commander';
import { AppError, isAppError } from '../../core/app-error';
import { smtpSettingsInputSchema } from '../../core/mail/smtp-settings';
import { createMailService } from '../../runtime/mail/mail-service';
import { scheduleSendSchema } from '../../core/message';
import { cancelScheduledSend, scheduleSend } from '../../use-cases/mail/scheduled-sends';
import { messageMailtoUrl, sendMessage } from '../../use-cases/mail/send-message';
import { getRecoverySettings } from '../../use-cases/recovery-settings';
import {
  type CommandContext,
  commandContext,
  intFlag,
  parseFlags,
  withWorkspace,
  withWorkspaceAsIs,
} from '../context';
import { localWhen } from './messages';
import { type Io, printJson } from '../output';

interface SendFlags {
  newThread?: boolean;
  task?: string;
  later?: boolean;
  at?: string;
  cancel?: boolean;
}

/** `send ID --later | --at WHEN`: set it to go through the account later; `--cancel` calls it off. */
async function scheduleFromFlags(id: string, opts: SendFlags, context: CommandContext, io: Io) {
  if (opts.cancel) {
    const message = await withWorkspaceAsIs(context, (deps) => cancelScheduledSend(deps, { id }));
    if (context.json) return printJson(io, message);
    return io.out(`Cancelled: ${id} will not be sent; it stays a draft.`);
  }
  // Refused now, not when it is due, when there is no account to send it through.
  createMailService(context.config.dataDir).sender();
  const input = parseFlags(
    scheduleSendSchema,
    { at: opts.at, taskId: opts.task, newThread: opts.newThread === true },
    { at: '--at', taskId: '--task', newThread: '--new-thread' },
  );
  const { message, timeZone } = await withWorkspace(
    context,
    async (deps) => ({
      message: await scheduleSend(deps, { id, ...input }),
      timeZone: (await getRecoverySettings(deps)).timeZone,
    }),
    { at: '--at', taskId: '--task' },
  );
  if (context.json) return printJson(io, message);
  io.out(
    [
      `Scheduled "${message.subject ?? ''}" to ${message.recipient ?? ''} for ${localWhen(message.scheduled?.at ?? '', timeZone)} (${timeZone}).`,
      'It goes while Rebound runs (npm start), or as soon as it next starts.',
      `Changed your mind? rebound send ${id} --cancel`,
    ].join('\n'),
  );
}

function registerSend(program: Command, io: Io) {
  program
    .command('send')
    .description(
      'Send a draft through your email account; it is then recorded as sent (see `rebound mail setup`). With --later or --at it goes later instead',
    )
    .argument('<id>', 'message id')
    .option(
      '--new-thread',
      'start a new conversation instead of answering the last email to this person',
    )
    .option('--task <id>', 'the plan step this message completes (default: the matching open one)')
    .option('--later', 'send it tomorrow at your reminder time instead of now')
    .option('--at <date-time>', 'send it at this time instead of now, e.g. 2026-11-27T09:00+01:00')
    .option('--cancel', 'call off a scheduled send; the message stays a draft')
    .action(async (id: string, opts: SendFlags, command: Command) => {
      const context = commandContext(command, io);
      if (opts.later || opts.at !== undefined || opts.cancel) {
        return scheduleFromFlags(id, opts, context, io);
      }
      const { transport, from } = createMailService(context.config.dataDir).sender();
      const result = await withWorkspaceAsIs(context, (deps) =>
        sendMessage(deps, {
          id,
          transport,
          from,
          newThread: opts.newThread === true,
          ...(opts.task !== undefined && { taskId: opts.task }),
        }),
      );
      if (context.json) return printJson(io, result);
      const lines = [
        `Sent "${result.message.subject ?? ''}" to ${result.message.recipient ?? ''}.`,
      ];
      if (result.message.inReplyTo)
        lines.push('It answers your last email to them, so it shows in the same conversation.');
      if (result.task) lines.push(`Plan step done: ${result.task.reason}`);
      io.out(lines.join('\n'));
    });

  program
    .command('mailto')
    .description('Print a mailto: link that opens your mail program with the message filled in')
    .argument('<id>', 'message id')
    .action(async (id: string, _opts: unknown, command: Command) => {
      const context = commandContext(command, io);
      const link = await withWorkspaceAsIs(context, (deps) => messageMailtoUrl(deps, { id }));
      if (context.json) return printJson(io, link);
      io.out(link.url);
      if (link.tooLong)
        io.err(
          'rebound: this link is long; some mail programs cut it short. `rebound export eml` keeps the whole message.',
        );
    });
}

function registerMailSettings(mail: Command, io: Io) {
  mail
    .command('settings')
    .description('Show the email account Rebound sends through (never the password)')
    .action((_opts: unknown, command: Command) => {
      const context = commandContext(command, io);
      const view = createMailService(context.config.dataDir).settings();
      if (context.json) return printJson(io, view);
      if (view.source === 'none')
        return io.out(
          'No email account yet. Set one up with: rebound mail setup --host … --user … --from … --password-stdin',
        );
      io.out(
        [
          `From      ${view.from ?? ''}`,
          `Server    ${view.host}:${view.port} (${view.secure ? 'TLS' : 'STARTTLS'})`,
          `User      ${view.user ?? '(none)'}`,
          `Password  ${view.passwordSet ? 'saved' : 'not set'}`,
          `Source    ${view.source === 'environment' ? 'environment (REBOUND_SMTP_…)' : `${context.config.dataDir}/smtp.json`}`,
        ].join('\n'),
      );
    });

  registerMailSetup(mail, io);
  mail
    .command('test')
    .description('Connect and sign in to the email account; with --send-to, also send a test email')
    .option('--send-to <address>', 'send a test email to this address')
    .action(async (opts: { sendTo?: string }, command: Command) => {
      const context = commandContext(command, io);
      if (opts.sendTo !== undefined && !/^[^\s@]+@[^\s@]+$/.test(opts.sendTo))
        throw AppError.validation('--send-to', 'must be an email address');
      const result = await createMailService(context.config.dataDir).test(
        opts.sendTo === undefined ? {} : { sendTo: opts.sendTo },
      );
      if (context.json) printJson(io, result);
      else io.out(result.message);
    });
}

/** Saving names the password as the request does; on the command line it is a flag. */
function saveInFlagTerms<T>(save: () => T): T {
  try {
    return save();
  } catch (error) {
    if (isAppError(error) && error.field === 'password') {
      throw AppError.validation(
        '--password-stdin',
        `${error.message.replace(/^password: /, '')} (pipe it in with --password-stdin, or use --no-password for a server that needs none)`,
      );
    }
    throw error;
  }
}

function registerMailSetup(mail: Command, io: Io) {
  mail
    .command('setup')
    .description('Save the SMTP account to send through (Gmail and Outlook need an app password)')
    .requiredOption('--host <host>', 'the SMTP server, e.g. smtp.gmail.com')
    .option('--port <port>', '465 (TLS) or 587 (STARTTLS)', '587')
    .option('--user <name>', 'the account name, usually your email address')
    .requiredOption('--from <mailbox>', 'the sender, e.g. "Ana Díaz <ana@example.com>"')
    .option('--password-stdin', 'read the password from stdin (keeps it out of your shell history)')
    .option('--no-password', 'save no password, for a server that needs no sign-in')
    .action(
      async (
        opts: {
          host: string;
          port: string;
          user?: string;
          from: string;
          passwordStdin?: boolean;
          password: boolean;
        },
        command: Command,
      ) => {
        const context = commandContext(command, io);
        if (opts.passwordStdin && !opts.password)
          throw AppError.validation('--no-password', 'cannot go with --password-stdin');
        const password = opts.passwordStdin
          ? (await io.readStdin()).replace(/\r?\n$/, '')
          : opts.password
            ? undefined
            : null;
        const input = parseFlags(
          smtpSettingsInputSchema,
          {
            host: opts.host,
            port: intFlag(opts.port, '--port'),
            user: opts.user,
            from: opts.from,
            ...(password !== undefined && { password }),
          },
          { password: '--password-stdin' },
        );
        const view = saveInFlagTerms(() =>
          createMailService(context.config.dataDir).saveSettings(input),
        );
        if (context.json) return printJson(io, view);
        io.out(
          `Saved. Check it with: rebound mail test${view.passwordSet ? '' : '\n(No password saved; add one with --password-stdin if the server needs it.)'}`,
        );
      },
    );
}

export function registerMailCommands(program: Command, io: Io) {
  registerSend(program, io);
  registerMailSettings(
    program.command('mail').description('Set up and test the email account Rebound sends through'),
    io,
  );
}
