import type { Command } from 'commander';
import { z } from 'zod';
import { AppError } from '../../core/app-error';
import { emailSchema, passwordInput, roleSchema } from '../../core/team/accounts';
import { requiredText } from '../../core/schema-helpers';
import { createAccount } from '../../use-cases/team/accounts';
import { commandContext, parseFlags, withWorkspace } from '../context';
import { type Io, printJson } from '../output';

const AddAccountFlags = z.object({
  email: emailSchema,
  name: requiredText(120),
  role: roleSchema,
  password: passwordInput,
});

function registerAddAccount(team: Command, io: Io) {
  team
    .command('add-account')
    .description('Create an account with a password: the first admin, or anyone without email')
    .requiredOption('--email <address>', 'the address they sign in with')
    .requiredOption('--name <name>', 'their name')
    .option('--role <role>', 'seeker, coach or admin', 'admin')
    .requiredOption('--password-stdin', 'read the password from stdin (keeps it out of history)')
    .action(async (opts: { email: string; name: string; role: string }, command: Command) => {
      const context = commandContext(command, io);
      if (context.config.mode !== 'team') {
        throw AppError.validation(
          'REBOUND_MODE',
          'accounts exist in team mode only: set REBOUND_MODE=team and DATABASE_URL',
        );
      }
      const password = (await io.readStdin()).replace(/\r?\n$/, '');
      const input = parseFlags(
        AddAccountFlags,
        { ...opts, password },
        { password: '--password-stdin' },
      );
      const account = await withWorkspace(
        context,
        (deps) => createAccount({ db: deps.db, clock: deps.clock }, input),
        { password: '--password-stdin' },
      );
      if (context.json) printJson(io, account);
      else io.out(`Created ${account.role} ${account.email} (${account.id}).`);
    });
}

/** `rebound team …`: what a team installation's operator does from the server. */
export function registerTeamCommands(program: Command, io: Io) {
  const team = program
    .command('team')
    .description('Accounts of a team installation (REBOUND_MODE=team)');
  registerAddAccount(team, io);
}
