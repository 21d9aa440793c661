import type { SmtpSettings } from '../src/core/mail/smtp-settings';
import type { JobTuning } from '../src/runtime/jobs/job-registry';

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
