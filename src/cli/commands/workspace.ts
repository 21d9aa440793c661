import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { AppError, isAppError } from '../../core/app-error';
import { seedDemoWorkspace } from '../../use-cases/demo';
import { exportWorkspace, importWorkspace } from '../../use-cases/transfer';
import { commandContext, intFlag, withWorkspace } from '../context';
import { type Io, printJson } from '../output';

export function registerWorkspaceCommands(program: Command, io: Io) {
  program
    .command('export')
    .description('Write the whole workspace as JSON (to stdout, or --out FILE)')
    .option('--out <file>', 'write to this file instead of stdout')
    .action(async (opts: { out?: string }, command: Command) => {
      const context = commandContext(command, io);
      const document = await withWorkspace(context, (deps) => exportWorkspace(deps));
      const text = JSON.stringify(document, null, 2);
      if (opts.out === undefined) return io.out(text);
      const target = path.resolve(opts.out);
      const temporary = `${target}.partial`;
      fs.writeFileSync(temporary, `${text}\n`);
      fs.renameSync(temporary, target);
      if (context.json)
        printJson(io, {
          file: target,
          applications: document.applications.length,
          contacts: document.contacts.length,
        });
      else
        io.out(
          `Exported ${document.applications.length} applications and ${document.contacts.length} contacts to ${target}`,
        );
    });

  program
    .command('import')
    .description('Load a workspace JSON export (FILE, or - for stdin); all of it or nothing')
    .argument('<file>', 'the export file, or - to read stdin')
    .option('--replace', 'overwrite the data this workspace holds')
    .option('--merge', 'add the records this workspace does not have yet')
    .action(
      async (file: string, opts: { replace?: boolean; merge?: boolean }, command: Command) => {
        const context = commandContext(command, io);
        if (opts.replace && opts.merge)
          throw AppError.validation('--merge', 'cannot be used with --replace');
        let text: string;
        try {
          text = file === '-' ? await io.readStdin() : fs.readFileSync(file, 'utf8');
        } catch {
          throw AppError.validation('FILE', `cannot read ${file}`);
        }
        let document: unknown;
        try {
          document = JSON.parse(text);
        } catch (error) {
          throw AppError.validation(
            'FILE',
            `${file} is not valid JSON (${(error as Error).message})`,
          );
        }
        const mode = opts.replace ? 'replace' : opts.merge ? 'merge' : 'empty';
        const report = await withWorkspace(context, (deps) =>
          importWorkspace(deps, { document, mode }),
        ).catch((error: unknown) => {
          if (isAppError(error) && error.code === 'conflict') {
            throw new AppError(
              'conflict',
              'This workspace already has data. Add --replace to overwrite it, or --merge to add only the new records.',
              { field: '--replace' },
            );
          }
          throw error;
        });
        if (context.json) return printJson(io, report);
        const created = Object.entries(report.created)
          .filter(([, n]) => n > 0)
          .map(([what, n]) => `${n} ${what}`)
          .join(', ');
        io.out(`Imported ${created || 'nothing new'}.`);
      },
    );

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
          `Created ${report.applications} applications, ${report.contacts} contacts, ${report.interviews} interviews, ${report.interactions} interactions, and ${report.rejections} rejections with ${report.tasks} recovery steps.`,
        );
      },
    );
}
