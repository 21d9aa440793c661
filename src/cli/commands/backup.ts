import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { AppError } from '../../core/app-error';
import {
  backupDatabase,
  backupsDir,
  createBackup,
  listBackups,
  restoreDatabase,
} from '../../runtime/backups';
import { openWorkspace } from '../../runtime/open-workspace';
import { commandContext, type CommandContext } from '../context';
import { formatTable, type Io, printJson } from '../output';

const POSTGRES =
  'This workspace is stored in PostgreSQL. Back it up with pg_dump (pg_dump "$DATABASE_URL" > rebound.sql), or export it as JSON with `rebound export --out FILE`.';

function sqliteFile(context: CommandContext): string {
  if (context.config.database.dialect !== 'sqlite')
    throw new AppError('conflict', POSTGRES, { field: 'DATABASE_URL' });
  return context.config.database.file;
}

const size = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export function registerBackupCommands(program: Command, io: Io) {
  registerBackup(program, io);
  registerRestore(program, io);
}

function registerBackup(program: Command, io: Io) {
  program
    .command('backup')
    .description(
      'Back up the database (SQLite online backup, safe while Rebound runs) into <data>/backups/',
    )
    .option('--out <file>', 'write the backup to this file instead')
    .option('--list', 'list the backups instead of taking one')
    .action(async (opts: { out?: string; list?: boolean }, command: Command) => {
      const context = commandContext(command, io);
      const file = sqliteFile(context);
      const dir = backupsDir(context.config.dataDir);
      if (opts.list) {
        const backups = listBackups(dir);
        if (context.json) return printJson(io, backups);
        if (backups.length === 0)
          return io.out(`No backups yet in ${dir}. Take one with: rebound backup`);
        return io.out(
          formatTable(
            ['NAME', 'TAKEN', 'WHY', 'SIZE'],
            backups.map((b) => [
              b.name,
              b.createdAt.slice(0, 19).replace('T', ' '),
              b.reason,
              size(b.size),
            ]),
            80,
          ),
        );
      }
      if (opts.out !== undefined) {
        const target = path.resolve(opts.out);
        await backupDatabase(file, target);
        const result = { file: target, size: fs.statSync(target).size };
        return context.json
          ? printJson(io, result)
          : io.out(`Backed up to ${target} (${size(result.size)}).`);
      }
      const info = await createBackup(file, dir, 'manual');
      if (context.json) printJson(io, { ...info, file: path.join(dir, info.name) });
      else io.out(`Backed up to ${path.join(dir, info.name)} (${size(info.size)}).`);
    });
}

function registerRestore(program: Command, io: Io) {
  program
    .command('restore')
    .description('Replace the database with a backup; the current one is backed up first')
    .argument('<file>', 'a backup file, or the name of one in <data>/backups/')
    .action(async (from: string, _opts: unknown, command: Command) => {
      const context = commandContext(command, io);
      const file = sqliteFile(context);
      const dir = backupsDir(context.config.dataDir);
      const source = fs.existsSync(from) ? from : path.join(dir, from);
      const result = await restoreDatabase(file, fs.existsSync(source) ? source : from, dir);
      // Opening brings a backup from an older version up to date (backing it up first).
      const workspace = await openWorkspace(context.config);
      await workspace.close();
      if (context.json) return printJson(io, result);
      io.out(
        [
          `Restored ${result.restoredFrom}.`,
          result.safetyBackup &&
            `The database as it was before is saved as ${path.join(dir, result.safetyBackup.name)}.`,
        ]
          .filter(Boolean)
          .join('\n'),
      );
    });
}
