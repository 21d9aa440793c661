import type { Command } from 'commander';
import { AppError } from '../../core/app-error';
import { count } from '../../core/words';
import { seedDemoWorkspace } from '../../use-cases/demo';
import { removeSampleData } from '../../use-cases/sample-data';
import { commandContext, intFlag, withWorkspace } from '../context';
import { type Io, printJson } from '../output';

export function registerWorkspaceCommands(program: Command, io: Io) {
  program
    .command('demo')
    .description('Fill an empty workspace with a realistic sample job search, or remove it')
    .option('--scale <n>', 'multiply the sample (500 makes the benchmark workspace)', '1')
    .option('--seed <n>', 'seed for the generator; the same seed makes the same data', '42')
    .option('--replace', 'overwrite the data this workspace holds')
    .option('--remove', 'remove the sample and what was recorded about it; keep your own records')
    .action(
      async (
        opts: { scale?: string; seed?: string; replace?: boolean; remove?: boolean },
        command: Command,
      ) => {
        const context = commandContext(command, io);
        if (opts.remove === true) {
          if (opts.replace === true) {
            throw AppError.validation('--remove', 'cannot be combined with --replace');
          }
          const removed = await withWorkspace(context, (deps) => removeSampleData(deps));
          if (context.json) return printJson(io, removed);
          io.out(
            removed.applications + removed.contacts === 0
              ? 'There is no sample data in this workspace.'
              : `Removed the sample: ${count(removed.applications, 'application')} and ${count(removed.contacts, 'contact')}, with what was recorded about them. Your own records stay.`,
          );
          return;
        }
        const scale = intFlag(opts.scale, '--scale') ?? 1;
        const seed = intFlag(opts.seed, '--seed') ?? 42;
        if (scale < 1 || scale > 1000)
          throw AppError.validation('--scale', 'must be a whole number from 1 to 1000');
        const report = await withWorkspace(context, (deps) =>
          seedDemoWorkspace(deps, { scale, seed, replace: opts.replace === true }),
        );
        if (context.json) return printJson(io, report);
        io.out(
          `Created a sample search: ${count(report.applications, 'application')}, ${count(report.contacts, 'contact')}, ${count(report.interviews, 'interview')}, ${count(report.interactions, 'interaction')}, and ${count(report.rejections, 'rejection')} with ${count(report.tasks, 'recovery step')}. It is marked as sample; remove it with: rebound demo --remove`,
        );
      },
    );
}
