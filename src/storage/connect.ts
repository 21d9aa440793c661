import path from 'node:path';
import SQLite from 'better-sqlite3';
import {
  CompiledQuery,
  Kysely,
  PostgresAdapter,
  type LogConfig,
  PostgresDialect,
  sql,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type Driver,
  type SqliteDialectConfig,
} from 'kysely';
import pg from 'pg';
import type { Database, Db, Dialect } from './database';
import { createPrivateFile, makePrivateDir, makeSqliteFilesPrivate } from './private-files';
import { prepareRepeatedStatements } from './prepared-statements';
import { ROW_SCOPE_SETTINGS } from './row-scope';

export type DatabaseConfig = { dialect: 'sqlite'; file: string } | PostgresConfig;

export interface PostgresConfig {
  dialect: 'postgres';
  /** Where the application connects, as the role it works as. */
  url: string;
  poolSize?: number;
  /**
   * A team installation's schema owner (DATABASE_OWNER_URL), which upgrades the schema; the
   * role in `url` then only reads and writes rows, under row-level security.
   */
  ownerUrl?: string;
  /**
   * The workspace every statement on these connections works in unless its transaction says
   * otherwise: a local installation's one workspace, so row-level security lets it through
   * without each statement setting it (decision 0028). Unset in team mode.
   */
  defaultWorkspace?: string;
  /** Called with every statement the connections run (BEGIN and COMMIT too), to count them. */
  log?: LogConfig;
  /**
   * Runs repeated statements as named prepared statements (the default); off for a connection
   * pooler that cannot keep them (PgBouncer in transaction mode before 1.21).
   */
  preparedStatements?: boolean;
}

export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: Dialect;
  /** The SQLite file, when the dialect is SQLite. */
  file?: string;
  close(): Promise<void>;
}

/**
 * Write transactions on SQLite start with BEGIN IMMEDIATE, so a second process (the CLI while the
 * server runs) waits on the busy timeout instead of failing halfway when it upgrades to a writer.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }
}

const STATEMENT_CACHE_SIZE = 200;

/** Kysely prepares every query afresh; caching prepared statements by SQL text saves that work. */
function withStatementCache(database: SQLite.Database): SQLite.Database {
  const cache = new Map<string, SQLite.Statement>();
  const prepare = database.prepare.bind(database);
  return new Proxy(database, {
    get(target, property, receiver) {
      if (property !== 'prepare') return Reflect.get(target, property, receiver) as unknown;
      return (source: string) => {
        let statement = cache.get(source);
        if (statement === undefined) {
          statement = prepare(source);
          if (cache.size >= STATEMENT_CACHE_SIZE) {
            const oldest = cache.keys().next().value;
            if (oldest !== undefined) cache.delete(oldest);
          }
          cache.set(source, statement);
        }
        return statement;
      };
    },
  });
}

/**
 * Opens the SQLite file with WAL, enforced foreign keys and a busy timeout. The file, its log
 * files and a folder made for it are readable by their owner only.
 */
export function openSqliteFile(file: string): SQLite.Database {
  const onDisk = file !== ':memory:';
  if (onDisk) {
    makePrivateDir(path.dirname(path.resolve(file)));
    // Created private: SQLite would make it 0644, and its log files take the database's mode.
    createPrivateFile(file);
  }
  const database = new SQLite(file);
  database.pragma('journal_mode = WAL');
  if (onDisk) makeSqliteFilesPrivate(file);
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  // Deleted rows are overwritten, not just unlinked: a letter deleted for good must not linger
  // in the file's free pages (see repositories/letters.ts).
  database.pragma('secure_delete = ON');
  // Safe with WAL: a crash can lose the last commit on power loss, never corrupt the file.
  database.pragma('synchronous = NORMAL');
  // Keep the planner's statistics fresh (SQLite's advice for long-lived connections); cheap
  // unless the tables changed a lot since the last time.
  database.exec(OPTIMIZE);
  dropStatisticsSamples(database);
  return database;
}

const OPTIMIZE = 'pragma optimize = 0x10002';
const HAS_SAMPLES = "select 1 from sqlite_master where type = 'table' and name = 'sqlite_stat4'";
const DROP_SAMPLES = ['delete from sqlite_stat4', 'analyze sqlite_schema'];

/**
 * The SQLite inside better-sqlite3 is built with STAT4. Once ANALYZE has sampled an index, any
 * statement binding a parameter to that index's columns is planned afresh on every run: 70 to
 * 180 µs per statement on the benchmark workspace, since every query binds `workspace_id`. The
 * per-index row counts in sqlite_stat1 are what keep the planner on the right indexes, so the
 * samples are dropped and the planner reloads the statistics without them.
 */
function dropStatisticsSamples(database: SQLite.Database): void {
  if (database.prepare(HAS_SAMPLES).get() === undefined) return;
  for (const statement of DROP_SAMPLES) database.exec(statement);
}

// PostgreSQL hands back Date objects, parsed JSON and booleans; SQLite hands back text and 0/1.
// Parsing PostgreSQL's values into the SQLite shapes keeps every mapper dialect-blind.
const PG_OIDS = {
  bool: 16,
  int8: 20,
  json: 114,
  date: 1082,
  timestamp: 1114,
  timestamptz: 1184,
  jsonb: 3802,
} as const;

const pgTypes: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: string) => {
    switch (oid) {
      case PG_OIDS.bool:
        return (value: string) => (value === 't' ? 1 : 0);
      case PG_OIDS.int8:
        return (value: string) => Number(value);
      case PG_OIDS.json:
      case PG_OIDS.jsonb:
      case PG_OIDS.date:
        return (value: string) => value;
      case PG_OIDS.timestamp:
      case PG_OIDS.timestamptz: {
        const parseDate = pg.types.getTypeParser(oid, 'text') as (value: string) => Date;
        return (value: string) => parseDate(value).toISOString();
      }
      default:
        return pg.types.getTypeParser(oid, format as 'text');
    }
  }) as pg.CustomTypesConfig['getTypeParser'],
};

/**
 * Refreshes the query planner's statistics after a bulk write (an import, the sample data), so
 * the next queries are planned for the data as it now is.
 */
export async function refreshStatistics(db: Db): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`analyze`.execute(db);
    return;
  }
  await sql.raw(OPTIMIZE).execute(db);
  // See dropStatisticsSamples: the samples cost a new plan on every run of every statement.
  if ((await sql.raw(HAS_SAMPLES).execute(db)).rows.length === 0) return;
  for (const statement of DROP_SAMPLES) await sql.raw(statement).execute(db);
}

/** Opens a database from its config. The caller owns the handle and must close it. */
export function openDatabase(config: DatabaseConfig): DatabaseHandle {
  if (config.dialect === 'sqlite') {
    const database = withStatementCache(openSqliteFile(config.file));
    const db = new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database }) });
    const close = async () => {
      database.pragma('optimize');
      await db.destroy();
    };
    return { db, dialect: 'sqlite', file: config.file, close };
  }
  if (config.defaultWorkspace !== undefined && !/^[\w-]+$/.test(config.defaultWorkspace)) {
    throw new Error(`Not a workspace id: ${config.defaultWorkspace}`);
  }
  const pool = new pg.Pool({
    connectionString: config.url,
    max: config.poolSize ?? 10,
    types: pgTypes,
    // A session default, sent when the connection starts; a transaction's own scope overrides it.
    ...(config.defaultWorkspace !== undefined && {
      options: `-c ${ROW_SCOPE_SETTINGS.workspaces}=${config.defaultWorkspace}`,
    }),
  });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  if (config.preparedStatements !== false) pool.on('connect', prepareRepeatedStatements);
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    ...(config.log !== undefined && { log: config.log }),
  });
  return { db, dialect: 'postgres', close: () => db.destroy() };
}
