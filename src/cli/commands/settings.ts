import type { Command } from 'commander';
import { AppError } from '../../core/app-error';
import { recoverySettingsPatchSchema } from '../../core/recovery/settings';
import { describeSettings } from '../../core/recovery/settings-view';
import { getCalendarFeedToken, rotateCalendarFeedToken } from '../../use-cases/calendar-feed';
import { getRecoverySettings, updateRecoverySettings } from '../../use-cases/recovery-settings';
import { collect, commandContext, parseFlags, withWorkspace } from '../context';
import { type Io, printJson } from '../output';
import { formatSettings } from '../recovery-output';

type Flags = Record<string, string | string[] | undefined>;

/** `NAME=VALUE` pairs from a repeatable flag, values as whole numbers. */
function pairs(values: string[], flag: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const value of values) {
    const match = /^([A-Za-z_]+)=(-?\d+)$/.exec(value.trim());
    if (!match) throw AppError.validation(flag, `must look like NAME=NUMBER, got "${value}"`);
    out[match[1] as string] = Number(match[2]);
  }
  return out;
}

function settingsPatch(opts: Flags) {
  const list = (key: string) => (Array.isArray(opts[key]) ? (opts[key] as string[]) : []);
  const timing: Record<string, number | null> = pairs(list('set'), '--set');
  for (const rule of list('reset')) timing[rule] = null;
  const cadences = pairs(list('cadence'), '--cadence');
  const patch = {
    ...(opts.timeZone !== undefined && {
      timeZone: opts.timeZone === 'default' ? null : opts.timeZone,
    }),
    ...(opts.reminderTime !== undefined && { reminderTime: opts.reminderTime }),
    ...(opts.linkedinPlan !== undefined && { linkedinPlan: opts.linkedinPlan }),
    ...(opts.name !== undefined && { userName: opts.name === '' ? null : opts.name }),
    ...(Object.keys(timing).length > 0 && { timing }),
    ...(Object.keys(cadences).length > 0 && { keepInTouchDays: cadences }),
  };
  return parseFlags(recoverySettingsPatchSchema, patch, {
    timeZone: '--time-zone',
    reminderTime: '--reminder-time',
    linkedinPlan: '--linkedin-plan',
    userName: '--name',
    timing: '--set',
    keepInTouchDays: '--cadence',
  });
}

function registerSettings(program: Command, io: Io) {
  program
    .command('settings')
    .description('Show or change the time zone, reminder time, LinkedIn plan and timing rules')
    .option(
      '--time-zone <zone>',
      'your time zone, e.g. Europe/London ("default" for this machine’s)',
    )
    .option('--reminder-time <HH:MM>', 'when in the day steps fall due')
    .option('--linkedin-plan <plan>', 'free or paid: 200 or 300 characters in a connection note')
    .option('--name <name>', 'how you sign your messages; drafts end with it ("" forgets it)')
    .option(
      '--set <rule=value>',
      'change a timing rule (repeatable), e.g. thankYouDays=2',
      collect,
      [],
    )
    .option('--reset <rule>', 'put a timing rule back to its default (repeatable)', collect, [])
    .option(
      '--cadence <relationship=days>',
      'keep-in-touch days for a relationship (repeatable)',
      collect,
      [],
    )
    .action(async (opts: Flags, command: Command) => {
      const context = commandContext(command, io);
      const patch = settingsPatch(opts);
      const changing = Object.keys(patch).length > 0;
      const result = await withWorkspace(context, async (deps) =>
        changing
          ? updateRecoverySettings(deps, patch)
          : { settings: await getRecoverySettings(deps), rescheduledTasks: 0 },
      );
      const view = describeSettings(result.settings);
      if (context.json)
        return printJson(io, { ...view, rescheduledTasks: result.rescheduledTasks });
      if (changing) io.out(`Saved. ${result.rescheduledTasks} open steps moved.\n`);
      io.out(formatSettings(view));
    });
}

function registerCalendar(program: Command, io: Io) {
  program
    .command('calendar')
    .description('The address to subscribe to in a calendar app (while rebound serve runs)')
    .option('--rotate', 'replace the address; calendars on the old one stop updating')
    .action(async (opts: { rotate?: boolean }, command: Command) => {
      const context = commandContext(command, io);
      const token = await withWorkspace(context, (deps) =>
        opts.rotate === true ? rotateCalendarFeedToken(deps) : getCalendarFeedToken(deps),
      );
      const host = context.config.host === '0.0.0.0' ? '127.0.0.1' : context.config.host;
      const url = `http://${host}:${context.config.port}/calendar/${token}.ics`;
      const webcalUrl = url.replace(/^http:/, 'webcal:');
      if (context.json) return printJson(io, { url, webcalUrl });
      io.out(
        [
          url,
          '',
          'Subscribe to it by URL in your calendar app (see README: After a rejection).',
          'Anyone with this address can read the feed; rotate it with --rotate if it leaks.',
        ].join('\n'),
      );
    });
}

/** `settings` and `calendar`. */
export function registerSettingsCommands(program: Command, io: Io) {
  registerSettings(program, io);
  registerCalendar(program, io);
}
