import fs from 'node:fs';
import path from 'node:path';
import { makePrivateDir, makePrivateFile, makeSqliteFilesPrivate } from '../storage/private-files';
import { backupsDir } from './backups';
import type { RuntimeConfig } from './config';
import { SMTP_SETTINGS_FILE } from './mail/smtp-settings-store';

/**
 * Makes the data folder its owner's only (0700) and every file Rebound keeps there 0600: the
 * database and its log files, backups and the mail settings. Run at every start, so a folder made
 * by an older version (0755 and 0644) is put right.
 */
export function secureDataFolder(config: Pick<RuntimeConfig, 'dataDir' | 'database'>): void {
  const sqlite = config.database.dialect === 'sqlite' ? config.database.file : undefined;
  if (sqlite === undefined && !fs.existsSync(config.dataDir)) return;
  makePrivateDir(config.dataDir);
  if (sqlite !== undefined) makeSqliteFilesPrivate(sqlite);
  makePrivateFile(path.join(config.dataDir, SMTP_SETTINGS_FILE));
  const backups = backupsDir(config.dataDir);
  if (!fs.existsSync(backups)) return;
  makePrivateDir(backups);
  for (const name of fs.readdirSync(backups)) makePrivateFile(path.join(backups, name));
}

/**
 * From here on, files and folders this process creates are its owner's only, whoever creates them
 * (SQLite, an export, a library). Called once when the command line starts.
 */
export function restrictNewFiles(): void {
  process.umask(0o077);
}
