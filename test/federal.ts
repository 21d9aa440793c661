import { emptyAnnouncement, type Announcement } from '../src/core/federal/announcement';
import type { FederalFinding } from '../src/core/federal/finding';
import { textDocument, type ResumeDocument } from '../src/core/federal/resume-document';
import { analyseResume } from '../src/core/federal/resume-structure';
import type { FederalCheckInput, FederalRule } from '../src/core/federal/rule';

/** A short résumé that passes every rule, for tests to change one thing in. */
export const CLEAN_RESUME = `Dana Whitlock
Columbus, OH | (614) 555-0142 | dana.whitlock@example.org

WORK EXPERIENCE
Program Analyst, GS-0343-11
Bureau of the Fiscal Service, U.S. Department of the Treasury, Parkersburg, WV
05/2019 – Present | 40 hours per week
• Conducted program evaluations of three payment processing lines and briefed managers.
• Analyzed budget execution data and prepared monthly variance reports.

Operations Coordinator
Riverbend Logistics, Columbus, OH
August 2015 – April 2019; 40 hrs/wk
• Scheduled inbound freight for a 12-dock warehouse and tracked carrier performance.

EDUCATION
B.S. Business Administration, Ohio State University, Columbus, OH, 05/2015
`;

/** An announcement with the parts the announcement rules read. */
export function announcementWith(patch: Partial<Announcement> = {}): Announcement {
  return { ...emptyAnnouncement('Management and Program Analyst'), ...patch };
}

export interface RuleRun extends Omit<FederalCheckInput, 'document'> {
  document?: Partial<Omit<ResumeDocument, 'lines'>>;
}

/** Runs one rule on a text résumé and returns its findings. */
export function runFederalRule(
  rule: FederalRule,
  text: string,
  run: RuleRun = {},
): FederalFinding[] {
  const document = textDocument(text, run.document);
  return rule.check({
    document,
    structure: analyseResume(document),
    announcement: run.announcement ?? null,
    attachedDocuments: run.attachedDocuments ?? [],
    essays: run.essays ?? {},
  });
}
