import { z } from 'zod';
import { calendarDay } from '../../core/schema-helpers';
import type { Db } from '../../storage/database';
import type { Clock, UseCaseDeps } from '../../use-cases/deps';
import { sendMessage } from '../../use-cases/mail/send-message';
import { sendDueMessages, type MailSender } from '../../use-cases/mail/scheduled-sends';
import type { FeedFetcher } from '../../use-cases/reading/fetch-port';
import { refreshDueSources } from '../../use-cases/reading/refresh';
import { findDueDigests, sendDigest } from '../../use-cases/team/digests';
import {
  defineJob,
  noData,
  type JobDefinition,
  type JobQueue,
  type JobTuning,
  type Recurrence,
} from './job-registry';

/** The names of Rebound's jobs, as the queue stores them. */
export const JOB_NAMES = {
  sendMessage: 'send-message',
  scheduledSends: 'scheduled-sends',
  feedRefresh: 'feed-refresh',
  dueDigests: 'due-digests',
  digest: 'digest',
  workspaceScheduledSends: 'workspace-scheduled-sends',
  inboxSyncs: 'inbox-syncs',
  inboxSync: 'inbox-sync',
  workspaceFeedRefresh: 'workspace-feed-refresh',
} as const;

/** A sweep that runs on its timer: nothing to retry, the next sweep takes up what is left. */
export const SWEEP = { limit: 0, delaySeconds: 0, backoff: false };
/** Mail to a server that may be down a while: five more tries over about an hour. */
export const MAIL_RETRY = { limit: 5, delaySeconds: 60, backoff: true };

export const idText = z.string().min(1).max(200);

/** Sends one of a seeker's drafts now through the mail account; its claim makes it go once. */
export function sendMessageJob(deps: { db: Db; clock: Clock; sender: MailSender }): JobDefinition {
  return defineJob({
    name: JOB_NAMES.sendMessage,
    data: z.object({
      workspaceId: idText,
      messageId: idText,
      newThread: z.boolean().default(false),
    }),
    retry: MAIL_RETRY,
    expireInSeconds: 300,
    run: ({ workspaceId, messageId, newThread }) =>
      sendMessage(
        { db: deps.db, clock: deps.clock, workspaceId },
        { id: messageId, newThread, ...deps.sender() },
      ),
  });
}

/** Scheduled messages that came due, across workspaces (decision 0018: each claimed once). */
export function scheduledSendsJob(
  deps: { db: Db; clock: Clock; sender: MailSender },
  every: Recurrence,
): JobDefinition {
  return defineJob({
    name: JOB_NAMES.scheduledSends,
    data: noData,
    retry: SWEEP,
    expireInSeconds: 600,
    every,
    run: () => sendDueMessages(deps, { sender: deps.sender }),
  });
}

/** The sources of one workspace whose next check has come (each has its own schedule). */
export function feedRefreshJob(
  deps: UseCaseDeps,
  fetcher: FeedFetcher,
  every: Recurrence,
): JobDefinition {
  return defineJob({
    name: JOB_NAMES.feedRefresh,
    data: noData,
    retry: SWEEP,
    expireInSeconds: 900,
    every,
    run: () => refreshDueSources(deps, { now: deps.clock.now().toISOString(), fetcher }),
  });
}

/** Once a minute: a digest job for every account whose reminder time has come today. */
export function dueDigestsJob(
  deps: { db: Db; clock: Clock; queue: () => JobQueue },
  every: Recurrence,
): JobDefinition {
  return defineJob({
    name: JOB_NAMES.dueDigests,
    data: noData,
    retry: SWEEP,
    expireInSeconds: 300,
    every,
    run: async () => {
      const due = await findDueDigests(deps);
      for (const digest of due) {
        await deps.queue().send(JOB_NAMES.digest, digest, {
          key: `${digest.accountId}:${digest.day}`,
        });
      }
      return due;
    },
  });
}

/** One account's digest for one local day, sent once (see `sendDigest`). */
export function digestJob(
  deps: { db: Db; clock: Clock; sender: MailSender; publicUrl?: string },
  tuning: JobTuning = {},
): JobDefinition {
  return defineJob({
    name: JOB_NAMES.digest,
    data: z.object({ accountId: idText, day: calendarDay }),
    retry: MAIL_RETRY,
    // Longer than any one SMTP conversation: a run still going then is taken for dead.
    expireInSeconds: 120,
    keyed: true,
    ...tuning,
    run: ({ accountId, day }) =>
      sendDigest(deps, {
        accountId,
        day,
        mail: deps.sender(),
        ...(deps.publicUrl !== undefined && { publicUrl: deps.publicUrl }),
      }),
  });
}
