import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { AppError } from '../../core/app-error';
import {
  ANNOUNCEMENT_FORMATS,
  parseAnnouncement,
  type AnnouncementFormat,
} from '../../core/federal/announcement-import';
import {
  ESSAY_TOPICS,
  FEDERAL_DOCUMENTS,
  type EssayTopic,
  type FederalDocument,
} from '../../core/federal/announcement';
import { federalProfileSchema } from '../../core/federal/builder/profile';
import {
  USAJOBS_STATUS_LABELS,
  usajobsStatusChangeSchema,
  payPlanText,
} from '../../core/federal/federal-application';
import type { FederalFinding } from '../../core/federal/finding';
import { resumeReader } from '../../runtime/federal/resume-reader';
import { resumeRenderer } from '../../runtime/federal/resume-renderer';
import {
  buildResume,
  RESUME_FORMATS,
  saveResumeProfile,
  type ResumeFormatOut,
} from '../../use-cases/federal/build-resume';
import { checkResumeFile } from '../../use-cases/federal/check-resume-file';
import {
  createFederalApplication,
  detailsFromAnnouncement,
  listFederalApplications,
  setUsajobsStatus,
  type FederalApplicationView,
} from '../../use-cases/federal/federal-applications';
import { collect, commandContext, parseFlags, withWorkspace } from '../context';
import { writeFileAtomically } from '../files';
import { ExitStatus, formatTable, type Io, printJson } from '../output';

/** Bigger than any résumé USAJOBS takes (5 MB), so an oversized file is reported, not refused. */
const MAX_READ_BYTES = 50 * 1024 * 1024;

function readBytes(file: string, flag: string): Uint8Array {
  try {
    const size = fs.statSync(file).size;
    if (size > MAX_READ_BYTES) throw AppError.validation(flag, `${file} is larger than 50 MB`);
    return new Uint8Array(fs.readFileSync(file));
  } catch (error) {
    if (error instanceof AppError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw AppError.validation(
      flag,
      `${file}: ${code === 'ENOENT' ? 'no such file' : 'cannot be read'}`,
    );
  }
}

function readAnnouncement(file: string, format?: string, flag = '--announcement') {
  if (format !== undefined && !(ANNOUNCEMENT_FORMATS as readonly string[]).includes(format)) {
    throw AppError.validation('--format', `must be one of ${ANNOUNCEMENT_FORMATS.join(', ')}`);
  }
  const text = new TextDecoder().decode(readBytes(file, flag));
  try {
    return parseAnnouncement(text, format as AnnouncementFormat | undefined);
  } catch (error) {
    if (error instanceof AppError) {
      throw new AppError(error.code, `${flag} ${file}: ${error.message}`, { field: flag });
    }
    throw error;
  }
}

function documentsFlag(values: string[]): FederalDocument[] {
  for (const value of values) {
    if (!(FEDERAL_DOCUMENTS as readonly string[]).includes(value)) {
      throw AppError.validation(
        '--attached',
        `${value} is not one of ${FEDERAL_DOCUMENTS.join(', ')}`,
      );
    }
  }
  return values as FederalDocument[];
}

/** Findings the way linters print them: `line  severity  rule  message`, then the source. */
export function formatFederalFindings(
  name: string,
  pages: number | null,
  findings: FederalFinding[],
): string {
  const rows = findings.map((f) => ({
    at: f.line === undefined ? '-' : `${f.line}${f.page ? ` (p${f.page})` : ''}`,
    f,
  }));
  const atWidth = Math.max(1, ...rows.map((r) => r.at.length));
  const sevWidth = Math.max(0, ...rows.map((r) => r.f.severity.length));
  const ruleWidth = Math.max(0, ...rows.map((r) => r.f.rule.length));
  const lines = [
    `${name}: ${pages === null ? 'pages unknown' : `${pages} page${pages === 1 ? '' : 's'}`}`,
  ];
  for (const { at, f } of rows) {
    lines.push(
      `  ${at.padEnd(atWidth)}  ${f.severity.padEnd(sevWidth)}  ${f.rule.padEnd(ruleWidth)}  ${f.message}`,
    );
    lines.push(
      `  ${' '.repeat(atWidth + sevWidth + ruleWidth + 6)}Source: ${f.source.title} <${f.source.url}>`,
    );
  }
  const count = (s: FederalFinding['severity']) => findings.filter((f) => f.severity === s).length;
  lines.push(
    '',
    findings.length === 0
      ? 'No problems found.'
      : `${count('error')} errors, ${count('warning')} warnings, ${count('advice')} advice`,
  );
  return lines.join('\n');
}

interface CheckFlags {
  announcement?: string;
  application?: string;
  attached: string[];
  essay: string[];
}

/** `--essay work_ethic=answer.txt`: each essay answer from its own file. */
function essaysFlag(values: string[]): Partial<Record<EssayTopic, string>> {
  const essays: Partial<Record<EssayTopic, string>> = {};
  for (const value of values) {
    const [topic = '', file] = value.split(/=(.*)/s);
    if (!(ESSAY_TOPICS as readonly string[]).includes(topic) || !file) {
      throw AppError.validation(
        '--essay',
        `${value} must be TOPIC=FILE with TOPIC one of ${ESSAY_TOPICS.join(', ')}`,
      );
    }
    essays[topic as EssayTopic] = new TextDecoder().decode(readBytes(file, '--essay'));
  }
  return essays;
}

function registerCheck(federal: Command, io: Io) {
  federal
    .command('check <file>')
    .description(
      'Check a résumé (PDF, Word or text) under the USAJOBS rules; exits 1 when it finds an error',
    )
    .option(
      '--announcement <file>',
      'an announcement to check against (Search API JSON, saved page or text)',
    )
    .option(
      '--application <id>',
      'a federal application whose announcement, documents and essays to use',
    )
    .option(
      '--attached <doc>',
      `a document you will attach: ${FEDERAL_DOCUMENTS.join(', ')} (repeatable)`,
      collect,
      [],
    )
    .option(
      '--essay <topic=file>',
      `an essay answer to check against its word limit: ${ESSAY_TOPICS.join(', ')} (repeatable)`,
      collect,
      [],
    )
    .action(async (file: string, flags: CheckFlags, command: Command) => {
      const context = commandContext(command, io);
      const bytes = readBytes(file, 'FILE');
      const announcement =
        flags.announcement === undefined ? null : readAnnouncement(flags.announcement);
      const options = {
        reader: resumeReader,
        file: { name: path.basename(file), bytes },
        announcement,
        ...(flags.attached.length > 0 && { attachedDocuments: documentsFlag(flags.attached) }),
        ...(flags.essay.length > 0 && { essays: essaysFlag(flags.essay) }),
      };
      const report =
        flags.application === undefined
          ? await checkResumeFile(null, options)
          : await withWorkspace(
              context,
              (deps) => checkResumeFile(deps, { ...options, applicationId: flags.application }),
              { applicationId: '--application' },
            );
      if (context.json) {
        printJson(io, {
          pages: report.pages,
          findings: report.findings.map((f) => ({
            rule: f.rule,
            severity: f.severity,
            message: f.message,
            ...(f.line !== undefined && { line: f.line }),
          })),
        });
      } else {
        io.out(formatFederalFindings(file, report.pages, report.findings));
      }
      if (report.findings.some((f) => f.severity === 'error')) throw new ExitStatus(1);
    });
}

function describeView(view: FederalApplicationView): string {
  const f = view.federal;
  return [
    `${view.application.id}  ${f.positionTitle}${payPlanText(f) ? ` (${payPlanText(f)})` : ''}`,
    `  ${[f.agency, f.department].filter(Boolean).join(', ') || 'Agency not given'}`,
    `  Announcement ${f.announcementNumber ?? '—'}, control number ${f.controlNumber ?? '—'}`,
    `  Open ${f.openDate ?? '—'}, closes ${f.closeDate ?? '—'}; status: ${f.status ? USAJOBS_STATUS_LABELS[f.status] : 'not applied yet'}`,
  ].join('\n');
}

function registerImport(federal: Command, io: Io) {
  federal
    .command('import <file>')
    .description(
      'Add a federal application from an announcement: Search API JSON, a saved page, or pasted text',
    )
    .option(
      '--format <format>',
      `${ANNOUNCEMENT_FORMATS.join(' | ')} (default: worked out from the file)`,
    )
    .option('--dry-run', 'show what was read without saving it')
    .action(
      async (file: string, flags: { format?: string; dryRun?: boolean }, command: Command) => {
        const context = commandContext(command, io);
        if (flags.dryRun) {
          const announcement = readAnnouncement(file, flags.format, 'FILE');
          if (context.json) printJson(io, announcement);
          else io.out(`${announcement.positionTitle}: read, not saved (--dry-run).`);
          return;
        }
        const announcement = readAnnouncement(file, flags.format, 'FILE');
        const view = await withWorkspace(context, (deps) =>
          createFederalApplication(deps, { input: detailsFromAnnouncement(announcement) }),
        );
        if (context.json) printJson(io, view);
        else io.out(describeView(view));
      },
    );
}

function registerStatus(federal: Command, io: Io) {
  federal
    .command('status <id> <status>')
    .description(
      'Record the status USAJOBS shows: received, reviewing, referred, not_referred, not_selected, selected, cancelled',
    )
    .option('--date <day>', 'the day it changed (default today)')
    .action(async (id: string, status: string, flags: { date?: string }, command: Command) => {
      const context = commandContext(command, io);
      const change = parseFlags(
        usajobsStatusChangeSchema,
        { status, ...(flags.date !== undefined && { date: flags.date }) },
        { status: 'STATUS' },
      );
      const view = await withWorkspace(context, (deps) =>
        setUsajobsStatus(deps, { applicationId: id, ...change }),
      );
      if (context.json) printJson(io, view);
      else io.out(`${describeView(view)}\n  Stage: ${view.application.stage}`);
    });
}

function registerList(federal: Command, io: Io) {
  federal
    .command('list')
    .description('Every federal application, latest closing date first')
    .action(async (_flags: unknown, command: Command) => {
      const context = commandContext(command, io);
      const list = await withWorkspace(context, (deps) => listFederalApplications(deps));
      if (context.json) return printJson(io, list);
      io.out(
        formatTable(
          ['ID', 'Position', 'Grade', 'Agency', 'Closes', 'Status'],
          list.map((f) => [
            f.applicationId,
            f.positionTitle,
            payPlanText(f) ?? '',
            f.agency ?? f.department ?? '',
            f.closeDate ?? '',
            f.status ?? '',
          ]),
        ),
      );
    });
}

function registerProfile(federal: Command, io: Io) {
  federal
    .command('profile <file>')
    .description('Save your experience for the résumé builder from a JSON file (see the README)')
    .action(async (file: string, _flags: unknown, command: Command) => {
      const context = commandContext(command, io);
      let json: unknown;
      try {
        json = JSON.parse(new TextDecoder().decode(readBytes(file, 'FILE')));
      } catch (error) {
        if (error instanceof AppError) throw error;
        throw AppError.validation('FILE', `${file} is not valid JSON`);
      }
      const profile = await withWorkspace(context, (deps) =>
        saveResumeProfile(deps, { profile: json }),
      );
      if (context.json) printJson(io, profile);
      else io.out(`Saved ${profile.jobs.length} jobs for ${profile.name}.`);
    });
}

interface ResumeFlags {
  out: string;
  application?: string;
  announcement?: string;
  profile?: string;
}

function registerResume(federal: Command, io: Io) {
  federal
    .command('resume')
    .description(
      'Build a two-page federal résumé from your saved experience, as PDF or Word (by --out’s extension)',
    )
    .requiredOption('--out <file>', 'where to write it: FILE.pdf or FILE.docx')
    .option('--application <id>', 'tailor it to this federal application’s announcement')
    .option('--announcement <file>', 'or to an announcement file')
    .option('--profile <file>', 'use this experience file instead of the saved one')
    .action(async (flags: ResumeFlags, command: Command) => {
      const context = commandContext(command, io);
      const format = path.extname(flags.out).slice(1).toLowerCase();
      if (!(RESUME_FORMATS as readonly string[]).includes(format)) {
        throw AppError.validation('--out', 'must end in .pdf or .docx');
      }
      const profile =
        flags.profile === undefined
          ? undefined
          : parseFlags(
              federalProfileSchema,
              JSON.parse(new TextDecoder().decode(readBytes(flags.profile, '--profile'))),
              {},
            );
      const options = {
        renderer: resumeRenderer,
        reader: resumeReader,
        format: format as ResumeFormatOut,
        profile,
        announcement:
          flags.announcement === undefined ? null : readAnnouncement(flags.announcement),
        applicationId: flags.application,
      };
      const built =
        profile !== undefined && flags.application === undefined
          ? await buildResume(null, options)
          : await withWorkspace(context, (deps) => buildResume(deps, options), {
              applicationId: '--application',
            });
      const written = writeFileAtomically(flags.out, built.bytes);
      if (context.json) {
        printJson(io, {
          file: written,
          pages: built.pages,
          leftOut: built.leftOut,
          findings: built.findings,
        });
        return;
      }
      io.out(`Wrote ${written} (${built.pages} page${built.pages === 1 ? '' : 's'}).`);
      if (built.leftOut.length > 0)
        io.out(`Left out to fit two pages:\n${built.leftOut.map((l) => `  - ${l}`).join('\n')}`);
      if (built.findings.length > 0)
        io.out(formatFederalFindings(written, built.pages, built.findings));
    });
}

/** `rebound federal …`: the résumé check, announcements, statuses and the résumé builder. */
export function registerFederalCommands(program: Command, io: Io) {
  const federal = program
    .command('federal')
    .description(
      'Federal jobs: check a résumé, import announcements, USAJOBS statuses, build a résumé',
    );
  registerCheck(federal, io);
  registerImport(federal, io);
  registerStatus(federal, io);
  registerList(federal, io);
  registerProfile(federal, io);
  registerResume(federal, io);
}
