import { Command, CommanderError } from 'commander';
import { registerApplicationCommands } from './commands/applications';
import { registerArticleCommands } from './commands/articles';
import { registerFeedCommands } from './commands/feeds';
import { registerBackupCommands } from './commands/backup';
import { registerCadenceCommands } from './commands/cadence';
import { registerContactCommands } from './commands/contacts';
import { registerExportCommands } from './commands/export';
import { registerFederalCommands } from './commands/federal';
import { registerImportCommands } from './commands/import';
import { registerMailCommands } from './commands/mail';
import { registerMessageCommands } from './commands/messages';
import { registerInboxCommands } from './commands/inbox';
import { registerInsightsCommands } from './commands/insights';
import { registerPracticeCommands } from './commands/practice';
import { registerRecoveryCommands } from './commands/recovery';
import { registerServeCommand } from './commands/serve';
import { registerSettingsCommands } from './commands/settings';
import { registerTeamCommands } from './commands/team';
import { registerTodayCommands } from './commands/today';
import { registerWellbeingCommands } from './commands/wellbeing';
import { registerWorkspaceCommands } from './commands/workspace';
import { registerCoachCommand } from './commands/coach';
import { ExitStatus, type Io, processIo, reportError } from './output';

/** Builds the `rebound` command line. */
export function buildProgram(io: Io): Command {
  const program = new Command('rebound')
    .description('Rebound: turn a job rejection into the start of the next opportunity.')
    .option('--data <dir>', 'the data folder (default ./data, or REBOUND_DATA)')
    .option('--json', 'machine-readable output')
    .configureHelp({ showGlobalOptions: true })
    .showSuggestionAfterError()
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.out(text),
      writeErr: (text) => io.err(text),
    });
  registerServeCommand(program, io);
  registerApplicationCommands(program, io);
  registerContactCommands(program, io);
  registerRecoveryCommands(program, io);
  registerTodayCommands(program, io);
  registerTeamCommands(program, io);
  registerCadenceCommands(program, io);
  registerSettingsCommands(program, io);
  registerInsightsCommands(program, io);
  registerPracticeCommands(program, io);
  registerWellbeingCommands(program, io);
  registerWorkspaceCommands(program, io);
  registerImportCommands(program, io);
  registerExportCommands(program, io);
  registerMailCommands(program, io);
  registerMessageCommands(program, io);
  registerInboxCommands(program, io);
  registerBackupCommands(program, io);
  registerCoachCommand(program, io);
  registerFeedCommands(program, io);
  registerArticleCommands(program, io);
  registerFederalCommands(program, io);
  return program;
}

/** Runs the CLI with `argv` (without node and script) and returns the exit code. */
export async function runCli(argv: string[], io: Io = processIo): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof ExitStatus) return error.code;
    if (error instanceof CommanderError) {
      // Help and version exit with 0; usage mistakes were already printed by commander.
      return error.exitCode === 0 ? 0 : 2;
    }
    return reportError(io, error, argv.includes('--json'));
  }
}
