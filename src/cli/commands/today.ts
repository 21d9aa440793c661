import type { Command } from 'commander';
import { AppError } from '../../core/app-error';
import { addDays, isCalendarDay } from '../../core/dates';
import { INTERACTION_CHANNELS } from '../../core/enums';
import { interactionInputSchema } from '../../core/interaction';
import { snoozeInputSchema } from '../../core/recovery/snooze';
import { taskDoneSchema } from '../../core/task';
import { getAgenda, getToday } from '../../use-cases/agenda';
import { logInteraction } from '../../use-cases/interactions';
import { snoozeContactKeepInTouch } from '../../use-cases/keep-in-touch';
import { completeTask, reopenTask, skipTask, snoozeTask } from '../../use-cases/tasks';
import { commandContext, intFlag, parseFlags, withWorkspace } from '../context';
import { type Io, printJson } from '../output';
import { formatWellbeing } from '../wellbeing-output';
import { listFreshRejections } from '../../use-cases/wellbeing/letters';
import { getPacing } from '../../use-cases/wellbeing/pacing';
import { formatAgenda, formatKeepInTouch } from '../recovery-output';

type Flags = Record<string, string | boolean | undefined>;

/**
 * The contact behind a keep-in-touch reminder: Today lists them as `keep-in-touch:con_…`, and a
 * bare contact id works too. Anything else is a plan step's id.
 */
function contactOf(id: string): string | undefined {
  const bare = id.startsWith('keep-in-touch:') ? id.slice('keep-in-touch:'.length) : id;
  return bare.startsWith('con_') ? bare : undefined;
}

function dayFlag(value: string | boolean | undefined, flag: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (!isCalendarDay(value))
    throw AppError.validation(flag, 'must be a date in the form YYYY-MM-DD');
  return value;
}

/** `--tomorrow`, `--next-week` or `--until DAY`, exactly one of them. */
function snoozeTarget(opts: Flags): string {
  const chosen = [
    opts.tomorrow === true ? 'tomorrow' : undefined,
    opts.nextWeek === true ? 'next-week' : undefined,
    typeof opts.until === 'string' ? opts.until : undefined,
  ].filter((v): v is string => v !== undefined);
  if (chosen.length !== 1) {
    throw AppError.validation(
      '--until',
      'give exactly one of --until DATE, --tomorrow or --next-week',
    );
  }
  return parseFlags(snoozeInputSchema, { until: chosen[0] }, { until: '--until' }).until;
}

function registerToday(program: Command, io: Io) {
  program
    .command('today')
    .description('What to do: overdue, today and this week, for whom and why now')
    .option('--from <day>', 'first day, YYYY-MM-DD (default today)')
    .option('--to <day>', 'last day, YYYY-MM-DD (default a week on)')
    .option('--days <n>', 'how many days to show from --from (default 7)')
    .option('--no-overdue', 'leave out what is overdue')
    .action(async (opts: Flags, command: Command) => {
      const context = commandContext(command, io);
      const from = dayFlag(opts.from, '--from');
      const days = intFlag(opts.days as string | undefined, '--days');
      if (days !== undefined && (days < 1 || days > 366)) {
        throw AppError.validation('--days', 'must be from 1 to 366');
      }
      const { agenda, gentle } = await withWorkspace(
        context,
        async (deps) => {
          const start = from ?? (await getToday(deps)).today;
          const to = dayFlag(opts.to, '--to') ?? addDays(start, (days ?? 7) - 1);
          const found = await getAgenda(deps, {
            from: start,
            to,
            ...(opts.overdue === false && { includeOverdue: false }),
          });
          // The kind lines are for people reading; the JSON stays the agenda alone.
          const kind = context.json
            ? ''
            : formatWellbeing({
                fresh: await listFreshRejections(deps),
                pace: await getPacing(deps),
              });
          return { agenda: found, gentle: kind };
        },
        { from: '--from', to: '--to' },
      );
      if (context.json) return printJson(io, agenda);
      io.out(formatAgenda(agenda));
      if (gentle !== '') io.out(`\n${gentle}`);
    });
}

function registerDone(program: Command, io: Io) {
  program
    .command('done')
    .description('Mark a step done (for a keep-in-touch reminder: log that you were in touch)')
    .argument('<id>', 'a step id, or a contact id from a keep-in-touch reminder')
    .option('--message <id>', 'the sent message that did it')
    .option('--interaction <id>', 'the logged interaction that did it')
    .option('--channel <channel>', `how you reached them: ${INTERACTION_CHANNELS.join(' | ')}`)
    .option('--summary <text>', 'what you sent or talked about')
    .option('--no-log', 'do not log an interaction for it')
    .action(async (id: string, opts: Flags, command: Command) => {
      const context = commandContext(command, io);
      const contactId = contactOf(id);
      if (contactId !== undefined) {
        const input = parseFlags(
          interactionInputSchema,
          { contactId, channel: opts.channel ?? 'email', summary: opts.summary ?? 'Kept in touch' },
          { contactId: 'ID' },
        );
        const interaction = await withWorkspace(context, (deps) => logInteraction(deps, input));
        if (context.json) return printJson(io, interaction);
        return io.out(
          `Logged that you were in touch (${interaction.id}); the cadence starts again.`,
        );
      }
      const flags = {
        messageId: '--message',
        interactionId: '--interaction',
        logInteraction: '--no-log',
      };
      const done = parseFlags(
        taskDoneSchema,
        {
          messageId: opts.message,
          interactionId: opts.interaction,
          channel: opts.channel,
          summary: opts.summary,
          logInteraction: opts.log !== false,
        },
        flags,
      );
      const task = await withWorkspace(
        context,
        (deps) => completeTask(deps, { id, ...done }),
        flags,
      );
      if (context.json) return printJson(io, task);
      io.out(`Done: ${task.title}.`);
    });
}

function registerSkip(program: Command, io: Io) {
  program
    .command('skip')
    .description('Skip a step: it leaves Today and the calendar')
    .argument('<id>', 'step id')
    .action(async (id: string, _opts: Flags, command: Command) => {
      const context = commandContext(command, io);
      if (contactOf(id) !== undefined) {
        throw AppError.validation(
          'ID',
          'keep-in-touch reminders come back with the cadence: snooze one (rebound snooze ID --next-week) or turn it off (rebound cadence CONTACT --off)',
        );
      }
      const task = await withWorkspace(context, (deps) => skipTask(deps, { id }));
      if (context.json) return printJson(io, task);
      io.out(`Skipped: ${task.title}.`);
    });
}

function registerSnooze(program: Command, io: Io) {
  program
    .command('snooze')
    .description('Put a step or a keep-in-touch reminder off to another day')
    .argument('<id>', 'a step id, or a contact id from a keep-in-touch reminder')
    .option('--until <day>', 'the day to bring it back, YYYY-MM-DD')
    .option('--tomorrow', 'bring it back tomorrow')
    .option('--next-week', 'bring it back next Monday')
    .action(async (id: string, opts: Flags, command: Command) => {
      const context = commandContext(command, io);
      const until = snoozeTarget(opts);
      const contactId = contactOf(id);
      if (contactId !== undefined) {
        const result = await withWorkspace(context, (deps) =>
          snoozeContactKeepInTouch(deps, { contactId, until }),
        );
        if (context.json) return printJson(io, result);
        return io.out(formatKeepInTouch(result.contact.name, result.status));
      }
      const result = await withWorkspace(context, (deps) => snoozeTask(deps, { id, until }), {
        until: '--until',
      });
      if (context.json) return printJson(io, result);
      const moved = result.moved.map((t) => `\n  Moved with it: ${t.title}`).join('');
      io.out(`Snoozed to ${result.task.dueOn}: ${result.task.title}.${moved}`);
    });
}

function registerReopen(program: Command, io: Io) {
  program
    .command('reopen')
    .description('Open a done or skipped step again')
    .argument('<id>', 'step id')
    .action(async (id: string, _opts: Flags, command: Command) => {
      const context = commandContext(command, io);
      const task = await withWorkspace(context, (deps) => reopenTask(deps, { id }));
      if (context.json) return printJson(io, task);
      io.out(`Reopened: ${task.title} (${task.when}).`);
    });
}

/** `today` and the commands that act on its items: `done`, `skip`, `snooze`, `reopen`. */
export function registerTodayCommands(program: Command, io: Io) {
  registerToday(program, io);
  registerDone(program, io);
  registerSkip(program, io);
  registerSnooze(program, io);
  registerReopen(program, io);
}
