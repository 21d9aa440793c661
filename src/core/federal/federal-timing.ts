import { SOURCES, type SourceRef } from './sources';

/**
 * When the federal steps fall, each with its reason. USAJOBS closes an announcement at 11:59 PM
 * Eastern on the closing date (or earlier, once an application cap is reached), so the steps
 * before it leave room for a problem on the day.
 */
export interface FederalTimingRule {
  days: number;
  reason: string;
  source: SourceRef;
}

export const FEDERAL_TIMING = {
  tailorResume: {
    days: 7,
    reason:
      'A week before the closing date: time to put the announcement’s specialized experience in its own words under your jobs, and fit two pages',
    source: SOURCES.qualifications,
  },
  gatherDocuments: {
    days: 5,
    reason:
      'Five days before the closing date: an SF-50, DD-214 or transcript can take days to find or request, and an application missing one may not be considered',
    source: SOURCES.documents,
  },
  answerEssays: {
    days: 3,
    reason: 'Three days before the closing date: the essays are short, but worth a second read',
    source: SOURCES.essays,
  },
  submit: {
    days: 1,
    reason:
      'The day before the closing date: announcements close at 11:59 PM Eastern, and some close early once enough people apply',
    source: SOURCES.qualifications,
  },
  askContact: {
    days: 2,
    reason:
      'Two days after the news: the contact on the announcement is the HR specialist who rated the applications, and the person who can say what decided it',
    source: SOURCES.hiringProcess,
  },
  watch: {
    days: 1,
    reason:
      'The day after the news: federal jobs are filled announcement by announcement, so the next chance is a new announcement in the same series and grade',
    source: SOURCES.searchApi,
  },
} as const satisfies Record<string, FederalTimingRule>;

/** "(USAJOBS Help: …)" for a step's reason. */
export function sourceNote(rule: FederalTimingRule): string {
  return ` (${rule.source.title}: ${rule.source.url})`;
}
