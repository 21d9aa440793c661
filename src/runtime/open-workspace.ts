import fs from 'node:fs';
import { AppError } from '../core/app-error';
import { grantAppRole, currentRole, rowSecurityBypass } from '../storage/app-role';
import { openDatabase, type DatabaseConfig, type DatabaseHandle } from '../storage/connect';
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

/**
 * Upgrades a PostgreSQL schema as its owner (DATABASE_OWNER_URL) and grants the application's
 * role what it needs, so the role serving requests owns nothing. Without an owner URL the
 * application's own connection upgrades the schema, as it always has for local installations.
 */
async function upgradeSchema(handle: DatabaseHandle, database: DatabaseConfig): Promise<void> {
  if (database.dialect !== 'postgres' || database.ownerUrl === undefined) {
    await migrateToLatest({ db: handle.db, dialect: handle.dialect });
    return;
  }
  const owner = openDatabase({ dialect: 'postgres', url: database.ownerUrl, poolSize: 1 });
  try {
    await migrateToLatest({ db: owner.db, dialect: 'postgres' });
    await grantAppRole(owner.db, await currentRole(handle.db));
  } finally {
    await owner.close();
  }
}

/**
 * A team installation serves everyone's data from one database, so the role it serves as must
 * be one PostgreSQL's row-level security binds (decision 0028); it refuses to start otherwise.
 */
async function assertRowSecurityBinds(handle: DatabaseHandle): Promise<void> {
  const bypass = await rowSecurityBypass(handle.db);
  if (bypass === null) return;
  throw AppError.validation(
    'DATABASE_URL',
    `team mode serves as a role that row-level security binds, and ${bypass}; connect as a role that owns nothing and upgrade the schema through DATABASE_OWNER_URL (see "For a team" in the README)`,
  );
}

/** The database connection as this mode uses it. */
function databaseFor(config: RuntimeConfig): DatabaseConfig {
  // A local installation works in its one workspace, which row-level security then lets through.
  return config.database.dialect === 'postgres' && config.mode === 'local'
    ? { ...config.database, defaultWorkspace: LOCAL_WORKSPACE_ID }
    : config.database;
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
  const handle = openDatabase(databaseFor(config));
  try {
    if (existed) await backUpBeforeUpgrade(handle, config, clock);
    await upgradeSchema(handle, config.database);
    if (config.mode === 'team') await assertRowSecurityBinds(handle);
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
