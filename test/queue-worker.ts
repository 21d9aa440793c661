/**
 * One queue worker in a process of its own, for tests that kill a server mid-job: it runs the
 * digest job on the PostgreSQL queue (QUEUE_DATABASE_URL) and mails through the test SMTP server
 * on 127.0.0.1 (QUEUE_SMTP_PORT), then prints `ready` and works until it is killed.
 */
import { digestJob } from '../src/runtime/jobs/jobs';
import { startPgBossRunner } from '../src/runtime/jobs/pg-boss-runner';
import { createSmtpTransport } from '../src/runtime/mail/smtp-transport';
import { openDatabase } from '../src/storage/connect';
import { systemClock } from '../src/use-cases/deps';
import { QUEUE_TEST_TUNING, testMailSettings } from './queue-fixtures';

const url = process.env.QUEUE_DATABASE_URL ?? '';
const settings = testMailSettings(Number(process.env.QUEUE_SMTP_PORT));
const handle = openDatabase({ dialect: 'postgres', url, poolSize: 2 });
const sender = () => ({ transport: createSmtpTransport(settings), from: settings.from });
await startPgBossRunner({
  connectionString: url,
  jobs: [digestJob({ db: handle.db, clock: systemClock, sender }, QUEUE_TEST_TUNING)],
  poolSize: 2,
  pollingIntervalSeconds: 0.5,
});
process.stdout.write('ready\n');
