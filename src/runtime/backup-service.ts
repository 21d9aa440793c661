import path from 'node:path';
import { AppError } from '../core/app-error';
import type { BackupService } from '../http/services';
import { migrateToLatest } from '../storage/migrate';
import { ensureWorkspace, LOCAL_WORKSPACE_ID } from '../use-cases/workspace';
import { backupsDir, createBackup, listBackups, restoreDatabase } from './backups';
import type { OpenWorkspace } from './open-workspace';

/**
 * Backups for the running server, of its own SQLite file. Restores take a file from the backups
 * folder by name only: the API never reads an arbitrary path on the machine.
 */
export function createBackupService(workspace: OpenWorkspace): BackupService | undefined {
  const { handle, config, deps } = workspace;
  const file = handle.file;
  if (handle.dialect !== 'sqlite' || file === undefined) return undefined;
  const dir = backupsDir(config.dataDir);
  return {
    list: async () => listBackups(dir),
    create: () => createBackup(file, dir, 'manual', deps.clock.now()),
    async restore(name) {
      // Only a name the folder lists: never a path, never a name guessed from a time.
      const known = listBackups(dir).find((b) => b.name === name);
      if (known === undefined || path.basename(name) !== name) {
        // The folder's place on disk is nobody's business over HTTP.
        throw new AppError('not_found', `No backup named ${name} in the backups folder.`, {
          field: 'name',
        });
      }
      const result = await restoreDatabase(file, path.join(dir, name), dir, deps.clock.now(), {
        shownAs: name,
      });
      const migrated = await migrateToLatest({ db: handle.db, dialect: handle.dialect });
      await ensureWorkspace(handle.db, deps.clock, {
        id: LOCAL_WORKSPACE_ID,
        name: 'My job search',
      });
      return { ...result, restoredFrom: name, migrated };
    },
  };
}
