import type { Command } from 'commander';
import { AppError, isAppError } from '../../core/app-error';
import { imapSettingsInputSchema, imapView } from '../../core/inbox/imap-settings';
import { parseMail } from '../../core/inbox/mail';
import { inboxDecisionSchema, INBOX_STATUSES } from '../../core/inbox/proposal';
import {
  mergeImapInput,
  readImapSettings,
  writeImapSettings,
} from '../../runtime/inbox/imap-settings-store';
import { syncImap } from '../../runtime/inbox/imap-sync';
import { readMailPaths } from '../../runtime/inbox/mail-files';
import {
  ingestMail,
  type IngestedMessage,
  type SourcedMail,
} from '../../use-cases/inbox/ingest-mail';
import { getInboxSettings, updateInboxSettings } from '../../use-cases/inbox/inbox-settings';
import {
  applyInboxMessage,
  dismissInboxMessage,
  listInbox,
  undoInboxMessage,
} from '../../use-cases/inbox/review';
import {
  collect,
  commandContext,
  intFlag,
  parseFlags,
  withWorkspace,
  withWorkspaceAsIs,
} from '../context';
import { type Io, printJson } from '../output';

/** Messages are read in batches, so a large mbox never sits in memory whole. */
const BATCH = 500;

function line(m: IngestedMessage): string {
  const what = m.company ? `${m.kind} from ${m.company}${m.role ? ` (${m.role})` : ''}` : m.kind;
  const done =
    m.status === 'applied' ? 'applied' : m.status === 'review' ? `proposed: ${m.action}` : m.status;
  return `${m.date?.slice(0, 10) ?? '          '}  ${what} — ${m.subject}  [${done}, ${Math.round(m.confidence * 100)}%]`;
}

function registerScan(inbox: Command, io: Io) {
  inbox
    .command('scan')
    .description('Read .eml files, .mbox files or Maildir folders and say what each message means')
    .argument('<paths...>', '.eml or .mbox files, or Maildir folders')
    .option('--dry-run', 'classify and propose, but store nothing')
    .action(async (paths: string[], opts: { dryRun?: boolean }, command: Command) => {
      const context = commandContext(command, io);
      const messages = await withWorkspaceAsIs(context, async (deps) => {
        const out: IngestedMessage[] = [];
        let batch: SourcedMail[] = [];
        const flush = async () => {
          out.push(...(await ingestMail(deps, { mails: batch, dryRun: opts.dryRun === true })));
          batch = [];
        };
        for await (const raw of readMailPaths(paths)) {
          batch.push({ source: raw.source, mail: await parseMail(raw.raw) });
          if (batch.length >= BATCH) await flush();
        }
        if (batch.length > 0) await flush();
        return out;
      });
      if (context.json) return printJson(io, { messages });
      if (messages.length === 0) return io.out('No messages found.');
      io.out(messages.map(line).join('\n'));
      const review = messages.filter((m) => m.status === 'review').length;
      if (review > 0 && !opts.dryRun) io.out(`\n${review} waiting for review: rebound inbox list`);
    });
}

function registerReview(inbox: Command, io: Io) {
  inbox
    .command('list')
    .description('Messages waiting for review (or another status)')
    .option('--status <status>', `${INBOX_STATUSES.join(', ')} or all`, 'review')
    .option('--limit <n>', 'how many', '50')
    .option('--offset <n>', 'how many to skip', '0')
    .action(async (opts: { status: string; limit: string; offset: string }, command: Command) => {
      const context = commandContext(command, io);
      const status = opts.status;
      if (status !== 'all' && !(INBOX_STATUSES as readonly string[]).includes(status))
        throw AppError.validation('--status', `must be one of ${INBOX_STATUSES.join(', ')}, all`);
      const page = await withWorkspace(context, (deps) =>
        listInbox(deps, {
          status: status as (typeof INBOX_STATUSES)[number] | 'all',
          limit: intFlag(opts.limit, '--limit') ?? 50,
          offset: intFlag(opts.offset, '--offset') ?? 0,
        }),
      );
      if (context.json) return printJson(io, page);
      if (page.items.length === 0) return io.out('Nothing here.');
      io.out(
        page.items
          .map((m) => `${m.id}  ${m.kind}  ${m.company ?? '?'}  ${m.proposal.action}  ${m.subject}`)
          .join('\n'),
      );
    });
  inbox
    .command('accept')
    .description("Accept a message's proposal, optionally corrected")
    .argument('<id>', 'inbox message id')
    .option('--kind <kind>', 'rejection, interview, received, offer or other')
    .option('--company <name>', 'the employer')
    .option('--role <title>', 'the role')
    .option('--application <id>', 'the application it is about')
    .action(
      async (
        id: string,
        opts: { kind?: string; company?: string; role?: string; application?: string },
        command: Command,
      ) => {
        const context = commandContext(command, io);
        const decision = parseFlags(
          inboxDecisionSchema,
          {
            kind: opts.kind,
            company: opts.company,
            role: opts.role,
            applicationId: opts.application,
          },
          { applicationId: '--application' },
        );
        const message = await withWorkspace(
          context,
          (deps) => applyInboxMessage(deps, { id, decision }),
          {
            applicationId: '--application',
          },
        );
        if (context.json) return printJson(io, message);
        io.out(
          `Applied: ${message.proposal.action} on ${message.change?.applicationId ?? ''}. Undo with: rebound inbox undo ${id}`,
        );
      },
    );
  for (const [name, description, run] of [
    ['dismiss', 'Leave a message as it is', dismissInboxMessage],
    ['undo', 'Take back an applied or dismissed message', undoInboxMessage],
  ] as const) {
    inbox
      .command(name)
      .description(description)
      .argument('<id>', 'inbox message id')
      .action(async (id: string, _opts: unknown, command: Command) => {
        const context = commandContext(command, io);
        const message = await withWorkspace(context, (deps) => run(deps, { id }));
        if (context.json) return printJson(io, message);
        io.out(`${id} is now ${message.status}.`);
      });
  }
  inbox
    .command('settings')
    .description('Show or change the inbox settings')
    .option('--auto-apply', 'apply confident matches by themselves')
    .option('--no-auto-apply', 'always wait for review')
    .option('--keep-bodies', 'keep whole messages')
    .option('--no-keep-bodies', 'keep only headers and the lines that mattered')
    .action(async (opts: { autoApply?: boolean; keepBodies?: boolean }, command: Command) => {
      const context = commandContext(command, io);
      const settings = await withWorkspace(context, (deps) =>
        opts.autoApply === undefined && opts.keepBodies === undefined
          ? getInboxSettings(deps)
          : updateInboxSettings(deps, {
              ...(opts.autoApply !== undefined && { autoApply: opts.autoApply }),
              ...(opts.keepBodies !== undefined && { keepBodies: opts.keepBodies }),
            }),
      );
      if (context.json) return printJson(io, settings);
      io.out(
        `Auto-apply   ${settings.autoApply ? 'on' : 'off'}\nKeep bodies  ${settings.keepBodies ? 'on' : 'off'}`,
      );
    });
}

function registerImap(inbox: Command, io: Io) {
  const imap = inbox.command('imap').description('Set up and sync the IMAP account Rebound reads');
  imap
    .command('setup')
    .description('Save the IMAP account (an app password for Gmail and Outlook)')
    .requiredOption('--host <host>', 'the IMAP server, e.g. imap.gmail.com')
    .option('--port <port>', '993 (TLS) or 143 (STARTTLS)', '993')
    .requiredOption('--user <name>', 'the account name, usually your email address')
    .option('--folder <name>', 'a folder to read (repeatable; default INBOX)', collect)
    .option(
      '--every <minutes>',
      'minutes between syncs while Rebound runs (0: only when asked)',
      '15',
    )
    .option('--password-stdin', 'read the password from stdin')
    .action(
      async (
        opts: {
          host: string;
          port: string;
          user: string;
          folder?: string[];
          every: string;
          passwordStdin?: boolean;
        },
        command: Command,
      ) => {
        const context = commandContext(command, io);
        const password = opts.passwordStdin
          ? (await io.readStdin()).replace(/\r?\n$/, '')
          : undefined;
        const input = parseFlags(
          imapSettingsInputSchema,
          {
            host: opts.host,
            port: intFlag(opts.port, '--port'),
            user: opts.user,
            ...(opts.folder && { folders: opts.folder }),
            intervalMinutes: intFlag(opts.every, '--every'),
            ...(password !== undefined && { password }),
          },
          { password: '--password-stdin', folders: '--folder', intervalMinutes: '--every' },
        );
        let next;
        try {
          next = mergeImapInput(readImapSettings(context.config.dataDir), input);
        } catch (error) {
          if (isAppError(error) && error.field === 'password')
            throw AppError.validation('--password-stdin', error.message.replace(/^password: /, ''));
          throw error;
        }
        writeImapSettings(context.config.dataDir, next);
        if (context.json) return printJson(io, imapView(next));
        io.out(`Saved. Sync with: rebound inbox imap sync`);
      },
    );
  imap
    .command('settings')
    .description('Show the IMAP account (never the password)')
    .action((_opts: unknown, command: Command) => {
      const context = commandContext(command, io);
      const view = imapView(readImapSettings(context.config.dataDir));
      if (context.json) return printJson(io, view);
      if (!view.configured)
        return io.out(
          'No IMAP account yet: rebound inbox imap setup --host … --user … --password-stdin',
        );
      io.out(
        `Server    ${view.host}:${view.port} (${view.secure ? 'TLS' : 'STARTTLS'})\nUser      ${view.user}\nPassword  ${view.passwordSet ? 'saved' : 'not set'}\nFolders   ${view.folders.join(', ')}\nEvery     ${view.intervalMinutes} minutes`,
      );
    });
  imap
    .command('sync')
    .description('Fetch and read what is new in the chosen folders')
    .action(async (_opts: unknown, command: Command) => {
      const context = commandContext(command, io);
      const settings = readImapSettings(context.config.dataDir);
      if (!settings)
        throw new AppError('conflict', 'No IMAP account yet: run rebound inbox imap setup first.', {
          field: 'imap',
        });
      const result = await withWorkspaceAsIs(context, (deps) => syncImap(deps, settings));
      if (context.json) return printJson(io, result);
      io.out(
        [
          ...result.folders.map(
            (f) =>
              `${f.folder}: ${f.fetched} new${f.reset ? ' (folder was rebuilt; read again)' : ''}`,
          ),
          ...result.messages
            .filter((m) => m.status !== 'duplicate' && m.status !== 'none')
            .map(line),
        ].join('\n'),
      );
    });
}

export function registerInboxCommands(program: Command, io: Io) {
  const inbox = program
    .command('inbox')
    .description('Read your job mail: rejections, invitations and more');
  registerScan(inbox, io);
  registerReview(inbox, io);
  registerImap(inbox, io);
}
