import fs from 'node:fs';
import type { Command } from 'commander';
import {
  applicationInputSchema,
  stageChangeSchema,
  type Application,
} from '../../core/application';
import { STAGE_LABELS, STAGES, type Stage } from '../../core/stages';
import { AppError } from '../../core/app-error';
import { INTERVIEW_FORMATS } from '../../core/enums';
import { interviewInputSchema } from '../../core/interview';
import { getApplicationDetail, type ApplicationDetail } from '../../use-cases/application-detail';
import { changeStage, createApplication, listApplications } from '../../use-cases/applications';
import { addInterview } from '../../use-cases/interviews';
import { collect, commandContext, intFlag, parseFlags, withWorkspace } from '../context';
import { formatTable, type Io, printJson, shortDate } from '../output';

/** A stage typed on the command line, or an error listing the stages there are. */
export function parseStageFlag(value: string, flag: string): Stage {
  if ((STAGES as readonly string[]).includes(value)) return value as Stage;
  throw AppError.validation(flag, `unknown stage "${value}"; use one of ${STAGES.join(', ')}`);
}

function describeApplication(app: Application): string {
  const salary =
    app.salaryMin !== null || app.salaryMax !== null
      ? `${app.salaryMin ?? '?'}–${app.salaryMax ?? '?'} ${app.salaryCurrency ?? ''}`.trim()
      : null;
  return [
    `${app.company} — ${app.role}`,
    `  id        ${app.id}`,
    `  stage     ${STAGE_LABELS[app.stage]} since ${shortDate(app.stageChangedAt)}`,
    app.link && `  link      ${app.link}`,
    app.source && `  source    ${app.source}`,
    app.location && `  location  ${app.location}`,
    salary && `  salary    ${salary}`,
    app.notes && `  notes     ${app.notes}`,
  ]
    .filter(Boolean)
    .join('\n');
}

function printDetail(io: Io, detail: ApplicationDetail) {
  const lines = [describeApplication(detail.application)];
  if (detail.contacts.length > 0) {
    lines.push('', 'People');
    for (const c of detail.contacts) {
      lines.push(
        `  ${c.name}${c.title ? `, ${c.title}` : ''} (${c.relationship.replace('_', ' ')}) ${c.id}`,
      );
    }
  }
  if (detail.interviews.length > 0) {
    lines.push('', 'Interviews');
    for (const i of detail.interviews) {
      lines.push(
        `  ${shortDate(i.scheduledAt)}  round ${i.round}, ${i.format.replace('_', ' ')}  ${i.id}`,
      );
      for (const topic of i.topics) lines.push(`      discussed: ${topic}`);
      for (const question of i.questions) lines.push(`      asked: ${question}`);
    }
  }
  if (detail.rejection) {
    const r = detail.rejection;
    lines.push(
      '',
      `Rejected on ${r.rejectedOn} after ${STAGE_LABELS[r.stageReached].toLowerCase()} (${r.channel})${r.reason ? `: ${r.reason}` : ''}`,
    );
  }
  if (detail.timeline.length > 0) {
    lines.push('', 'Timeline');
    for (const entry of detail.timeline) lines.push(`  ${shortDate(entry.at)}  ${entry.summary}`);
  }
  io.out(lines.join('\n'));
}

export function registerApplicationCommands(program: Command, io: Io) {
  program
    .command('add')
    .description('Add an application')
    .requiredOption('--company <name>', 'the company')
    .requiredOption('--role <title>', 'the role applied for')
    .option('--link <url>', 'the job posting')
    .option('--source <where>', 'where you found it (LinkedIn, referral, …)')
    .option('--location <place>', 'where the job is')
    .option('--salary-min <amount>', 'lowest salary in the range')
    .option('--salary-max <amount>', 'highest salary in the range')
    .option('--currency <code>', 'three-letter currency code, e.g. USD')
    .option('--stage <stage>', `starting stage: ${STAGES.join(', ')}`, 'applied')
    .option('--at <date>', 'when it entered that stage (default now)')
    .option('--applied-on <day>', 'the day you applied, YYYY-MM-DD (default: today)')
    .option('--notes <text>', 'notes')
    .option('--posting-file <file>', 'a text file holding the job posting')
    .action(async (opts: Record<string, string | undefined>, command: Command) => {
      const context = commandContext(command, io);
      let postingText: string | undefined;
      if (opts.postingFile !== undefined) {
        try {
          postingText = fs.readFileSync(opts.postingFile, 'utf8');
        } catch {
          throw AppError.validation('--posting-file', `cannot read ${opts.postingFile}`);
        }
      }
      const input = parseFlags(
        applicationInputSchema,
        {
          company: opts.company,
          role: opts.role,
          link: opts.link,
          source: opts.source,
          location: opts.location,
          salaryMin: intFlag(opts.salaryMin, '--salary-min'),
          salaryMax: intFlag(opts.salaryMax, '--salary-max'),
          salaryCurrency: opts.currency,
          stage: opts.stage,
          stageAt: opts.at,
          appliedOn: opts.appliedOn,
          notes: opts.notes,
          postingText,
        },
        {
          salaryCurrency: '--currency',
          stageAt: '--at',
          appliedOn: '--applied-on',
          postingText: '--posting-file',
        },
      );
      const application = await withWorkspace(context, (deps) => createApplication(deps, input));
      if (context.json) printJson(io, application);
      else io.out(`Added ${application.company} — ${application.role} (${application.id})`);
    });

  program
    .command('list')
    .description('List applications, most recently updated first')
    .option('--stage <stages>', 'only these stages, separated by commas')
    .option('--search <text>', 'text in the company or role')
    .option('--limit <n>', 'how many to show', '50')
    .option('--offset <n>', 'skip this many', '0')
    .action(async (opts: Record<string, string | undefined>, command: Command) => {
      const context = commandContext(command, io);
      const stages = opts.stage?.split(',').map((s) => parseStageFlag(s.trim(), '--stage'));
      const limit = intFlag(opts.limit, '--limit') ?? 50;
      if (limit < 1 || limit > 1000) throw AppError.validation('--limit', 'must be from 1 to 1000');
      const offset = intFlag(opts.offset, '--offset') ?? 0;
      if (offset < 0) throw AppError.validation('--offset', 'must not be negative');
      const page = await withWorkspace(context, (deps) =>
        listApplications(deps, {
          ...(stages !== undefined && { stages }),
          ...(opts.search !== undefined && { search: opts.search }),
          limit,
          offset,
        }),
      );
      if (context.json) return printJson(io, page);
      if (page.items.length === 0)
        return io.out('No applications yet. Add one with: rebound add --company … --role …');
      io.out(
        formatTable(
          ['ID', 'STAGE', 'COMPANY', 'ROLE', 'UPDATED'],
          page.items.map((a) => [
            a.id,
            STAGE_LABELS[a.stage],
            a.company,
            a.role,
            shortDate(a.updatedAt),
          ]),
        ),
      );
      if (page.nextOffset !== null) io.out(`More: rebound list --offset ${page.nextOffset}`);
    });

  program
    .command('show')
    .description('Show one application with its people, interviews and timeline')
    .argument('<id>', 'application id')
    .action(async (id: string, _opts: unknown, command: Command) => {
      const context = commandContext(command, io);
      const detail = await withWorkspace(context, (deps) => getApplicationDetail(deps, { id }));
      if (context.json) printJson(io, detail);
      else printDetail(io, detail);
    });

  program
    .command('stage')
    .description('Move an application to a stage')
    .argument('<id>', 'application id')
    .argument('<stage>', STAGES.join(' | '))
    .option('--at <date>', 'when it happened (default now)')
    .option('--note <text>', 'a note on the change')
    .action(
      async (
        id: string,
        stage: string,
        opts: Record<string, string | undefined>,
        command: Command,
      ) => {
        const context = commandContext(command, io);
        const change = parseFlags(stageChangeSchema, {
          stage: parseStageFlag(stage, 'STAGE'),
          at: opts.at,
          note: opts.note,
        });
        const result = await withWorkspace(context, (deps) => changeStage(deps, { id, ...change }));
        if (context.json) printJson(io, result);
        else
          io.out(
            `${result.application.company} — ${result.application.role} is now ${STAGE_LABELS[result.application.stage]}.`,
          );
      },
    );

  program
    .command('interview')
    .description('Log an interview for an application and the people you met')
    .argument('<id>', 'application id')
    .requiredOption('--at <date>', 'when it took place, e.g. 2026-11-20T15:00')
    .option('--round <n>', 'which round (1 for the first)', '1')
    .option('--format <format>', INTERVIEW_FORMATS.join(' | '), 'video')
    .option('--with <contactId>', 'a person you met (repeatable)', collect, [])
    .option('--topic <text>', 'something you talked about (repeatable)', collect, [])
    .option('--question <text>', 'a question you were asked (repeatable)', collect, [])
    .option('--notes <text>', 'notes')
    .action(
      async (id: string, opts: Record<string, string | string[] | undefined>, command: Command) => {
        const context = commandContext(command, io);
        const input = parseFlags(
          interviewInputSchema,
          {
            scheduledAt: opts.at,
            round: intFlag(opts.round as string | undefined, '--round'),
            format: opts.format,
            contactIds: opts.with,
            topics: opts.topic,
            questions: opts.question,
            notes: opts.notes,
          },
          { scheduledAt: '--at', contactIds: '--with', topics: '--topic', questions: '--question' },
        );
        const interview = await withWorkspace(
          context,
          (deps) => addInterview(deps, { applicationId: id, input }),
          { contactIds: '--with' },
        );
        if (context.json) printJson(io, interview);
        else
          io.out(
            `Logged round ${interview.round} on ${shortDate(interview.scheduledAt)} (${interview.id})`,
          );
      },
    );
}
