import { z } from 'zod';
import { entityId } from '../../core/schema-helpers';
import type { UseCaseDeps } from '../../use-cases/deps';
import {
  findWorkspacesWithDueSends,
  sendQueuedMessage,
  sendWorkspaceDueMessages,
  type TeamMailDeps,
} from '../../use-cases/mail/workspace-sends';
import type { WorkspaceMailServices } from '../../http/services';
import { findDueInboxSyncs, syncDueInbox, workspaceInboxService } from '../inbox/workspace-inbox';
import {
  type WorkspaceAccountOptions,
  workspaceMailService,
  workspaceSender,
} from '../mail/workspace-mail';
import {
  defineJob,
  noData,
  type JobDefinition,
  type JobQueue,
  type JobTuning,
  type Recurrence,
  type RetryPolicy,
} from './job-registry';
import { idText, JOB_NAMES, MAIL_RETRY, SWEEP } from './jobs';

/** What the seekers' mail jobs need: the team's database, the queue, and the accounts' keys. */
export interface WorkspaceMailJobsDeps extends TeamMailDeps {
  queue: () => JobQueue;
  accounts: WorkspaceAccountOptions;
}

/** The key that keeps one waiting run per draft, or per workspace. */
export const sendKey = (workspaceId: string, messageId: string) => `${workspaceId}:${messageId}`;

/** Sweeps look every minute; a send or a sync may then take its time. */
const EVERY_MINUTE: Recurrence = { ms: 60_000, cron: '* * * * *' };

/**
 * A team's mail jobs: "send now" through the seeker's own account; every minute, the workspaces
 * with scheduled sends due and with an inbox due a sync, each then worked in a run of its own,
 * scoped to that workspace and through its own account.
 */
export function workspaceMailJobs(
  deps: WorkspaceMailJobsDeps,
  tuning: JobTuning = {},
): JobDefinition[] {
  const sender = (scoped: UseCaseDeps) => workspaceSender(scoped, deps.accounts);
  return [
    defineJob({
      name: JOB_NAMES.sendMessage,
      data: z.object({
        workspaceId: idText,
        messageId: idText,
        newThread: z.boolean().default(false),
        taskId: entityId.optional(),
      }),
      retry: MAIL_RETRY,
      expireInSeconds: 300,
      keyed: true,
      ...tuning,
      run: ({ workspaceId, messageId, newThread, taskId }) =>
        sendQueuedMessage(deps, {
          workspaceId,
          id: messageId,
          newThread,
          ...(taskId !== undefined && { taskId }),
          sender,
        }),
    }),
    ...workspaceSweepJobs({
      queue: deps.queue,
      sweep: JOB_NAMES.scheduledSends,
      perWorkspace: JOB_NAMES.workspaceScheduledSends,
      find: () => findWorkspacesWithDueSends(deps),
      retry: MAIL_RETRY,
      tuning,
      run: (workspaceId) => sendWorkspaceDueMessages(deps, { workspaceId, sender }),
    }),
    ...workspaceSweepJobs({
      queue: deps.queue,
      sweep: JOB_NAMES.inboxSyncs,
      perWorkspace: JOB_NAMES.inboxSync,
      find: () => findDueInboxSyncs(deps),
      // A refused sync waits for the account's next interval; a retry is for the rest.
      retry: MAIL_RETRY,
      tuning,
      run: (workspaceId) => syncDueInbox(deps, { workspaceId, ...deps.accounts }),
    }),
  ];
}

/** A job worked per workspace, and the sweep that finds which workspaces are due. */
export interface WorkspaceSweepOptions<Result> {
  queue: () => JobQueue;
  sweep: string;
  perWorkspace: string;
  find: () => Promise<string[]>;
  retry: RetryPolicy;
  tuning: JobTuning;
  run: (workspaceId: string) => Promise<Result>;
}

/**
 * Every minute, `sweep` queues one keyed run of `perWorkspace` for each workspace `find` says
 * is due; that run works the one workspace.
 */
export function workspaceSweepJobs<Result>(
  options: WorkspaceSweepOptions<Result>,
): JobDefinition[] {
  return [
    workspaceSweep(options.queue, options.sweep, options.perWorkspace, options.find),
    defineJob({
      name: options.perWorkspace,
      data: z.object({ workspaceId: idText }),
      retry: options.retry,
      expireInSeconds: 900,
      keyed: true,
      ...options.tuning,
      run: ({ workspaceId }) => options.run(workspaceId),
    }),
  ];
}

/** Once a minute: one run of `perWorkspace` for every workspace `find` says is due. */
function workspaceSweep(
  queue: () => JobQueue,
  name: string,
  perWorkspace: string,
  find: () => Promise<string[]>,
): JobDefinition {
  return defineJob({
    name,
    data: noData,
    retry: SWEEP,
    expireInSeconds: 300,
    every: EVERY_MINUTE,
    run: async () => {
      const due = await find();
      for (const workspaceId of due) {
        await queue().send(perWorkspace, { workspaceId }, { key: workspaceId });
      }
      return due;
    },
  });
}

/**
 * The API's view of a team's seeker mail: each request's account for its own workspace, and
 * "send now" as a `send-message` run on the queue (one waiting run per draft).
 */
export function workspaceMailServices(
  accounts: WorkspaceAccountOptions,
  queue: () => JobQueue,
): WorkspaceMailServices {
  return {
    mail: (deps) => workspaceMailService(deps, accounts),
    inbox: (deps) => workspaceInboxService(deps, accounts),
    queueSend: (deps, { id, newThread, taskId }) =>
      queue().send(
        JOB_NAMES.sendMessage,
        {
          workspaceId: deps.workspaceId,
          messageId: id,
          newThread,
          ...(taskId !== undefined && { taskId }),
        },
        { key: sendKey(deps.workspaceId, id) },
      ),
  };
}
