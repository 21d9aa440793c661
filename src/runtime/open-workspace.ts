import fs from 'node:fs';
import { openDatabase, type DatabaseHandle } from '../storage/connect';
import { migrateToLatest, pendingMigrations } from '../storage/migrate';
import { MIGRATIONS } from '../storage/migrations/index';
import { systemClock, type Clock, type UseCaseDeps } from '../use-cases/deps';
import { ensureWorkspace, LOCAL_WORKSPACE_ID } from '../use-cases/workspace';
import { backupsDir, createBackup, removeRestoreLeftovers } from './backups';
import type { RuntimeConfig } from './config';
import { secureDataFolder } from './private-data';

export interface OpenWorkspace {
  handle: DatabaseHandle;
  deps: UseCaseDeps;
  config: RuntimeConfig;
  close(): Promise<void>;
}

/**
 * Before an existing SQLite database is upgraded, a copy goes to the backups folder: if an
 * upgrade ever went wrong, the data as it was is one `rebound restore` away.
 */
async function backUpBeforeUpgrade(handle: DatabaseHandle, config: RuntimeConfig, clock: Clock) {
  if (handle.dialect !== 'sqlite' || handle.file === undefined) return;
  const pending = await pendingMigrations({ db: handle.db, dialect: handle.dialect });
  const upgradesExistingData = pending.length > 0 && pending.length < MIGRATIONS.length;
  if (upgradesExistingData)
    await createBackup(handle.file, backupsDir(config.dataDir), 'pre-migration', clock.now());
}

/** Opens the database, brings its schema up to date and makes sure the workspace exists. */
export async function openWorkspace(
  config: RuntimeConfig,
  clock: Clock = systemClock,
): Promise<OpenWorkspace> {
  const existed =
    config.database.dialect === 'sqlite' &&
    fs.existsSync(config.database.file) &&
    fs.statSync(config.database.file).size > 0;
  secureDataFolder(config);
  if (config.database.dialect === 'sqlite') removeRestoreLeftovers(backupsDir(config.dataDir));
  const handle = openDatabase(config.database);
  try {
    if (existed) await backUpBeforeUpgrade(handle, config, clock);
    await migrateToLatest({ db: handle.db, dialect: handle.dialect });
    // A team installation's workspaces are its seekers', made when each one joins.
    if (config.mode === 'local') {
      await ensureWorkspace(handle.db, clock, { id: LOCAL_WORKSPACE_ID, name: 'My job search' });
    }
  } catch (error) {
    await handle.close();
    throw error;
  }
  return {
    handle,
    config,
    deps: { db: handle.db, workspaceId: LOCAL_WORKSPACE_ID, clock },
    close: () => handle.close(),
  };
}
