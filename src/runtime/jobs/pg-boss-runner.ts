import PgBoss from 'pg-boss';
import type { JobDefinition, JobQueue } from './job-registry';
import { isFinalFailure, JobRegistry } from './job-registry';

/** The schema pg-boss keeps its tables in, beside Rebound's own. */
export const QUEUE_SCHEMA = 'pgboss';

export interface PgBossRunnerOptions {
  /** The database, as its owner: pg-boss creates and upgrades its own schema on start. */
  connectionString: string;
  jobs: readonly JobDefinition[];
  /** Connections the queue may hold (its polling and bookkeeping; the jobs use Rebound's pool). */
  poolSize?: number;
  /** How often an idle worker asks for work (pg-boss's minimum is half a second). */
  pollingIntervalSeconds?: number;
  /** How often this server may look for runs whose worker died (taken by one server at a time). */
  maintenanceIntervalSeconds?: number;
  /**
   * Whether this process runs jobs (default) or only sends them: a command that queues work
   * for the servers, or a server kept out of the work.
   */
  consume?: boolean;
  /** Where the queue's own errors (a lost connection) and jobs that failed go. */
  onError?: (error: unknown, job?: string) => void;
}

export interface PgBossRunner extends JobQueue {
  /** Takes runs whose worker died (past their expiry) back for a retry now, not at the next check. */
  reclaimExpired(): Promise<void>;
  /** The state pg-boss gives a job (`created`, `active`, `retry`, `completed`, `failed`). */
  jobState(name: string, id: string): Promise<string | null>;
  /** Queues a job and returns its id (null when one with the same key is waiting). */
  sendForId(name: string, data: unknown, options?: { key?: string }): Promise<string | null>;
  /** Stops taking work, lets runs under way finish, and closes the queue's connections. */
  stop(): Promise<void>;
}

/**
 * Team mode's queue: pg-boss 10 on the team's PostgreSQL, so any number of servers share the
 * work and each run goes to one of them. Each job is a queue with its retry policy and expiry
 * (a run not finished by then is taken for dead and given to another server); recurring jobs are
 * pg-boss schedules, which send one run per minute across all servers. The effects themselves are
 * made once by the use cases (a digest's claim row), since a run can still happen twice.
 */
export async function startPgBossRunner(options: PgBossRunnerOptions): Promise<PgBossRunner> {
  const registry = new JobRegistry(options.jobs);
  const onError =
    options.onError ??
    ((error: unknown, job?: string) =>
      process.stderr.write(
        `rebound: ${job === undefined ? 'job queue' : `job ${job}`}: ${error instanceof Error ? error.message : String(error)}\n`,
      ));
  const consume = options.consume ?? true;
  const boss = new PgBoss({
    connectionString: options.connectionString,
    schema: QUEUE_SCHEMA,
    max: options.poolSize ?? 4,
    application_name: 'rebound-jobs',
    maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 60,
    // A process that only sends neither supervises nor fires the schedules.
    supervise: consume,
    schedule: consume,
  });
  boss.on('error', (error) => onError(error));
  await boss.start();
  try {
    for (const job of registry.all) {
      await createQueue(boss, job);
      if (consume) await startWorker(boss, registry, job, options, onError);
    }
  } catch (error) {
    await boss.stop({ graceful: false });
    throw error;
  }

  const sendForId = (name: string, data: unknown, sendOptions?: { key?: string }) =>
    boss.send(
      name,
      registry.parse(name, data) as object,
      sendOptions?.key === undefined ? {} : { singletonKey: sendOptions.key },
    );
  return {
    sendForId,
    async send(name, data, sendOptions) {
      await sendForId(name, data, sendOptions);
    },
    reclaimExpired: () => boss.expire(),
    async jobState(name, id) {
      const job = await boss.getJobById(name, id, { includeArchive: true });
      return job?.state ?? null;
    },
    stop: () => boss.stop({ graceful: true, wait: true, timeout: 30_000 }),
  };
}

/** PostgreSQL's code for a transaction it chose to end to break a deadlock. */
const DEADLOCK = '40P01';

/**
 * The job's queue, made or brought up to date. Servers starting together make the same queues
 * at once, and attaching each queue's table can deadlock; PostgreSQL then ends one of them, whole,
 * and trying again finds the queue made or makes it.
 */
async function createQueue(boss: PgBoss, job: JobDefinition) {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await createQueueOnce(boss, job);
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== DEADLOCK || attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt + Math.random() * 100));
    }
  }
}

/** The job's queue with its retry policy and expiry, made or brought up to date. */
async function createQueueOnce(boss: PgBoss, job: JobDefinition) {
  const queue: PgBoss.Queue = {
    name: job.name,
    // Keyed: at most one run per key waiting, one retrying and one running (a digest is queued
    // once however many servers find it due). A queue with no key keeps every run sent.
    policy: job.keyed ? 'stately' : 'standard',
    retryLimit: job.retry.limit,
    retryDelay: job.retry.delaySeconds,
    retryBackoff: job.retry.backoff,
    expireInSeconds: job.expireInSeconds,
  };
  await boss.createQueue(job.name, queue);
  // A queue made by an earlier version keeps its old policy otherwise.
  await boss.updateQueue(job.name, queue);
}

/** Takes the job's runs from the queue one at a time, and sets its schedule if it recurs. */
async function startWorker(
  boss: PgBoss,
  registry: JobRegistry,
  job: JobDefinition,
  options: PgBossRunnerOptions,
  onError: (error: unknown, job?: string) => void,
) {
  await boss.work<object>(
    job.name,
    { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2, batchSize: 1 },
    async (runs) => {
      for (const run of runs) {
        try {
          await job.run(registry.parse(job.name, run.data));
        } catch (error) {
          onError(error, job.name);
          // A failure a retry would repeat ends the run, its reason kept as the run's output;
          // any other is rethrown, so pg-boss records it and schedules the retry.
          if (isFinalFailure(error)) return { failed: (error as Error).message };
          throw error;
        }
      }
    },
  );
  if (job.every) await boss.schedule(job.name, job.every.cron, {}, { tz: 'UTC' });
}
