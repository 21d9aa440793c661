import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { runRebound } from '../../test/cli';
import { describeEachDialect, type TestDatabase } from '../../test/databases';
import { generateConnections, linkedInCsv } from '../../test/fixtures/linkedin';
import { createTestClient } from '../../test/http';
import { lockForWrite } from '../storage/write-lock';
import { LOCAL_WORKSPACE_ID } from '../use-cases/workspace';

const PEOPLE = 2000;

/** Waits until `count` sessions wait for an advisory lock: the imports queued behind ours. */
async function waitersOnAdvisoryLock(database: TestDatabase, count: number): Promise<void> {
  for (let tries = 0; tries < 300; tries += 1) {
    const { rows } = await sql<{ waiting: number }>`
      select count(*)::int as waiting from pg_locks where locktype = 'advisory' and not granted
    `.execute(database.handle.db);
    if ((rows[0]?.waiting ?? 0) >= count) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`fewer than ${count} imports ever waited for the workspace's import lock`);
}

/**
 * The web app and the command line importing one file at the same moment: two processes, each
 * with its own connections. On PostgreSQL both are held at the start line (the test takes the
 * workspace's import lock first and lets go once both wait for it), so they truly race; on SQLite
 * the command waits for the file's write lock while the app imports again and again.
 */
describeEachDialect('the app and the command line importing one file at once', (db) => {
  it('adds each person once, and neither fails', async () => {
    const database = db();
    const api = await createTestClient(database, LOCAL_WORKSPACE_ID);
    const content = linkedInCsv(generateConnections(PEOPLE, { namesakes: true }));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rebound-race-'));
    const file = path.join(dir, 'Connections.csv');
    fs.writeFileSync(file, content);
    const where =
      database.dialect === 'sqlite'
        ? { args: ['--data', path.dirname(database.location)], env: {} }
        : { args: [], env: { DATABASE_URL: database.location } };
    try {
      let cliDone = false;
      const startCli = () =>
        runRebound(['import', 'linkedin', file, '--json', ...where.args], {
          env: where.env,
        }).finally(() => (cliDone = true));
      const created: number[] = [];
      let cliRun: ReturnType<typeof startCli>;
      if (database.dialect === 'postgres') {
        let release = () => {};
        const held = database.handle.db.transaction().execute(async (trx) => {
          await lockForWrite(trx, LOCAL_WORKSPACE_ID, { kind: 'imports' });
          await new Promise<void>((resolve) => (release = resolve));
        });
        cliRun = startCli();
        const httpRun = api.post('/api/import/linkedin', { content });
        try {
          await waitersOnAdvisoryLock(database, 2);
        } finally {
          release();
          await held;
        }
        const http = await httpRun;
        expect(http.status).toBe(200);
        created.push(http.body.created as number);
      } else {
        cliRun = startCli();
        // A short pause between imports lets the command take its turn; the loop is bounded.
        for (let round = 0; round < 100 && (round === 0 || !cliDone); round += 1) {
          const http = await api.post('/api/import/linkedin', { content });
          expect(http.status).toBe(200);
          created.push(http.body.created as number);
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      }
      const cli = await cliRun;
      expect(cli.stderr).toBe('');
      expect(cli.code).toBe(0);
      created.push(JSON.parse(cli.stdout).created as number);
      expect(created.reduce((sum, n) => sum + n, 0)).toBe(PEOPLE);
      const first = await api.get('/api/contacts?limit=1000&offset=0');
      const rest = await api.get('/api/contacts?limit=1000&offset=1000');
      expect(first.body.items.length + rest.body.items.length).toBe(PEOPLE);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
