import type { Command } from 'commander';
import { markSentSchema, type Message } from '../../core/message';
import { listMessages, markMessageNotSent, markMessageSent } from '../../use-cases/messages';
import { getRecoverySettings } from '../../use-cases/recovery-settings';
import { commandContext, parseFlags, withWorkspace, withWorkspaceAsIs } from '../context';
import { type Io, printJson } from '../output';

/** "Fri 27 Nov, 09:00" in the user's time zone. */
export function localWhen(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(instant));
}

function registerSent(program: Command, io: Io) {
  program
    .command('sent')
    .description(
      'Record that a message went out (you sent it yourself): logs it with the person and completes its step; --undo takes that back',
    )
    .argument('<id>', 'message id')
    .option('--at <date-time>', 'when it went out (default now)')
    .option('--task <id>', 'the plan step it completes (default: the matching open one)')
    .option(
      '--undo',
      'mark it not sent: a draft again, its logged touch removed, its step reopened',
    )
    .action(
      async (
        id: string,
        opts: { at?: string; task?: string; undo?: boolean },
        command: Command,
      ) => {
        const context = commandContext(command, io);
        if (opts.undo) {
          const result = await withWorkspaceAsIs(context, (deps) =>
            markMessageNotSent(deps, { id }),
          );
          if (context.json) return printJson(io, result);
          const steps = result.reopenedTasks.length;
          io.out(
            [
              `Marked not sent: ${id} is a draft again.`,
              ...(result.removedInteractionIds.length > 0
                ? ['The touch it logged with the person is gone.']
                : []),
              ...(steps > 0
                ? [`${steps === 1 ? 'Its step is' : `${steps} steps are`} open again.`]
                : []),
            ].join('\n'),
          );
          return;
        }
        const input = parseFlags(
          markSentSchema,
          { sentAt: opts.at, taskId: opts.task },
          { sentAt: '--at', taskId: '--task' },
        );
        const result = await withWorkspace(
          context,
          (deps) => markMessageSent(deps, { id, ...input }),
          { sentAt: '--at', taskId: '--task' },
        );
        if (context.json) return printJson(io, result);
        io.out(
          [
            `Recorded ${id} as sent.`,
            ...(result.task ? [`Plan step done: ${result.task.reason}`] : []),
            `Sent it by mistake? rebound sent ${id} --undo`,
          ].join('\n'),
        );
      },
    );
}

function describeScheduled(message: Message, timeZone: string): string {
  const what = `${message.id}  "${message.subject ?? ''}" to ${message.recipient ?? '(nobody yet)'}`;
  if (message.scheduled) return `${what}\n  goes ${localWhen(message.scheduled.at, timeZone)}`;
  const failure = message.sendFailure;
  return failure
    ? `${what}\n  did not go (${localWhen(failure.at, timeZone)}): ${failure.error}`
    : what;
}

function registerScheduled(program: Command, io: Io) {
  program
    .command('scheduled')
    .description('List messages set to be sent later, and scheduled sends that failed')
    .action(async (_opts: unknown, command: Command) => {
      const context = commandContext(command, io);
      const { scheduled, failed, timeZone } = await withWorkspaceAsIs(context, async (deps) => {
        const page = (sendState: 'scheduled' | 'failed') =>
          listMessages(deps, { sendState, limit: 200, offset: 0 });
        return {
          scheduled: (await page('scheduled')).items,
          failed: (await page('failed')).items,
          timeZone: (await getRecoverySettings(deps)).timeZone,
        };
      });
      if (context.json) return printJson(io, { scheduled, failed });
      const lines: string[] = [];
      if (scheduled.length === 0) lines.push('Nothing is scheduled to be sent.');
      else {
        lines.push('Scheduled (they go while Rebound runs, or when it next starts):');
        for (const m of scheduled) lines.push(describeScheduled(m, timeZone));
      }
      if (failed.length > 0) {
        lines.push('', 'Scheduled sends that failed (still drafts):');
        for (const m of failed) lines.push(describeScheduled(m, timeZone));
      }
      io.out(lines.join('\n'));
    });
}

/** `rebound sent` (and `--undo`) and `rebound scheduled`. */
export function registerMessageCommands(program: Command, io: Io) {
  registerSent(program, io);
  registerScheduled(program, io);
}
