import type { Db } from '../storage/database';
import type { Clock } from '../use-cases/deps';
import type { DueSendsResult, MailSender } from '../use-cases/mail/scheduled-sends';
import { JOB_NAMES, scheduledSendsJob } from './jobs/jobs';
import { startLocalJobRunner } from './jobs/local-job-runner';

/** How often the runner looks for sends that came due: a scheduled note goes within the minute. */
export const SCHEDULED_SEND_INTERVAL_MS = 30_000;

export interface ScheduledSendRunner {
  /** The run made on start-up: what came due while Rebound was not running goes first. */
  firstRun: Promise<DueSendsResult>;
  /** Sends what is due now; runs never overlap (a second call waits for the first). */
  tick(): Promise<DueSendsResult>;
  /** Stops the timer and waits for a run under way. */
  stop(): Promise<void>;
}

export interface ScheduledSendRunnerOptions {
  db: Db;
  clock: Clock;
  sender: MailSender;
  intervalMs?: number;
  /** Where unexpected errors go (a database that went away); failed sends are stored instead. */
  log?: (message: string) => void;
}

/**
 * The `scheduled-sends` job alone on the in-process runner: it sends scheduled messages when
 * they come due. It keeps nothing in memory: what to send, and when, is in the database, so a
 * send set for tomorrow goes after a restart too, and any number of servers can run one against
 * the same database (each due send is claimed by exactly one). It looks at once when started,
 * then every half minute.
 */
export function startScheduledSendRunner(options: ScheduledSendRunnerOptions): ScheduledSendRunner {
  const log = options.log ?? ((message) => process.stderr.write(`${message}\n`));
  const intervalMs = options.intervalMs ?? SCHEDULED_SEND_INTERVAL_MS;
  const describe = (error: unknown) =>
    `rebound: scheduled sends: ${error instanceof Error ? error.message : String(error)}`;
  const runner = startLocalJobRunner({
    // The first run is the one made below, so the timer's first is one interval away.
    jobs: [
      scheduledSendsJob(options, { ms: intervalMs, cron: '* * * * *', firstAfterMs: intervalMs }),
    ],
    onError: (error) => log(describe(error)),
  });
  const tick = () => runner.runNow<DueSendsResult>(JOB_NAMES.scheduledSends);
  return {
    firstRun: tick().catch((error: unknown) => {
      log(describe(error));
      return { sent: [], failed: [] };
    }),
    tick,
    stop: () => runner.stop(),
  };
}
