import type { SmtpSettings } from '../src/core/mail/smtp-settings';
import type { JobDefinition, JobQueue, JobTuning } from '../src/runtime/jobs/job-registry';
import { startPgBossRunner, type PgBossRunner } from '../src/runtime/jobs/pg-boss-runner';
import { openDatabase, type DatabaseHandle } from '../src/storage/connect';
import type { Db } from '../src/storage/database';

/** Retries a second or two apart and a run taken for dead after three seconds: a test's pace. */
export const QUEUE_TEST_TUNING: JobTuning = {
  retry: { limit: 3, delaySeconds: 1, backoff: true },
  expireInSeconds: 3,
};

/** The organisation's mail account, on the test SMTP server. */
export function testMailSettings(port: number): SmtpSettings {
  return {
    host: '127.0.0.1',
    port,
    secure: false,
    user: 'ana@example.com',
    password: 'app-password-1',
    from: { name: 'Careers Centre', address: 'careers@example.edu' },
  };
}

/** One team server's share of the queue in a test: its own pool as the app role, and its runner. */
export interface QueueWorker {
  handle: DatabaseHandle;
  runner: PgBossRunner;
}

/**
 * Starts a queue worker as a team server would: its own connections as the application's role
 * (`appLocation`), the queue as the owner (`location`), polling every half second, running the
 * jobs `jobsFor` makes with that worker's database and its own runner as the queue.
 */
export async function startQueueWorker(
  database: { location: string; appLocation?: string },
  jobsFor: (db: Db, queue: () => JobQueue) => JobDefinition[],
): Promise<QueueWorker> {
  const handle = openDatabase({
    dialect: 'postgres',
    url: database.appLocation ?? '',
    poolSize: 3,
  });
  const started: { runner?: PgBossRunner } = {};
  const runner = await startPgBossRunner({
    connectionString: database.location,
    jobs: jobsFor(handle.db, () => started.runner as PgBossRunner),
    poolSize: 2,
    pollingIntervalSeconds: 0.5,
    onError: () => undefined,
  });
  started.runner = runner;
  return { handle, runner };
}

/** Stops workers and closes their connections. */
export async function stopQueueWorkers(workers: readonly QueueWorker[]): Promise<void> {
  for (const worker of workers) {
    await worker.runner.stop();
    await worker.handle.close();
  }
}
