import type { Db } from '../storage/database';
import type { Clock } from '../use-cases/deps';
import {
  sendDueMessages,
  type DueSendsResult,
  type MailSender,
} from '../use-cases/mail/scheduled-sends';

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
 * The small in-process runner that sends scheduled messages when they come due. It keeps nothing
 * in memory: what to send, and when, is in the database, so a send set for tomorrow goes after
 * a restart too, and any number of servers can run one against the same database (each due send
 * is claimed by exactly one). It looks at once when started, then every half minute.
 */
export function startScheduledSendRunner(options: ScheduledSendRunnerOptions): ScheduledSendRunner {
  const log = options.log ?? ((message) => process.stderr.write(`${message}\n`));
  let running: Promise<DueSendsResult> | undefined;
  let stopped = false;

  const tick = async (): Promise<DueSendsResult> => {
    while (running) await running.catch(() => undefined);
    running = sendDueMessages(options, { sender: options.sender });
    try {
      return await running;
    } finally {
      running = undefined;
    }
  };
  const scheduled = (): Promise<DueSendsResult> =>
    stopped
      ? Promise.resolve({ sent: [], failed: [] })
      : tick().catch((error: unknown) => {
          log(
            `rebound: scheduled sends: ${error instanceof Error ? error.message : String(error)}`,
          );
          return { sent: [], failed: [] };
        });
  const timer = setInterval(
    () => void scheduled(),
    options.intervalMs ?? SCHEDULED_SEND_INTERVAL_MS,
  );
  // The timer alone must not keep a finished process (a test, a one-off command) alive.
  timer.unref();

  return {
    firstRun: scheduled(),
    tick,
    async stop() {
      stopped = true;
      clearInterval(timer);
      while (running) await running.catch(() => undefined);
    },
  };
}
