import type { Command } from 'commander';
import { AppError } from '../../core/app-error';
import {
  PRACTICE_RATINGS,
  practiceCardPatchSchema,
  practiceReviewInputSchema,
  STAR_PARTS,
} from '../../core/practice/card';
import {
  getPracticeCard,
  listPracticeCards,
  reviewPracticeCard,
  updatePracticeCard,
} from '../../use-cases/practice';
import { collect, commandContext, intFlag, parseFlags, withWorkspace } from '../context';
import { formatCard, formatCardPage } from '../insights-output';
import { type Io, printJson } from '../output';

type Flags = Record<string, string | string[] | boolean | undefined>;

const EDITABLE = ['question', 'answer', ...STAR_PARTS] as const;

function registerList(practice: Command, io: Io) {
  practice
    .option('--all', 'the whole deck, not only what is due today')
    .option('--limit <n>', 'how many cards (default 50)')
    .option('--offset <n>', 'skip this many cards')
    .action(async (opts: Flags, command: Command) => {
      const context = commandContext(command, io);
      const filter = opts.all === true ? 'all' : 'due';
      const limit = intFlag(opts.limit as string | undefined, '--limit') ?? 50;
      const offset = intFlag(opts.offset as string | undefined, '--offset') ?? 0;
      if (limit < 1 || limit > 500) throw AppError.validation('--limit', 'must be from 1 to 500');
      if (offset < 0) throw AppError.validation('--offset', 'must not be negative');
      const page = await withWorkspace(context, (deps) =>
        listPracticeCards(deps, { filter, limit, offset }),
      );
      if (context.json) return printJson(io, page);
      io.out(formatCardPage(page, filter));
    });
}

function registerShow(practice: Command, io: Io) {
  practice
    .command('show')
    .description('One card: the question, your answer with the STAR prompts, where it came up')
    .argument('<id>', 'a card id (crd_…)')
    .action(async (id: string, _opts: unknown, command: Command) => {
      const context = commandContext(command, io);
      const card = await withWorkspace(context, (deps) => getPracticeCard(deps, { id }));
      if (context.json) return printJson(io, card);
      io.out(formatCard(card));
    });
}

function registerReview(practice: Command, io: Io) {
  practice
    .command('review')
    .description('Record a practice round and how it went; the card comes back when it should')
    .argument('<id>', 'a card id (crd_…)')
    .argument('<rating>', PRACTICE_RATINGS.join(' | '))
    .action(async (id: string, rating: string, _opts: unknown, command: Command) => {
      const context = commandContext(command, io);
      const input = parseFlags(practiceReviewInputSchema, { rating }, { rating: 'RATING' });
      const card = await withWorkspace(context, (deps) =>
        reviewPracticeCard(deps, { id, rating: input.rating }),
      );
      if (context.json) return printJson(io, card);
      io.out(`Rated ${input.rating}. Next time: ${card.isDue ? 'later today' : card.dueOn}.`);
    });
}

function registerEdit(practice: Command, io: Io) {
  practice
    .command('edit')
    .description('Write or change a card’s answer, its STAR parts or its wording')
    .argument('<id>', 'a card id (crd_…)')
    .option('--question <text>', 'the question as you want to practise it')
    .option('--answer <text>', 'your improved answer')
    .option('--situation <text>', 'STAR: where and when, what was at stake')
    .option('--task <text>', 'STAR: what was yours to do')
    .option('--action <text>', 'STAR: what you did')
    .option('--result <text>', 'STAR: how it ended, in numbers if you can')
    .option(
      '--clear <field>',
      `empty a part (repeatable): ${EDITABLE.slice(1).join(', ')}`,
      collect,
      [],
    )
    .action(async (id: string, opts: Flags, command: Command) => {
      const context = commandContext(command, io);
      const patch: Record<string, string | null> = {};
      for (const field of EDITABLE) {
        if (typeof opts[field] === 'string') patch[field] = opts[field];
      }
      for (const field of (opts.clear as string[] | undefined) ?? []) {
        if (!(EDITABLE as readonly string[]).slice(1).includes(field)) {
          throw AppError.validation('--clear', `must be one of ${EDITABLE.slice(1).join(', ')}`);
        }
        patch[field] = null;
      }
      if (Object.keys(patch).length === 0) {
        throw AppError.validation('--answer', 'give something to change, e.g. --answer "…"');
      }
      const input = parseFlags(practiceCardPatchSchema, patch);
      const card = await withWorkspace(context, (deps) =>
        updatePracticeCard(deps, { id, patch: input }),
      );
      if (context.json) return printJson(io, card);
      io.out(formatCard(card));
    });
}

/** `rebound practice …`: the deck of questions that tripped the user up. */
export function registerPracticeCommands(program: Command, io: Io) {
  const practice = program
    .command('practice')
    .description('Practise the questions that tripped you up (no subcommand: what is due today)');
  registerList(practice, io);
  registerShow(practice, io);
  registerReview(practice, io);
  registerEdit(practice, io);
}
