import type { Command } from 'commander';
import { resolveSmtpSettings } from '../../runtime/mail/smtp-settings-store';
import { composeEml } from '../../runtime/mail/mail-options';
import { composeMessageMail } from '../../use-cases/mail/send-message';
import { exportApplicationsCsv } from '../../use-cases/portability/applications-csv';
import { exportContactsVCard } from '../../use-cases/portability/export-contacts';
import { exportWorkspace } from '../../use-cases/transfer';
import { commandContext, type CommandContext, withWorkspaceAsIs } from '../context';
import { writeFileAtomically } from '../files';
import { type Io, printJson } from '../output';
import { count as plural } from '../../core/words';

/** Writes an export to `--out FILE` (and says so), or exactly as it is to stdout. */
function deliver(
  io: Io,
  context: CommandContext,
  data: string | Uint8Array,
  out: string | undefined,
  summary: Record<string, unknown>,
  words: string,
) {
  if (out === undefined) return io.raw(data);
  const file = writeFileAtomically(out, data);
  if (context.json) printJson(io, { file, ...summary });
  else io.out(`${words} to ${file}`);
}

const outOption = (command: Command) =>
  command.option('--out <file>', 'write to this file instead of stdout');

export function registerExportCommands(program: Command, io: Io) {
  const group = program
    .command('export')
    .description(
      'Export data: the whole workspace as JSON (default), contacts as vCard, applications as CSV, a message as .eml',
    );

  outOption(
    group.command('json', { isDefault: true }).description('Write the whole workspace as JSON'),
  ).action(async (opts: { out?: string }, command: Command) => {
    const context = commandContext(command, io);
    const document = await withWorkspaceAsIs(context, (deps) => exportWorkspace(deps));
    const text = `${JSON.stringify(document, null, 2)}\n`;
    const counts = {
      applications: document.applications.length,
      contacts: document.contacts.length,
    };
    deliver(
      io,
      context,
      text,
      opts.out,
      counts,
      `Exported ${plural(counts.applications, 'application')} and ${plural(counts.contacts, 'contact')}`,
    );
  });

  registerFileExports(group, io);
}

/** Contacts as vCard, applications as CSV, a message as .eml. */
function registerFileExports(group: Command, io: Io) {
  outOption(
    group.command('vcard').description('Write every contact as a vCard 4.0 file (.vcf)'),
  ).action(async (opts: { out?: string }, command: Command) => {
    const context = commandContext(command, io);
    const { text, count } = await withWorkspaceAsIs(context, (deps) => exportContactsVCard(deps));
    deliver(
      io,
      context,
      text,
      opts.out,
      { contacts: count },
      `Exported ${plural(count, 'contact')}`,
    );
  });

  outOption(
    group
      .command('csv')
      .description('Write every application with its stage history as CSV (UTF-8 with a BOM)'),
  ).action(async (opts: { out?: string }, command: Command) => {
    const context = commandContext(command, io);
    const { text, count } = await withWorkspaceAsIs(context, (deps) => exportApplicationsCsv(deps));
    deliver(
      io,
      context,
      text,
      opts.out,
      { applications: count },
      `Exported ${plural(count, 'application')}`,
    );
  });

  outOption(
    group
      .command('eml')
      .description(
        'Write a message as an .eml file; a draft opens for editing in Outlook, Thunderbird or Apple Mail',
      )
      .argument('<id>', 'message id'),
  ).action(async (id: string, opts: { out?: string }, command: Command) => {
    const context = commandContext(command, io);
    const from = resolveSmtpSettings(context.config.dataDir).settings?.from ?? null;
    const mail = await withWorkspaceAsIs(context, (deps) => composeMessageMail(deps, { id, from }));
    deliver(
      io,
      context,
      await composeEml(mail),
      opts.out,
      { message: id, draft: mail.draft },
      `Saved ${mail.draft ? 'the draft' : 'the message'}`,
    );
  });
}
