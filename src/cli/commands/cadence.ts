import type { Command } from 'commander';
import { AppError } from '../../core/app-error';
import { cadenceInputSchema } from '../../core/recovery/keep-in-touch';
import {
  getContactKeepInTouch,
  listGoingCold,
  setContactCadence,
} from '../../use-cases/keep-in-touch';
import { commandContext, intFlag, parseFlags, withWorkspace } from '../context';
import { formatTable, type Io, printJson } from '../output';
import { formatKeepInTouch } from '../recovery-output';

type Flags = Record<string, string | boolean | undefined>;

/** `--days N`, `--default` or `--off`: at most one. */
function cadenceChange(opts: Flags) {
  const given = [
    typeof opts.days === 'string' ? intFlag(opts.days, '--days') : undefined,
    opts.default === true ? 'default' : undefined,
    opts.off === true ? 'off' : undefined,
  ].filter((v) => v !== undefined);
  if (given.length > 1)
    throw AppError.validation('--days', 'give only one of --days, --default or --off');
  if (given.length === 0) return undefined;
  return parseFlags(cadenceInputSchema, { days: given[0] }, { days: '--days' }).days;
}

/** `cadence`: who is going cold, and one contact's keep-in-touch cadence. */
export function registerCadenceCommands(program: Command, io: Io) {
  program
    .command('cadence')
    .description('Keep-in-touch cadences: who is going cold, or one contact’s (and set it)')
    .argument('[contactId]', 'a contact; leave out to list who is going cold')
    .option('--days <n>', 'keep in touch every n days')
    .option('--default', 'follow the default for their relationship')
    .option('--off', 'stop keep-in-touch reminders for them')
    .option('--within <n>', 'with no contact: include those due within n days', '14')
    .option('--limit <n>', 'with no contact: how many to show', '50')
    .option('--offset <n>', 'with no contact: skip this many', '0')
    .action(async (contactId: string | undefined, opts: Flags, command: Command) => {
      const context = commandContext(command, io);
      const days = cadenceChange(opts);
      if (contactId !== undefined) {
        const result = await withWorkspace(context, (deps) =>
          days === undefined
            ? getContactKeepInTouch(deps, { contactId })
            : setContactCadence(deps, { contactId, days }),
        );
        if (context.json) return printJson(io, result);
        return io.out(formatKeepInTouch(result.contact.name, result.status, result.nextStep));
      }
      if (days !== undefined) {
        throw AppError.validation('--days', 'needs a contact: rebound cadence CONTACT --days N');
      }
      const withinDays = intFlag(opts.within as string, '--within') ?? 14;
      const limit = intFlag(opts.limit as string, '--limit') ?? 50;
      const offset = intFlag(opts.offset as string, '--offset') ?? 0;
      if (withinDays < 0 || withinDays > 365)
        throw AppError.validation('--within', 'must be from 0 to 365');
      if (limit < 1 || limit > 1000) throw AppError.validation('--limit', 'must be from 1 to 1000');
      if (offset < 0) throw AppError.validation('--offset', 'must not be negative');
      const page = await withWorkspace(context, (deps) =>
        listGoingCold(deps, { withinDays, limit, offset }),
      );
      if (context.json) return printJson(io, page);
      if (page.items.length === 0) return io.out('Nobody is going cold. Well kept.');
      io.out(
        formatTable(
          ['CONTACT', 'NAME', 'COMPANY', 'DUE', 'EVERY'],
          page.items.map(({ contact, status }) => [
            contact.id,
            contact.name,
            contact.company ?? '',
            status.dueOn ?? '',
            `${status.cadenceDays} days`,
          ]),
        ),
      );
      if (page.nextOffset !== null) io.out(`More: rebound cadence --offset ${page.nextOffset}`);
    });
}
