import { AppError } from '../../core/app-error';
import type { Announcement, EssayTopic, FederalDocument } from '../../core/federal/announcement';
import { checkFederalResume } from '../../core/federal/check-resume';
import type { FederalFinding } from '../../core/federal/finding';
import type { PageCountMethod, ResumeLine } from '../../core/federal/resume-document';
import type { UseCaseDeps } from '../deps';
import { requireFederalDetails } from './federal-applications';
import type { ResumeFile, ResumeReader } from './federal-ports';

export interface CheckResumeFileOptions {
  reader: ResumeReader;
  file: ResumeFile;
  /** An announcement given directly (the command line's `--announcement FILE`). */
  announcement?: Announcement | null | undefined;
  /** Or a stored federal application, whose announcement, documents and essays are used. */
  applicationId?: string | undefined;
  attachedDocuments?: readonly FederalDocument[] | undefined;
  essays?: Partial<Record<EssayTopic, string>> | undefined;
}

export interface ResumeCheckReport {
  fileName: string;
  pages: number | null;
  pagesMeasuredBy: PageCountMethod | null;
  findings: FederalFinding[];
  /** The text as read, so findings can be shown beside their lines. */
  lines: ResumeLine[];
}

/**
 * Reads a résumé file and checks it, against an announcement when one is given or stored with
 * the application. `deps` is needed only to read a stored application.
 */
export async function checkResumeFile(
  deps: UseCaseDeps | null,
  options: CheckResumeFileOptions,
): Promise<ResumeCheckReport> {
  let announcement = options.announcement ?? null;
  let attached = options.attachedDocuments;
  let essays = options.essays;
  if (options.applicationId !== undefined) {
    if (deps === null)
      throw AppError.validation('applicationId', 'needs a workspace to read the application from');
    const details = await requireFederalDetails(deps, options.applicationId);
    announcement ??= details.announcement;
    attached ??= details.attachedDocuments;
    essays ??= details.essays;
  }
  const document = await options.reader.read(options.file);
  const result = checkFederalResume({
    document,
    announcement,
    attachedDocuments: attached ?? [],
    essays: essays ?? {},
  });
  return {
    fileName: options.file.name,
    pages: result.pages,
    pagesMeasuredBy: document.pagesMeasuredBy,
    findings: result.findings,
    lines: document.lines,
  };
}
