import { openDatabase, type DatabaseHandle } from '../storage/connect';
import { migrateToLatest } from '../storage/migrate';
import { systemClock, type Clock, type UseCaseDeps } from '../use-cases/deps';
import { ensureWorkspace, LOCAL_WORKSPACE_ID } from '../use-cases/workspace';
import type { RuntimeConfig } from './config';

export interface OpenWorkspace {
  handle: DatabaseHandle;
  deps: UseCaseDeps;
  config: RuntimeConfig;
  close(): Promise<void>;
}

/** Opens the database, brings its schema up to date and makes sure the workspace exists. */
export async function openWorkspace(
  config: RuntimeConfig,
  clock: Clock = systemClock,
): Promise<OpenWorkspace> {
  const handle = openDatabase(config.database);
  try {
    await migrateToLatest({ db: handle.db, dialect: handle.dialect });
    await ensureWorkspace(handle.db, clock, { id: LOCAL_WORKSPACE_ID, name: 'My job search' });
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
