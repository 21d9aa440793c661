import { Migrator, type Kysely, type Migration } from 'kysely';
import type { Database, Dialect } from './database';
import { columnKinds } from './migrations/column-kinds';
import { MIGRATIONS } from './migrations/index';

export interface MigrateOptions {
  db: Kysely<Database>;
  dialect: Dialect;
}

/** Names of migrations this build knows about that the database has not run yet. */
export async function pendingMigrations({ db, dialect }: MigrateOptions): Promise<string[]> {
  const infos = await createMigrator(db, dialect).getMigrations();
  return infos.filter((info) => info.executedAt === undefined).map((info) => info.name);
}

/** Brings the schema up to date; every migration runs in its own transaction. */
export async function migrateToLatest({ db, dialect }: MigrateOptions): Promise<string[]> {
  const { error, results } = await createMigrator(db, dialect).migrateToLatest();
  if (error !== undefined) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `The database could not be upgraded${failed ? ` (migration ${failed})` : ''}: ${reason}`,
      { cause: error },
    );
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

function createMigrator(db: Kysely<Database>, dialect: Dialect): Migrator {
  const kinds = columnKinds(dialect);
  return new Migrator({
    db,
    migrationTableName: 'rebound_migrations',
    migrationLockTableName: 'rebound_migrations_lock',
    provider: {
      getMigrations: async () => {
        const migrations: Record<string, Migration> = {};
        for (const migration of MIGRATIONS) {
          migrations[migration.name] = { up: (migrationDb) => migration.up(migrationDb, kinds) };
        }
        return migrations;
      },
    },
  });
}
