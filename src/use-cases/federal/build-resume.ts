import { AppError } from '../../core/app-error';
import type { Announcement } from '../../core/federal/announcement';
import { buildResumeContent } from '../../core/federal/builder/build-content';
import { shortenOnce } from '../../core/federal/builder/fit';
import { federalProfileSchema, type FederalProfile } from '../../core/federal/builder/profile';
import {
  DEFAULT_RESUME_STYLE,
  MIN_BODY_SIZE,
  type ResumeStyle,
} from '../../core/federal/builder/resume-content';
import { FEDERAL_DOCUMENTS } from '../../core/federal/announcement';
import { checkFederalResume } from '../../core/federal/check-resume';
import type { FederalFinding } from '../../core/federal/finding';
import { parseInput } from '../../core/validation';
import { findFederalProfile, saveFederalProfile } from '../../storage/repositories/federal';
import { nowInstant, type UseCaseDeps } from '../deps';
import { requireFederalDetails } from './federal-applications';
import type { ResumeReader, ResumeRenderer } from './federal-ports';

export const RESUME_FORMATS = ['pdf', 'docx'] as const;
export type ResumeFormatOut = (typeof RESUME_FORMATS)[number];

/** The most pages a built résumé may take: the USAJOBS limit. */
const MAX_PAGES = 2;
/** Shortening steps before giving up: ample for 20 jobs of 30 duties. */
const MAX_STEPS = 700;

/** Saves the user's experience for the builder, checked field by field. */
export async function saveResumeProfile(
  deps: UseCaseDeps,
  { profile }: { profile: unknown },
): Promise<FederalProfile> {
  const parsed = parseInput(federalProfileSchema, profile);
  await saveFederalProfile(deps.db, deps.workspaceId, parsed, nowInstant(deps));
  return parsed;
}

/** The stored experience, or null before the user saved any. */
export async function getResumeProfile(deps: UseCaseDeps): Promise<FederalProfile | null> {
  const stored = await findFederalProfile(deps.db, deps.workspaceId);
  return stored === null ? null : parseInput(federalProfileSchema, stored);
}

export interface BuildResumeOptions {
  renderer: ResumeRenderer;
  reader: ResumeReader;
  format: ResumeFormatOut;
  /** A profile given directly; otherwise the stored one. */
  profile?: FederalProfile | undefined;
  announcement?: Announcement | null | undefined;
  /** Or a federal application whose announcement to tailor to. */
  applicationId?: string | undefined;
}

export interface BuiltResume {
  fileName: string;
  bytes: Uint8Array;
  pages: number;
  /** What was left out to fit two pages, in the order it went. */
  leftOut: string[];
  /** The built résumé's own check; the builder makes sure it has no errors. */
  findings: FederalFinding[];
}

/**
 * Builds a federal résumé from the user's experience, tailored to an announcement: laid out as
 * USAJOBS recommends, the announcement's specialized experience first, shortened step by step
 * (always the same steps, in the same order) until it fits two pages, then checked with the
 * same rules a résumé the user uploads is checked with.
 */
export async function buildResume(
  deps: UseCaseDeps | null,
  options: BuildResumeOptions,
): Promise<BuiltResume> {
  const profile = options.profile ?? (deps && (await getResumeProfile(deps)));
  if (!profile) {
    throw AppError.validation(
      'profile',
      'save your experience first (bin/rebound federal profile FILE, or PUT /api/federal/profile)',
    );
  }
  let announcement = options.announcement ?? null;
  if (options.applicationId !== undefined && deps !== null) {
    announcement ??= (await requireFederalDetails(deps, options.applicationId)).announcement;
  }
  let content = buildResumeContent(profile, announcement);
  // An announcement's own rules (1-inch margins, 11-point text) win over USAJOBS's defaults.
  const rules = announcement?.formatRules;
  const minBody = Math.max(MIN_BODY_SIZE, rules?.minFontPoints ?? 0);
  let style: ResumeStyle = {
    ...DEFAULT_RESUME_STYLE,
    bodySize: Math.max(DEFAULT_RESUME_STYLE.bodySize, minBody),
    marginInches: Math.max(DEFAULT_RESUME_STYLE.marginInches, rules?.minMarginInches ?? 0),
  };
  const leftOut: string[] = [];
  let rendered = await options.renderer.pdf(content, style);
  for (let step = 0; rendered.pages > MAX_PAGES && step < MAX_STEPS; step += 1) {
    const next = shortenOnce(content, style, minBody);
    if (!next) break;
    ({ content, style } = next);
    if (next.leftOut) leftOut.push(next.leftOut);
    rendered = await options.renderer.pdf(content, style);
  }
  if (rendered.pages > MAX_PAGES) {
    throw AppError.validation(
      'profile',
      'even shortened as far as it goes, the résumé runs past two pages; shorten the duties',
    );
  }
  const base = profile.name.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'resume';
  const fileName = `${base}-federal-resume.${options.format}`;
  const bytes =
    options.format === 'pdf' ? rendered.bytes : await options.renderer.docx(content, style);
  const document = await options.reader.read({ name: fileName, bytes });
  // Documents travel beside the résumé, not in it: the application's own check reports them.
  const { findings } = checkFederalResume({
    document,
    announcement,
    attachedDocuments: FEDERAL_DOCUMENTS,
  });
  return { fileName, bytes, pages: rendered.pages, leftOut, findings };
}
