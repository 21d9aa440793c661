import fs from 'node:fs';
import type { Command } from 'commander';
import { AppError, isAppError } from '../../core/app-error';
import { checkMessage } from '../../core/coach/check-message';
import {
  COACHABLE_KINDS,
  coachInputSchema,
  type CoachInputData,
} from '../../core/coach/input-schema';
import type { CoachResult, Finding } from '../../core/coach/types';
import { machineTimeZone } from '../../core/recovery/zoned-time';
import { validationErrorFrom } from '../../core/validation';
import { collect, globalOptions } from '../context';
import { ExitStatus, type Io, printJson, reportError } from '../output';

/** Where each input field comes from on the command line, so errors name what to fix. */
const FLAGS: [string, string][] = [
  ['context.company', '--company'],
  ['context.role', '--role'],
  ['context.contactName', '--to'],
  ['context.facts', '--fact'],
  ['context.otherCompanies', '--other-company'],
  ['context.previousMessages', '--previous'],
  ['context.rejectedAt', '--rejected-at'],
  ['context.sentAt', '--sent-at'],
  ['context.linkedinPlan', '--plan'],
  ['context.timeZone', '--time-zone'],
  ['kind', '--kind'],
  ['text', 'FILE'],
];

interface CoachFlags {
  kind?: string;
  company?: string;
  role?: string;
  to?: string;
  fact: string[];
  otherCompany: string[];
  previous: string[];
  rejectedAt?: string;
  sentAt?: string;
  timeZone?: string;
  plan?: string;
}

function readFile(file: string, flag: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    throw AppError.validation(flag, `cannot read ${file}`);
  }
}

/** The input from flags, with the message from a file or stdin. */
function fromFlags(flags: CoachFlags, text: string) {
  return {
    kind: flags.kind ?? 'feedback_request',
    text,
    context: {
      ...(flags.company !== undefined && { company: flags.company }),
      ...(flags.role !== undefined && { role: flags.role }),
      ...(flags.to !== undefined && { contactName: flags.to }),
      facts: flags.fact,
      otherCompanies: flags.otherCompany,
      previousMessages: flags.previous.map((file) => readFile(file, '--previous')),
      ...(flags.rejectedAt !== undefined && { rejectedAt: flags.rejectedAt }),
      ...(flags.sentAt !== undefined && { sentAt: flags.sentAt }),
      ...(flags.timeZone !== undefined && { timeZone: flags.timeZone }),
      ...(flags.plan !== undefined && { linkedinPlan: flags.plan }),
    },
  };
}

function parse(raw: unknown, fromJson: boolean): CoachInputData {
  const result = coachInputSchema.safeParse(raw);
  if (result.success) return result.data;
  const error = validationErrorFrom(result.error);
  if (fromJson) throw error;
  const field = error.field ?? 'input';
  const flag = FLAGS.find(([path]) => field === path || field.startsWith(`${path}[`))?.[1] ?? field;
  throw new AppError('validation', error.message.replace(field, flag), { field: flag });
}

/** 1-based line and column of an offset, as editors and linters show them. */
function position(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `${line}:${column}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Findings the way linters print them: `line:column  severity  rule  message`. */
export function formatFindings(name: string, text: string, result: CoachResult): string {
  const rows = result.findings.map((f: Finding) => ({ at: position(text, f.start), finding: f }));
  const atWidth = Math.max(0, ...rows.map((r) => r.at.length));
  const severityWidth = Math.max(0, ...rows.map((r) => r.finding.severity.length));
  const ruleWidth = Math.max(0, ...rows.map((r) => r.finding.rule.length));
  const lines = [name];
  for (const { at, finding } of rows) {
    lines.push(
      `  ${at.padEnd(atWidth)}  ${finding.severity.padEnd(severityWidth)}  ${finding.rule.padEnd(ruleWidth)}  ${finding.message}`,
    );
    if (finding.suggestion) {
      lines.push(`  ${' '.repeat(atWidth + severityWidth + ruleWidth + 6)}→ ${finding.suggestion}`);
    }
  }
  const count = (s: Finding['severity']) => result.findings.filter((f) => f.severity === s).length;
  const problems = count('error') + count('warning');
  const notes = count('info');
  lines.push(
    '',
    problems === 0
      ? `No problems found${notes > 0 ? ` (${plural(notes, 'note')})` : ''}.`
      : `${plural(problems, 'problem')} (${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${plural(notes, 'note')})`,
  );
  return lines.join('\n');
}

export function registerCoachCommand(program: Command, io: Io) {
  program
    .command('coach [file]')
    .description(
      'Check a message the way the composer does; exits 1 if it found an error. Reads the message from FILE or stdin; with --json and no FILE, reads the whole input as JSON on stdin.',
    )
    .option('--kind <kind>', `${COACHABLE_KINDS.join(' | ')} (default feedback_request)`)
    .option('--company <name>', 'the company the message is for')
    .option('--role <title>', 'the role applied for')
    .option('--to <name>', 'the person it is for')
    .option('--fact <text>', 'something you talked about (repeatable)', collect, [])
    .option('--other-company <name>', 'a company of another application (repeatable)', collect, [])
    .option('--previous <file>', 'a message you sent before (repeatable)', collect, [])
    .option(
      '--rejected-at <date>',
      'when the rejection came: a day (hours are then never counted) or a date-time',
    )
    .option('--time-zone <zone>', 'where that day is (default this machine’s)')
    .option('--sent-at <date>', 'when it will be sent (default now)')
    .option('--plan <plan>', 'LinkedIn plan: free (default) or paid')
    .action(async (file: string | undefined, flags: CoachFlags, command: Command) => {
      const json = globalOptions(command).json === true;
      let input: CoachInputData;
      let text: string;
      try {
        if (json && file === undefined) {
          const raw = await io.readStdin();
          let parsed: unknown;
          try {
            parsed = JSON.parse(raw);
          } catch {
            throw AppError.validation('stdin', 'is not valid JSON');
          }
          input = parse(parsed, true);
        } else {
          const message = file === undefined ? await io.readStdin() : readFile(file, 'FILE');
          input = parse(fromFlags(flags, message), false);
        }
        text = input.text;
      } catch (error) {
        if (!isAppError(error)) throw error;
        // Usage mistakes exit 2, so scripts can tell them from findings (1).
        reportError(io, error, json);
        throw new ExitStatus(2);
      }
      const sentAt =
        input.context.sentAt ?? (input.context.rejectedAt ? new Date().toISOString() : undefined);
      // A rejection day is placed in this machine's zone unless the input names one.
      const timeZone = input.context.timeZone ?? machineTimeZone();
      const result = checkMessage({ ...input, context: { ...input.context, sentAt, timeZone } });
      if (json) printJson(io, result);
      else io.out(formatFindings(file ?? '<stdin>', text, result));
      if (result.findings.some((f) => f.severity === 'error')) throw new ExitStatus(1);
    });
}
