import type { Command } from 'commander';
import { AppError } from '../../core/app-error';
import { seedDemoWorkspace } from '../../use-cases/demo';
import { commandContext, intFlag, withWorkspace } from '../context';
import { type Io, printJson } from '../output';

export function registerWorkspaceCommands(program: Command, io: Io) {
  program
    .command('demo')
    .description('Fill an empty workspace with a realistic sample job search')
    .option('--scale <n>', 'multiply the sample (500 makes the benchmark workspace)', '1')
    .option('--seed <n>', 'seed for the generator; the same seed makes the same data', '42')
    .option('--replace', 'overwrite the data this workspace holds')
    .action(
      async (opts: { scale?: string; seed?: string; replace?: boolean }, command: Command) => {
        const context = commandContext(command, io);
        const scale = intFlag(opts.scale, '--scale') ?? 1;
        const seed = intFlag(opts.seed, '--seed') ?? 42;
        if (scale < 1 || scale > 1000)
          throw AppError.validation('--scale', 'must be a whole number from 1 to 1000');
        const report = await withWorkspace(context, (deps) =>
          seedDemoWorkspace(deps, { scale, seed, replace: opts.replace === true }),
        );
        if (context.json) return printJson(io, report);
        io.out(
          `Created ${report.applications} applications, ${report.contacts} contacts, ${report.interviews} interviews, ${report.interactions} interactions, ${report.rejections} rejections with ${report.tasks} recovery steps, and ${report.sources} reading sources with ${report.articles} articles.`,
        );
      },
    );
}
