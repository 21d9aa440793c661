import { z } from 'zod';
import { AppError, isAppError } from '../../core/app-error';

/** How a failed run is tried again: `limit` more times, `delaySeconds` apart (doubling with backoff). */
export interface RetryPolicy {
  limit: number;
  delaySeconds: number;
  backoff: boolean;
}

/** A job that runs on its own schedule: every `ms` in process, on `cron` (UTC) in the queue. */
export interface Recurrence {
  ms: number;
  cron: string;
  /** The first run in process, after start-up (default at once). */
  firstAfterMs?: number;
}

/**
 * One kind of background work: a name, the shape of its data (checked before every run, so a
 * job stored by an older version fails loudly instead of running half-read) and the function of
 * that data that calls the use cases.
 */
export interface JobDefinition<Data = unknown, Result = unknown> {
  name: string;
  data: z.ZodType<Data>;
  run(data: Data): Promise<Result>;
  retry: RetryPolicy;
  /** How long a run may take before the queue counts its worker as dead and runs it again. */
  expireInSeconds: number;
  every?: Recurrence;
  /**
   * `keyed`: every run is sent with a key, and one waiting, one retrying and one running per key
   * is all the queue keeps. Otherwise every run sent is kept.
   */
  keyed?: boolean;
}

/** What a deployment (or a test) may tune of a job's handling without changing what it does. */
export type JobTuning = Partial<Pick<JobDefinition, 'retry' | 'expireInSeconds'>>;

/** Where jobs are sent: the in-process runner (local mode) or the PostgreSQL queue (team mode). */
export interface JobQueue {
  /**
   * Queues a run of `name` with `data`. With a `key`, a run with the same key still waiting or
   * running makes this one a no-op.
   */
  send(name: string, data: unknown, options?: { key?: string }): Promise<void>;
}

/** Jobs by name, each name once. */
export class JobRegistry {
  readonly #jobs = new Map<string, JobDefinition>();

  constructor(jobs: readonly JobDefinition[]) {
    for (const job of jobs) {
      if (this.#jobs.has(job.name)) throw new Error(`Two jobs are named ${job.name}.`);
      this.#jobs.set(job.name, job);
    }
  }

  get all(): JobDefinition[] {
    return [...this.#jobs.values()];
  }

  /** The job named `name`, or a validation error naming it. */
  get(name: string): JobDefinition {
    const job = this.#jobs.get(name);
    if (job === undefined) throw AppError.validation('job', `no job is named ${name}`);
    return job;
  }

  /** The job's data as its schema reads it, or a validation error naming the job and field. */
  parse(name: string, data: unknown): unknown {
    const parsed = this.get(name).data.safeParse(data);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') || 'data';
    throw AppError.validation(`${name}.${field}`, issue?.message ?? 'is not valid');
  }
}

/** A job definition with its data type erased, for a list of mixed jobs. */
export function defineJob<Data, Result>(job: JobDefinition<Data, Result>): JobDefinition {
  return job as unknown as JobDefinition;
}

/** Data for jobs that take none. */
export const noData = z.object({}).strict();

/**
 * Whether a failure would fail the same way on a retry: an expected error about the data (it was
 * sent already, it is gone, it is invalid). A mail server that refused or could not be reached,
 * and anything unexpected (a lost connection), may pass on a retry.
 */
export function isFinalFailure(error: unknown): boolean {
  return isAppError(error) && error.code !== 'mail_failed' && error.code !== 'too_many_requests';
}
