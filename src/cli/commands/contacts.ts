import type { Command } from 'commander';
import { AppError } from '../../core/app-error';
import { contactInputSchema } from '../../core/contact';
import { INTERACTION_CHANNELS, RELATIONSHIPS } from '../../core/enums';
import { interactionInputSchema } from '../../core/interaction';
import { createContact, listContacts } from '../../use-cases/contacts';
import { logInteraction } from '../../use-cases/interactions';
import { collect, commandContext, intFlag, parseFlags, withWorkspace } from '../context';
import { formatTable, type Io, printJson, shortDate } from '../output';

export function registerContactCommands(program: Command, io: Io) {
  const contacts = program.command('contacts').description('List or add contacts');

  contacts
    .command('list', { isDefault: true })
    .description('List contacts, most recently in touch first')
    .option('--search <text>', 'text in the name or company')
    .option('--relationship <kind>', RELATIONSHIPS.join(' | '))
    .option('--sort <order>', 'last (most recent interaction first) or name', 'last')
    .option('--limit <n>', 'how many to show', '50')
    .option('--offset <n>', 'skip this many', '0')
    .action(async (opts: Record<string, string | undefined>, command: Command) => {
      const context = commandContext(command, io);
      if (opts.sort !== 'last' && opts.sort !== 'name') {
        throw AppError.validation('--sort', 'must be last or name');
      }
      if (
        opts.relationship !== undefined &&
        !(RELATIONSHIPS as readonly string[]).includes(opts.relationship)
      ) {
        throw AppError.validation('--relationship', `must be one of ${RELATIONSHIPS.join(', ')}`);
      }
      const limit = intFlag(opts.limit, '--limit') ?? 50;
      if (limit < 1 || limit > 1000) throw AppError.validation('--limit', 'must be from 1 to 1000');
      const offset = intFlag(opts.offset, '--offset') ?? 0;
      if (offset < 0) throw AppError.validation('--offset', 'must not be negative');
      const page = await withWorkspace(context, (deps) =>
        listContacts(deps, {
          ...(opts.search !== undefined && { search: opts.search }),
          ...(opts.relationship !== undefined && {
            relationship: opts.relationship as (typeof RELATIONSHIPS)[number],
          }),
          sort: opts.sort === 'name' ? 'name' : 'last_interaction',
          limit,
          offset,
        }),
      );
      if (context.json) return printJson(io, page);
      if (page.items.length === 0)
        return io.out('No contacts yet. Add one with: rebound contacts add --name …');
      io.out(
        formatTable(
          ['ID', 'NAME', 'COMPANY', 'RELATIONSHIP', 'LAST CONTACT'],
          page.items.map((c) => [
            c.id,
            c.name,
            c.company ?? '',
            c.relationship.replace('_', ' '),
            shortDate(c.lastInteractionAt),
          ]),
        ),
      );
      if (page.nextOffset !== null) io.out(`More: rebound contacts --offset ${page.nextOffset}`);
    });

  contacts
    .command('add')
    .description('Add a contact')
    .requiredOption('--name <name>', 'their name')
    .option('--title <title>', 'their job title')
    .option('--company <name>', 'where they work')
    .option('--email <address>', 'email address')
    .option('--linkedin <url>', 'LinkedIn profile URL')
    .option('--phone <number>', 'phone number')
    .option('--how-met <text>', 'where and how you met')
    .option('--relationship <kind>', RELATIONSHIPS.join(' | '), 'other')
    .option('--tag <tag>', 'an interest or tag (repeatable)', collect, [])
    .option('--notes <text>', 'notes')
    .option('--application <id>', 'link to an application (repeatable)', collect, [])
    .action(async (opts: Record<string, string | string[] | undefined>, command: Command) => {
      const context = commandContext(command, io);
      const input = parseFlags(
        contactInputSchema,
        {
          name: opts.name,
          title: opts.title,
          company: opts.company,
          email: opts.email,
          linkedinUrl: opts.linkedin,
          phone: opts.phone,
          howMet: opts.howMet,
          relationship: opts.relationship,
          tags: opts.tag,
          notes: opts.notes,
          applicationIds: opts.application,
        },
        { linkedinUrl: '--linkedin', tags: '--tag', applicationIds: '--application' },
      );
      const contact = await withWorkspace(context, (deps) => createContact(deps, input), {
        applicationIds: '--application',
      });
      if (context.json) printJson(io, contact);
      else io.out(`Added ${contact.name} (${contact.id})`);
    });

  program
    .command('log')
    .description('Log an interaction with a contact')
    .requiredOption('--contact <id>', 'the contact')
    .requiredOption('--channel <channel>', INTERACTION_CHANNELS.join(' | '))
    .option('--direction <direction>', 'outbound (you reached out) or inbound', 'outbound')
    .option('--at <date>', 'when it happened (default now)')
    .option('--summary <text>', 'what it was about')
    .option('--application <id>', 'the application it relates to')
    .action(async (opts: Record<string, string | undefined>, command: Command) => {
      const context = commandContext(command, io);
      const input = parseFlags(
        interactionInputSchema,
        {
          contactId: opts.contact,
          channel: opts.channel,
          direction: opts.direction,
          occurredAt: opts.at,
          summary: opts.summary,
          applicationId: opts.application,
        },
        { contactId: '--contact', occurredAt: '--at', applicationId: '--application' },
      );
      const interaction = await withWorkspace(context, (deps) => logInteraction(deps, input), {
        contactId: '--contact',
        applicationId: '--application',
      });
      if (context.json) printJson(io, interaction);
      else
        io.out(
          `Logged ${interaction.channel} on ${shortDate(interaction.occurredAt)} (${interaction.id})`,
        );
    });
}
