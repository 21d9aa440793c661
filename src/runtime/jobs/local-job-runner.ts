import type { JobDefinition, JobQueue } from './job-registry';
import { isFinalFailure, JobRegistry } from './job-registry';

export interface LocalJobRunnerOptions {
  jobs: readonly JobDefinition[];
  /** Where a run that failed for good (all its tries) is reported. */
  onError?: (error: unknown, job: string) => void;
  /** How a retry waits; tests pass a shorter one. */
  wait?: (ms: number) => Promise<void>;
}

export interface LocalJobRunner extends JobQueue {
  /**
   * Runs a recurring job now and returns what it returned; a run of it under way is waited for
   * first, so runs of one job never overlap.
   */
  runNow<Result = unknown>(name: string): Promise<Result>;
  /** Runs a job with its data in process, retrying as its policy says, and returns its result. */
  run<Result = unknown>(name: string, data: unknown): Promise<Result>;
  /** Stops the timers and waits for every run under way. */
  stop(): Promise<void>;
}

const defaultWait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

/**
 * Local mode's queue: the same jobs as the PostgreSQL queue, run in this process. Recurring jobs
 * run on timers (the next run is set when one ends, so they never overlap); sent jobs run at
 * once with the same retries and backoff. Nothing is kept in memory that matters: every job's
 * work is in the database, so what a stopped process did not do, the next one finds.
 */
export function startLocalJobRunner(options: LocalJobRunnerOptions): LocalJobRunner {
  const registry = new JobRegistry(options.jobs);
  const onError =
    options.onError ??
    ((error, job) =>
      process.stderr.write(
        `rebound: job ${job} failed: ${error instanceof Error ? error.message : String(error)}\n`,
      ));
  const wait = options.wait ?? defaultWait;
  const running = new Map<string, Promise<unknown>>();
  const pending = new Set<Promise<unknown>>();
  const keys = new Set<string>();
  const timers = new Map<string, NodeJS.Timeout>();
  // Stopping cuts short a retry's wait, so a stop never waits out a backoff.
  const wakers = new Set<() => void>();
  let stopped = false;

  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      wakers.add(resolve);
      void wait(ms).then(resolve);
    });

  const track = <T>(promise: Promise<T>): Promise<T> => {
    pending.add(promise);
    void promise.then(
      () => pending.delete(promise),
      () => pending.delete(promise),
    );
    return promise;
  };

  async function attempt(job: JobDefinition, data: unknown): Promise<unknown> {
    for (let tries = 0; ; tries += 1) {
      try {
        return await job.run(data);
      } catch (error) {
        if (tries >= job.retry.limit || stopped || isFinalFailure(error)) throw error;
        const factor = job.retry.backoff ? 2 ** tries : 1;
        await pause(job.retry.delaySeconds * 1000 * factor);
        if (stopped) throw error;
      }
    }
  }

  async function runNow<Result>(name: string): Promise<Result> {
    const job = registry.get(name);
    for (let current = running.get(name); current; current = running.get(name)) {
      await current.catch(() => undefined);
    }
    const run = track(attempt(job, registry.parse(name, {})));
    running.set(name, run);
    try {
      return (await run) as Result;
    } finally {
      running.delete(name);
    }
  }

  function schedule(job: JobDefinition, ms: number) {
    if (stopped) return;
    const timer = setTimeout(() => {
      void runNow(job.name)
        .catch((error: unknown) => onError(error, job.name))
        .finally(() => schedule(job, job.every?.ms ?? ms));
    }, ms);
    // The timers alone never keep a finished process (a test, a one-off command) alive.
    timer.unref();
    timers.set(job.name, timer);
  }
  for (const job of registry.all) {
    if (job.every) schedule(job, job.every.firstAfterMs ?? 0);
  }

  async function run<Result>(name: string, data: unknown): Promise<Result> {
    const job = registry.get(name);
    return (await track(attempt(job, registry.parse(name, data)))) as Result;
  }

  return {
    runNow,
    run,
    async send(name, data, sendOptions) {
      const parsed = registry.parse(name, data);
      const key = sendOptions?.key === undefined ? undefined : `${name}:${sendOptions.key}`;
      if (key !== undefined && keys.has(key)) return;
      if (key !== undefined) keys.add(key);
      void run(name, parsed)
        .catch((error: unknown) => onError(error, name))
        .finally(() => key !== undefined && keys.delete(key));
    },
    async stop() {
      stopped = true;
      for (const timer of timers.values()) clearTimeout(timer);
      for (const wake of wakers) wake();
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
  };
}
