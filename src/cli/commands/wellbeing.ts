import type { Command } from 'commander';
import { AppError } from '../../core/app-error';
import { letterInputSchema, letterPatchSchema } from '../../core/wellbeing/letter';
import {
  pacePatchSchema,
  PACE_ITEMS,
  paceRhythmSchema,
  SUGGESTED_RHYTHM,
} from '../../core/wellbeing/pacing';
import { nextMonday } from '../../core/recovery/zoned-time';
import { winInputSchema } from '../../core/wellbeing/win';
import type { Letter } from '../../core/wellbeing/letter';
import type { PaceView } from '../../core/wellbeing/pacing';
import {
  deleteLetter,
  getLetter,
  listLetters,
  updateLetter,
  writeLetter,
} from '../../use-cases/wellbeing/letters';
import { getPacing, updatePacing } from '../../use-cases/wellbeing/pacing';
import { addWin, deleteWin, listWins, practiseWin } from '../../use-cases/wellbeing/wins';
import { commandContext, intFlag, parseFlags, withWorkspace } from '../context';
import { formatTable, type Io, printJson } from '../output';

type Flags = Record<string, string | boolean | undefined>;

/** The letter's text from `--text`, or everything on stdin. */
async function letterText(io: Io, opts: Flags): Promise<string> {
  if (typeof opts.text === 'string') return opts.text;
  return io.readStdin();
}

function firstLine(letter: Letter): string {
  const line = letter.body.split('\n')[0] ?? '';
  return line.length > 60 ? `${line.slice(0, 59)}…` : line;
}

function registerLetterWrite(letter: Command, io: Io) {
  letter
    .command('write')
    .description('Write a new letter (from --text, or from stdin)')
    .option('--application <id>', 'the application it is about')
    .option('--text <text>', 'what you want to say (otherwise read from stdin)')
    .option('--existence', 'let your coach see that a letter exists (never its words)')
    .action(async (opts: Flags, command: Command) => {
      const context = commandContext(command, io);
      const input = parseFlags(
        letterInputSchema,
        {
          body: await letterText(io, opts),
          ...(opts.application !== undefined && { applicationId: opts.application }),
          ...(opts.existence === true && { visibility: 'existence' }),
        },
        { body: '--text', applicationId: '--application' },
      );
      const saved = await withWorkspace(context, (deps) => writeLetter(deps, { input }));
      if (context.json) return printJson(io, saved);
      const seen =
        saved.visibility === 'existence'
          ? 'Your coach may see that it exists and when, never its words'
          : 'It is yours alone';
      io.out(`Kept ${saved.id}. ${seen}; delete it any time with \`letter delete\`.`);
    });
}

function registerLetterShow(letter: Command, io: Io) {
  letter
    .command('show')
    .argument('<id>', 'a letter id (ltr_…)')
    .description('Read a letter')
    .action(async (id: string, _opts: unknown, command: Command) => {
      const context = commandContext(command, io);
      const found = await withWorkspace(context, (deps) => getLetter(deps, { id }));
      if (context.json) return printJson(io, found);
      io.out(found.body);
    });
}

function registerLetterEdit(letter: Command, io: Io) {
  letter
    .command('edit')
    .argument('<id>', 'a letter id (ltr_…)')
    .description('Change a letter (from --text, or from stdin), or who may know it exists')
    .option('--text <text>', 'the new text')
    .option('--private', 'nobody else learns of it (the default)')
    .option('--existence', 'let your coach see that it exists (never its words)')
    .action(async (id: string, opts: Flags, command: Command) => {
      const context = commandContext(command, io);
      const visibility =
        opts.existence === true ? 'existence' : opts.private === true ? 'private' : undefined;
      const body =
        typeof opts.text === 'string' || visibility === undefined
          ? await letterText(io, opts)
          : undefined;
      const patch = parseFlags(
        letterPatchSchema,
        { ...(body !== undefined && { body }), ...(visibility && { visibility }) },
        { body: '--text' },
      );
      const saved = await withWorkspace(context, (deps) => updateLetter(deps, { id, patch }));
      if (context.json) return printJson(io, saved);
      io.out(`Saved ${saved.id} (${saved.visibility}).`);
    });
}

function registerLetterDelete(letter: Command, io: Io) {
  letter
    .command('delete')
    .argument('<id>', 'a letter id (ltr_…)')
    .description('Delete a letter for good')
    .action(async (id: string, _opts: unknown, command: Command) => {
      const context = commandContext(command, io);
      await withWorkspace(context, (deps) => deleteLetter(deps, { id }));
      if (context.json) return printJson(io, { deleted: id });
      io.out(`Deleted ${id} for good.`);
    });
}

function registerLetter(program: Command, io: Io) {
  const letter = program
    .command('letter')
    .description(
      'The letter you won’t send: private, never sent, never shared (no subcommand: list)',
    );
  letter
    .command('list', { isDefault: true })
    .description('Your letters, newest first')
    .option('--application <id>', 'only letters about this application')
    .action(async (opts: Flags, command: Command) => {
      const context = commandContext(command, io);
      const list = await withWorkspace(context, (deps) =>
        listLetters(deps, { applicationId: opts.application as string | undefined }),
      );
      if (context.json) return printJson(io, list);
      if (list.items.length === 0) {
        io.out('No letters yet. `rebound letter write` starts one; only you will ever read it.');
        return;
      }
      io.out(
        formatTable(
          ['ID', 'Written', 'Begins'],
          list.items.map((l) => [l.id, l.createdAt.slice(0, 10), firstLine(l)]),
        ),
      );
      const { daysWritten, windowDays, days, minutesPerDay } = list.rhythm;
      io.out(
        `You wrote on ${daysWritten} of the last ${windowDays} days. If it helps: about ${minutesPerDay} minutes on ${days} days.`,
      );
    });
  registerLetterWrite(letter, io);
  registerLetterShow(letter, io);
  registerLetterEdit(letter, io);
  registerLetterDelete(letter, io);
}

function registerWinAdd(wins: Command, io: Io) {
  wins
    .command('add')
    .argument('<text>', 'what went right')
    .description(
      'Keep a win: a good answer, a kind interviewer, a round reached for the first time',
    )
    .option('--application <id>', 'the application it happened in')
    .option('--on <day>', 'the day it happened (default today)')
    .action(async (text: string, opts: Flags, command: Command) => {
      const context = commandContext(command, io);
      const input = parseFlags(
        winInputSchema,
        {
          text,
          ...(opts.application !== undefined && { applicationId: opts.application }),
          ...(opts.on !== undefined && { on: opts.on }),
        },
        { text: 'TEXT', applicationId: '--application', on: '--on' },
      );
      const win = await withWorkspace(context, (deps) => addWin(deps, { input }));
      if (context.json) return printJson(io, win);
      io.out(`Kept ${win.id}: ${win.text}`);
    });
}

function registerWinDelete(wins: Command, io: Io) {
  wins
    .command('delete')
    .argument('<id>', 'a win id (win_…)')
    .action(async (id: string, _opts: unknown, command: Command) => {
      const context = commandContext(command, io);
      await withWorkspace(context, (deps) => deleteWin(deps, { id }));
      if (context.json) return printJson(io, { deleted: id });
      io.out(`Deleted ${id}.`);
    });
}

function registerWinPractise(wins: Command, io: Io) {
  wins
    .command('practise')
    .alias('practice')
    .argument('<id>', 'a win id (win_…)')
    .description('Make a practice card that asks you to tell the story of this win')
    .action(async (id: string, _opts: unknown, command: Command) => {
      const context = commandContext(command, io);
      const made = await withWorkspace(context, (deps) => practiseWin(deps, { id }));
      if (context.json) return printJson(io, made);
      io.out(
        `${made.created ? 'Made' : 'Already made'} card ${made.cardId}: rebound practice show ${made.cardId}`,
      );
    });
}

function registerWins(program: Command, io: Io) {
  const wins = program
    .command('wins')
    .description('What went right (no subcommand: the most recent wins)');
  wins
    .command('list', { isDefault: true })
    .description('The most recent wins')
    .option('--application <id>', 'only wins of this application')
    .option('--limit <n>', 'how many (default 50)')
    .action(async (opts: Flags, command: Command) => {
      const context = commandContext(command, io);
      const limit = intFlag(opts.limit as string | undefined, '--limit') ?? 50;
      if (limit < 1 || limit > 1000) throw AppError.validation('--limit', 'must be from 1 to 1000');
      const page = await withWorkspace(context, (deps) =>
        listWins(deps, { applicationId: opts.application as string | undefined, limit, offset: 0 }),
      );
      if (context.json) return printJson(io, page);
      if (page.items.length === 0) {
        io.out('No wins kept yet. A good answer or a kind interviewer counts: `rebound wins add`.');
        return;
      }
      io.out(
        formatTable(
          ['ID', 'Day', 'Win'],
          page.items.map((w) => [w.id, w.happenedOn, w.text]),
          70,
        ),
      );
      io.out(`${page.total} ${page.total === 1 ? 'win' : 'wins'} so far.`);
    });
  registerWinAdd(wins, io);
  registerWinDelete(wins, io);
  registerWinPractise(wins, io);
}

function formatPace(view: PaceView): string {
  const lines = [`Week of ${view.week.start} to ${view.week.end}`];
  if (view.paused) lines.push(`Paused until ${view.pausedUntil}.`);
  for (const item of view.items) lines.push(`  ${item.done >= item.goal ? '✓' : '·'} ${item.text}`);
  lines.push(view.summary);
  if (view.rhythm === null) {
    const s = view.suggested;
    lines.push(
      `For example: rebound pace set --applications ${s.applications} --keep-in-touch ${s.keepInTouch} --practice ${s.practice}`,
    );
  }
  return lines.join('\n');
}

const PACE_FLAGS = {
  applications: '--applications',
  keepInTouch: '--keep-in-touch',
  practice: '--practice',
};

/** Applies a change to the pacing and prints the week as it now reads. */
async function changePace(io: Io, command: Command, patch: Record<string, unknown>) {
  const context = commandContext(command, io);
  const input = parseFlags(pacePatchSchema, patch, { pausedUntil: '--until' });
  const view = await withWorkspace(context, (deps) => updatePacing(deps, { patch: input }));
  if (context.json) return printJson(io, view);
  io.out(formatPace(view));
}

function registerPaceSet(pace: Command, io: Io) {
  pace
    .command('set')
    .description('Set how many of each you mean to do in a week (0 leaves one out)')
    .option('--applications <n>', `applications sent (suggested ${SUGGESTED_RHYTHM.applications})`)
    .option(
      '--keep-in-touch <n>',
      `people reached out to (suggested ${SUGGESTED_RHYTHM.keepInTouch})`,
    )
    .option('--practice <n>', `days practised (suggested ${SUGGESTED_RHYTHM.practice})`)
    .option('--off', 'stop pacing')
    .action(async (opts: Flags, command: Command) => {
      if (opts.off === true) return changePace(io, command, { rhythm: null });
      const given: Record<string, number> = {};
      for (const item of PACE_ITEMS) {
        const value = opts[item] as string | undefined;
        given[item] = intFlag(value, PACE_FLAGS[item]) ?? SUGGESTED_RHYTHM[item];
      }
      return changePace(io, command, { rhythm: parseFlags(paceRhythmSchema, given, PACE_FLAGS) });
    });
}

function registerPausing(pace: Command, io: Io) {
  pace
    .command('pause')
    .description('Pause for a bad week (until next Monday unless --until)')
    .option('--until <day>', 'the day to pick up again')
    .action(async (opts: Flags, command: Command) => {
      let until = opts.until as string | undefined;
      if (until === undefined) {
        const context = commandContext(command, io);
        const view = await withWorkspace(context, (deps) => getPacing(deps));
        until = nextMonday(view.week.end);
      }
      return changePace(io, command, { pausedUntil: until });
    });
  pace
    .command('resume')
    .description('Pick the rhythm up again')
    .action(async (_opts: unknown, command: Command) =>
      changePace(io, command, { pausedUntil: null }),
    );
}

function registerPace(program: Command, io: Io) {
  const pace = program
    .command('pace')
    .description('A gentle weekly rhythm: this week’s progress, no streaks (no subcommand: show)')
    .action(async (_opts: unknown, command: Command) => {
      const context = commandContext(command, io);
      const view = await withWorkspace(context, (deps) => getPacing(deps));
      if (context.json) return printJson(io, view);
      io.out(formatPace(view));
    });
  registerPaceSet(pace, io);
  registerPausing(pace, io);
}

/** `rebound letter`, `rebound wins`, `rebound pace`. */
export function registerWellbeingCommands(program: Command, io: Io) {
  registerLetter(program, io);
  registerWins(program, io);
  registerPace(program, io);
}
