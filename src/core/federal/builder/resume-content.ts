/**
 * A built résumé before it is laid out: the same content becomes a PDF and a Word file, so the
 * two say the same thing in the same order.
 */
export interface ResumeBlock {
  /** Bold lines: title and grade, employer and place, dates and hours. */
  heading: string[];
  /** Plain lines under the heading (an education entry's details, a skills line). */
  lines: string[];
  bullets: string[];
}

export interface ResumeSectionContent {
  title: string;
  blocks: ResumeBlock[];
}

export interface ResumeContent {
  name: string;
  /** "City, ST | phone | email". */
  contactLine: string;
  /** Citizenship, veterans' preference, clearance: one short line each. */
  headerLines: string[];
  sections: ResumeSectionContent[];
}

/** How the résumé is set: USAJOBS recommends a sans-serif font, 10-point text, half-inch margins. */
export interface ResumeStyle {
  bodySize: number;
  titleSize: number;
  headingSize: number;
  marginInches: number;
}

export const DEFAULT_RESUME_STYLE: ResumeStyle = {
  bodySize: 10.5,
  titleSize: 14,
  headingSize: 11,
  marginInches: 0.5,
};

/** The smallest body size the builder will shrink to: USAJOBS suggests 10 points. */
export const MIN_BODY_SIZE = 10;
