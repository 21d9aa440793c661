import type { Command } from 'commander';
import { AppError, isAppError } from '../../core/app-error';
import {
  APPLICATION_CSV_FIELDS,
  type ColumnMapping,
} from '../../core/portability/application-columns';
import {
  importApplicationsCsv,
  previewApplicationsCsv,
} from '../../use-cases/portability/applications-csv';
import {
  importLinkedInConnections,
  importVCards,
} from '../../use-cases/portability/import-contacts';
import { importWorkspace } from '../../use-cases/transfer';
import { collect, commandContext, withWorkspaceAsIs } from '../context';
import { readInputFile, readTextFile } from '../files';
import { printImportReport } from '../import-report';
import { type Io, printJson } from '../output';

interface FileFlags {
  skipBad?: boolean;
  dryRun?: boolean;
}

const fileOptions = (command: Command) =>
  command
    .option(
      '--skip-bad',
      'import the good rows and list the bad ones (default: refuse the whole file)',
    )
    .option('--dry-run', 'show what would happen without writing anything');

/** A mapping problem names the flag that fixes it: `--map: no column is mapped to role…`. */
function inMapTerms(error: unknown): never {
  if (isAppError(error) && error.field !== undefined && /^mapping(\.|$)/.test(error.field)) {
    const message = error.message.replace(/^mapping(\.[^:]*)?: /, '--map: ');
    throw new AppError(error.code, message, { field: '--map', cause: error });
  }
  throw error;
}

/** `--map "Job Title=role"` (repeatable); `--map "Excitement="` leaves a column out. */
function parseMapFlags(values: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  for (const value of values) {
    const at = value.lastIndexOf('=');
    if (at <= 0)
      throw AppError.validation(
        '--map',
        `"${value}" should be HEADER=FIELD, e.g. "Job Title=role"`,
      );
    const field = value.slice(at + 1).trim();
    if (field !== '' && !(APPLICATION_CSV_FIELDS as readonly string[]).includes(field)) {
      throw AppError.validation(
        '--map',
        `"${field}" is not a field; use one of ${APPLICATION_CSV_FIELDS.join(', ')}`,
      );
    }
    mapping[value.slice(0, at).trim()] = field === '' ? null : (field as ColumnMapping[string]);
  }
  return mapping;
}

function registerJsonImport(group: Command, io: Io) {
  group
    .command('json', { isDefault: true })
    .description('Load a workspace JSON export (FILE, or - for stdin); all of it or nothing')
    .argument('<file>', 'the export file, or - to read stdin')
    .option('--replace', 'overwrite the data this workspace holds')
    .option('--merge', 'add the records this workspace does not have yet')
    .action(
      async (file: string, opts: { replace?: boolean; merge?: boolean }, command: Command) => {
        const context = commandContext(command, io);
        if (opts.replace && opts.merge)
          throw AppError.validation('--merge', 'cannot be used with --replace');
        const text = await readInputFile(io, file);
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
        const report = await withWorkspaceAsIs(context, (deps) =>
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
}

function registerContactImports(group: Command, io: Io) {
  for (const [name, run, description] of [
    ['linkedin', importLinkedInConnections, "Import LinkedIn's Connections.csv into contacts"],
    ['vcard', importVCards, 'Import a .vcf file of vCards (3.0 or 4.0) into contacts'],
  ] as const) {
    fileOptions(
      group
        .command(name)
        .description(description)
        .argument('<file>', 'the file, or - to read stdin'),
    ).action(async (file: string, opts: FileFlags, command: Command) => {
      const context = commandContext(command, io);
      const content = await readTextFile(io, file);
      const report = await withWorkspaceAsIs(context, (deps) =>
        run(deps, { content, partial: opts.skipBad === true, dryRun: opts.dryRun === true }),
      );
      if (context.json) printJson(io, report);
      else printImportReport(io, report);
    });
  }
}

function registerCsvImport(group: Command, io: Io) {
  fileOptions(
    group
      .command('csv')
      .description("Import applications from a CSV: Rebound's own export or another tracker's")
      .argument('<file>', 'the file, or - to read stdin')
      .option(
        '--map <header=field>',
        `map a column to a field (repeatable): ${APPLICATION_CSV_FIELDS.join(', ')}`,
        collect,
        [],
      )
      .option('--preview', 'show the headers and the column mapping Rebound proposes, then stop'),
  ).action(
    async (
      file: string,
      opts: FileFlags & { map: string[]; preview?: boolean },
      command: Command,
    ) => {
      const context = commandContext(command, io);
      const content = await readTextFile(io, file);
      const mapping = parseMapFlags(opts.map);
      if (opts.preview) {
        const preview = await withWorkspaceAsIs(context, (deps) =>
          previewApplicationsCsv(deps, { content, mapping }),
        ).catch(inMapTerms);
        if (context.json) return printJson(io, preview);
        const rows = Object.entries(preview.mapping).map(
          ([header, field]) => `  ${header.padEnd(24)} → ${field ?? '(left out)'}`,
        );
        const next =
          preview.problems.length > 0
            ? ['', 'Fix the mapping with --map:', ...preview.problems.map((p) => `  ${p}`)]
            : [
                '',
                'Import with the same command without --preview (add --map to change a column).',
              ];
        return io.out(['Columns:', ...rows, ...next].join('\n'));
      }
      const report = await withWorkspaceAsIs(context, (deps) =>
        importApplicationsCsv(deps, {
          content,
          mapping,
          partial: opts.skipBad === true,
          dryRun: opts.dryRun === true,
        }),
      ).catch(inMapTerms);
      if (context.json) return printJson(io, report);
      const used = Object.entries(report.mapping)
        .filter(([, f]) => f !== null)
        .map(([h, f]) => `${h}→${f}`);
      io.out(`Columns: ${used.join(', ')}`);
      printImportReport(io, report);
    },
  );
}

export function registerImportCommands(program: Command, io: Io) {
  const group = program
    .command('import')
    .description(
      'Import a file: a workspace JSON export (default), LinkedIn connections, vCards or an applications CSV',
    );
  registerJsonImport(group, io);
  registerContactImports(group, io);
  registerCsvImport(group, io);
}
