import type { Command } from 'commander';
import { AppError } from '../../core/app-error';
import { REJECTION_CHANNELS } from '../../core/enums';
import {
  FIT_ANSWERS,
  MOODS,
  reflectionInputSchema,
  type Reflection,
} from '../../core/recovery/reflection';
import { feedbackInputSchema, REJECTABLE_STAGES, rejectionInputSchema } from '../../core/rejection';
import { recordFeedback } from '../../use-cases/feedback';
import { getRecoveryPlan, refreshRecoveryPlan } from '../../use-cases/recovery-plan';
import { winInputSchema } from '../../core/wellbeing/win';
import { saveReflection } from '../../use-cases/reflection';
import { recordRejection } from '../../use-cases/rejections';
import { collect, commandContext, parseFlags, withWorkspace } from '../context';
import { type Io, printJson } from '../output';
import { formatPlan, formatReflection } from '../recovery-output';

type Flags = Record<string, string | string[] | boolean | undefined>;

const REFLECTION_FLAGS = {
  fitWhy: '--fit-why',
  missingSkills: '--missing',
  forgotToHighlight: '--forgot',
  hardQuestions: '--question',
  wentWell: '--went-well',
  feelingNote: '--feeling-note',
};

/** Reflection fields `--clear` accepts, by the name of the flag that sets them. */
const CLEARABLE: Record<string, keyof typeof reflectionInputSchema.shape> = {
  fit: 'fit',
  'fit-why': 'fitWhy',
  missing: 'missingSkills',
  communication: 'communication',
  forgot: 'forgotToHighlight',
  question: 'hardQuestions',
  'went-well': 'wentWell',
  feeling: 'feeling',
  'feeling-note': 'feelingNote',
};

const list = (value: Flags[string]): string[] => (Array.isArray(value) ? value : []);

/** `--answer 2="…"` or `--answer qst_…="…"`: a better answer to a question already noted. */
function applyAnswers(
  questions: { id?: string; question: string; betterAnswer?: string | null }[],
  answers: string[],
) {
  for (const answer of answers) {
    const match = /^([^=]+)=(.+)$/s.exec(answer);
    const key = match?.[1]?.trim() ?? '';
    const target = /^\d+$/.test(key)
      ? questions[Number(key) - 1]
      : questions.find((q) => q.id === key);
    if (!match || !target) {
      throw AppError.validation(
        '--answer',
        `must be NUMBER=TEXT or QUESTION_ID=TEXT for a question you noted; there are ${questions.length}`,
      );
    }
    target.betterAnswer = match[2]?.trim() ?? null;
  }
}

/** What the flags change in the reflection: lists grow unless `--replace`, `--clear` empties. */
function reflectionChange(opts: Flags, current: Reflection | null) {
  const replace = opts.replace === true;
  const grow = <T>(existing: T[], added: T[], flagGiven: boolean) =>
    flagGiven ? (replace ? added : [...existing, ...added]) : undefined;
  const questions = [
    ...(replace && list(opts.question).length > 0 ? [] : (current?.hardQuestions ?? [])),
    ...list(opts.question).map((question) => ({ question })),
  ].map((q) => ({ ...q }));
  applyAnswers(questions, list(opts.answer));
  const input: Record<string, unknown> = {
    fit: opts.fit,
    fitWhy: opts.fitWhy,
    missingSkills: grow(
      current?.missingSkills.map((s) => s.label) ?? [],
      list(opts.missing),
      list(opts.missing).length > 0,
    ),
    communication: opts.communication,
    forgotToHighlight: grow(
      current?.forgotToHighlight ?? [],
      list(opts.forgot),
      list(opts.forgot).length > 0,
    ),
    hardQuestions:
      list(opts.question).length > 0 || list(opts.answer).length > 0 ? questions : undefined,
    wentWell: opts.wentWell,
    feeling: opts.feeling,
    feelingNote: opts.feelingNote,
  };
  for (const flag of list(opts.clear)) {
    const field = CLEARABLE[flag];
    if (!field) {
      throw AppError.validation('--clear', `must be one of ${Object.keys(CLEARABLE).join(', ')}`);
    }
    input[field] = null;
  }
  return parseFlags(reflectionInputSchema, input, REFLECTION_FLAGS);
}

function registerReject(program: Command, io: Io) {
  program
    .command('reject')
    .description('Record that an application was rejected and start its recovery plan')
    .argument('<id>', 'application id')
    .option('--date <day>', 'when the news came, YYYY-MM-DD (default today)')
    .option('--stage <stage>', `the furthest stage reached: ${REJECTABLE_STAGES.join(' | ')}`)
    .option('--channel <channel>', `how it came: ${REJECTION_CHANNELS.join(' | ')}`)
    .option('--reason <text>', 'the reason they gave, if any')
    .option('--human', 'a person made or delivered the decision')
    .option('--no-human', 'nobody did: an instant automated rejection')
    .option('--contact <contactId>', 'who told you')
    .option('--senior', 'the role was senior (a longer wait before re-applying)')
    .option('--no-senior', 'the role was not senior')
    .option('--feeling <mood>', `how the news landed: ${MOODS.join(' | ')}`)
    .action(async (id: string, opts: Flags, command: Command) => {
      const context = commandContext(command, io);
      const input = parseFlags(
        rejectionInputSchema,
        {
          date: opts.date,
          stage: opts.stage,
          channel: opts.channel,
          reason: opts.reason,
          humanContact: opts.human,
          contactId: opts.contact,
          seniorRole: opts.senior,
          feeling: opts.feeling,
        },
        { humanContact: '--human', contactId: '--contact', seniorRole: '--senior' },
      );
      const result = await withWorkspace(
        context,
        (deps) => recordRejection(deps, { applicationId: id, input }),
        { humanContact: '--human', contactId: '--contact', seniorRole: '--senior' },
      );
      if (context.json) return printJson(io, result);
      io.out(
        `${result.created ? 'Recorded' : 'Corrected'} the rejection. ${formatPlan(result.plan)}`,
      );
    });
}

function registerReflect(program: Command, io: Io) {
  program
    .command('reflect')
    .description('Fill in or change the guided reflection on a rejection (no flags: show it)')
    .argument('<id>', 'application id')
    .option('--fit <answer>', `was the job a fit for your life: ${FIT_ANSWERS.join(' | ')}`)
    .option('--fit-why <text>', 'why, or why not')
    .option(
      '--missing <skill>',
      'a skill or qualification they wanted that you lack (repeatable)',
      collect,
      [],
    )
    .option('--communication <text>', 'how you communicated')
    .option('--forgot <text>', 'an experience you forgot to highlight (repeatable)', collect, [])
    .option('--question <text>', 'a question that tripped you up (repeatable)', collect, [])
    .option('--answer <n=text>', 'a better answer to question n (repeatable)', collect, [])
    .option('--went-well <text>', 'what went well')
    .option('--win <text>', 'something that went right, kept as a win (repeatable)', collect, [])
    .option('--feeling <mood>', `how you feel right now: ${MOODS.join(' | ')}`)
    .option('--feeling-note <text>', 'a word on how you feel')
    .option(
      '--clear <field>',
      `empty a field (repeatable): ${Object.keys(CLEARABLE).join(', ')}`,
      collect,
      [],
    )
    .option('--replace', 'lists replace what is there instead of adding to it')
    .action(async (id: string, opts: Flags, command: Command) => {
      const context = commandContext(command, io);
      const plan = await withWorkspace(
        context,
        async (deps) => {
          const current = await getRecoveryPlan(deps, { applicationId: id });
          const input = reflectionChange(opts, current.rejection.reflection);
          const wins = ((opts.win as string[] | undefined) ?? []).map(
            (text) => parseFlags(winInputSchema, { text }, { text: '--win' }).text,
          );
          if (Object.values(input).every((v) => v === undefined) && wins.length === 0) {
            return current;
          }
          return saveReflection(deps, { applicationId: id, input, wins });
        },
        REFLECTION_FLAGS,
      );
      if (context.json) return printJson(io, plan.rejection.reflection);
      io.out(formatReflection(plan.rejection.reflection));
    });
}

function registerPlan(program: Command, io: Io) {
  program
    .command('plan')
    .description('Show the recovery plan of a rejected application')
    .argument('<id>', 'application id')
    .option('--refresh', 're-plan the open steps (after adding the people you met, say)')
    .action(async (id: string, opts: Flags, command: Command) => {
      const context = commandContext(command, io);
      const plan = await withWorkspace(context, (deps) =>
        opts.refresh === true
          ? refreshRecoveryPlan(deps, { applicationId: id })
          : getRecoveryPlan(deps, { applicationId: id }),
      );
      if (context.json) return printJson(io, plan);
      io.out(formatPlan(plan));
    });
}

function registerFeedback(program: Command, io: Io) {
  program
    .command('feedback')
    .description('Record feedback received after a rejection')
    .argument('<id>', 'application id')
    .requiredOption('--text <text>', 'what they said')
    .option('--on <day>', 'when it arrived, YYYY-MM-DD (default today)')
    .option('--from <contactId>', 'who sent it (default: who you asked)')
    .action(async (id: string, opts: Flags, command: Command) => {
      const context = commandContext(command, io);
      const flags = { text: '--text', receivedOn: '--on', contactId: '--from' };
      const input = parseFlags(
        feedbackInputSchema,
        { text: opts.text, receivedOn: opts.on, contactId: opts.from },
        flags,
      );
      const plan = await withWorkspace(
        context,
        (deps) => recordFeedback(deps, { applicationId: id, input }),
        flags,
      );
      if (context.json) return printJson(io, plan);
      io.out(`Recorded the feedback from ${plan.application.company}. Thank them for it.`);
    });
}

/** `reject`, `reflect`, `plan` and `feedback`: the recovery of one application. */
export function registerRecoveryCommands(program: Command, io: Io) {
  registerReject(program, io);
  registerReflect(program, io);
  registerPlan(program, io);
  registerFeedback(program, io);
}
