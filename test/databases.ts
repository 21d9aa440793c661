import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, inject } from 'vitest';
import type { Dialect } from '../src/storage/database';
import { openDatabase, type DatabaseHandle } from '../src/storage/connect';
import { migrateToLatest } from '../src/storage/migrate';
import { grantAppRole } from '../src/storage/app-role';
import {
  createThrowawayDatabase,
  TEST_ROLES,
  urlAsRole,
  type ThrowawayDatabase,
} from './postgres-server';
import type { Clock, UseCaseDeps } from '../src/use-cases/deps';
import { ensureWorkspace } from '../src/use-cases/workspace';

export const DIALECTS: readonly Dialect[] = ['sqlite', 'postgres'];

/** A clock tests can set and move. */
export class TestClock implements Clock {
  #now: Date;
  constructor(start = '2026-11-26T09:00:00.000Z') {
    this.#now = new Date(start);
  }
  now(): Date {
    return new Date(this.#now);
  }
  set(instant: string) {
    this.#now = new Date(instant);
  }
  advance(ms: number) {
    this.#now = new Date(this.#now.getTime() + ms);
  }
}

export interface TestDatabase {
  dialect: Dialect;
  handle: DatabaseHandle;
  clock: TestClock;
  /** Deps for a workspace created on first use (default `ws_test`). */
  deps(workspaceId?: string): Promise<UseCaseDeps>;
  /** Where a SQLite database lives, or the PostgreSQL URL (a superuser, the schema's owner). */
  location: string;
  /**
   * PostgreSQL only: the same database as the role a team installation serves as
   * (`rebound_app`, granted its tables, bound by row-level security), and a handle on it,
   * opened on first use and closed with the database.
   */
  appLocation?: string;
  appHandle(): DatabaseHandle;
}

function createPostgresDatabase(): Promise<ThrowawayDatabase> {
  return createThrowawayDatabase(inject('postgresUrl'), 'rebound_t');
}

/** A fresh, migrated database of the given dialect; `close` removes it. */
export async function createTestDatabase(
  dialect: Dialect,
): Promise<TestDatabase & { close(): Promise<void> }> {
  const clock = new TestClock();
  let location: string;
  let cleanup: () => Promise<void>;
  let handle: DatabaseHandle;
  if (dialect === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rebound-test-'));
    location = path.join(dir, 'rebound.sqlite');
    handle = openDatabase({ dialect: 'sqlite', file: location });
    cleanup = async () => fs.rmSync(dir, { recursive: true, force: true });
  } else {
    const created = await createPostgresDatabase();
    location = created.url;
    handle = openDatabase({ dialect: 'postgres', url: created.url, poolSize: 4 });
    cleanup = created.drop;
  }
  await migrateToLatest({ db: handle.db, dialect });
  const appLocation = dialect === 'postgres' ? urlAsRole(location, TEST_ROLES.app) : undefined;
  if (appLocation !== undefined) await grantAppRole(handle.db, TEST_ROLES.app);
  let app: DatabaseHandle | undefined;
  const ready = new Set<string>();
  return {
    dialect,
    handle,
    clock,
    location,
    ...(appLocation !== undefined && { appLocation }),
    appHandle() {
      if (appLocation === undefined) throw new Error('Only PostgreSQL has an application role.');
      app ??= openDatabase({ dialect: 'postgres', url: appLocation, poolSize: 4 });
      return app;
    },
    async deps(workspaceId = 'ws_test') {
      if (!ready.has(workspaceId)) {
        await ensureWorkspace(handle.db, clock, { id: workspaceId, name: `Test ${workspaceId}` });
        ready.add(workspaceId);
      }
      return { db: handle.db, workspaceId, clock };
    },
    async close() {
      await app?.close();
      await handle.close();
      await cleanup();
    },
  };
}

/**
 * Runs a suite once on SQLite and once on PostgreSQL, each with its own fresh database.
 * The callback receives a getter, valid inside tests and hooks.
 */
export function describeEachDialect(name: string, suite: (db: () => TestDatabase) => void) {
  describe.each(DIALECTS)(`${name} [%s]`, (dialect) => {
    let database: (TestDatabase & { close(): Promise<void> }) | undefined;
    beforeAll(async () => {
      database = await createTestDatabase(dialect);
    });
    afterAll(async () => {
      await database?.close();
    });
    suite(() => {
      if (!database) throw new Error('database not ready');
      return database;
    });
  });
}
