import type { SourceRef } from './sources';

/**
 * How much a finding matters: `error` — USAJOBS or the agency will refuse the résumé or not
 * credit the experience; `warning` — a likely reason to be rated not qualified, or an official
 * recommendation broken; `advice` — worth knowing.
 */
export const FEDERAL_SEVERITIES = ['error', 'warning', 'advice'] as const;
export type FederalSeverity = (typeof FEDERAL_SEVERITIES)[number];

/** One thing the check found, with where it is and why it matters. */
export interface FederalFinding {
  rule: string;
  severity: FederalSeverity;
  message: string;
  /** 1-based line of the extracted text the finding is about. */
  line?: number;
  /** The page that line is on, when the file has pages. */
  page?: number;
  source: SourceRef;
  /** For the announcement checks: the words looked for and not found. */
  words?: string[];
}
