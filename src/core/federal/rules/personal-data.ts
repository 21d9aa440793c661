import type { ResumeLine } from '../resume-document';
import { defineFederalRule, type RuleFinding } from '../rule';
import { SOURCES } from '../sources';

interface Pattern {
  what: string;
  pattern: RegExp;
}

/**
 * Data USAJOBS says to leave out, matched where it is written as a fact about the applicant
 * (a labelled field, a number in SSN form), not wherever a word happens to appear: "Social
 * Security Administration" is an employer and "clients aged 65" a duty.
 */
const PATTERNS: Pattern[] = [
  {
    what: 'a Social Security number',
    pattern: /\b(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}\b/,
  },
  {
    what: 'a Social Security number',
    pattern: /\b(?:SSN|social security (?:number|no\.?|#))\s*[:#]?\s*(?:\d|x{3})/i,
  },
  {
    what: 'your date of birth',
    // "DOB" only as a label ("DOB: 4/2/1990", "D.O.B. 1990"): a city's Department of Buildings
    // is also the DOB.
    pattern:
      /\b(?:date of birth|birth ?date|born(?: on)?)\s*[:-]?\s*\w+|\bD\.?O\.?B\b\.?(?:\s*[:-]\s*\w+|\s+\d)/i,
  },
  { what: 'your age', pattern: /(?:^|[|•,;(]\s*)age\s*[:-]?\s*\d{2}\b|\b\d{2}\s+years\s+old\b/im },
  {
    what: 'your marital status',
    pattern:
      /\bmarital status\b|(?:^|[|•,;]\s*)(?:married|single|divorced|widowed)(?:\s*(?:,|\||$|with\s+\d+\s+children))/im,
  },
  { what: 'your gender or sex', pattern: /(?:^|[|•,;]\s*)(?:gender|sex)\s*:\s*\w+/im },
  { what: 'your religion', pattern: /\breligion\s*:\s*\w+|\breligious affiliation\s*:/i },
  { what: 'your race or ethnicity', pattern: /(?:^|[|•,;]\s*)(?:race|ethnicity)\s*:\s*\w+/im },
  { what: 'your height or weight', pattern: /(?:^|[|•,;]\s*)(?:height|weight)\s*:\s*\d/im },
  {
    what: 'your political affiliation',
    pattern: /\bpolitical (?:affiliation|party)\s*:\s*\w+/i,
  },
  { what: 'your number of children', pattern: /\b(?:children|dependents)\s*:\s*\d/i },
  { what: 'a photo', pattern: /^\s*\[?(?:photo|photograph|headshot)\]?\s*$/i },
];

function findingFor(line: ResumeLine): RuleFinding | null {
  const hit = PATTERNS.find((p) => p.pattern.test(line.text));
  if (!hit) return null;
  return {
    at: line,
    message: `This line gives ${hit.what}. USAJOBS asks you to leave it out: it plays no part in rating you, and a résumé with it may not be considered.`,
  };
}

/** SSN, date of birth, age, marital status, photos and other data to leave out. */
export const personalDataRule = defineFederalRule({
  id: 'personal-data',
  source: SOURCES.whatToLeaveOut,
  defaults: { severity: 'warning' as const },
  create: () => (context) => {
    const found = context.document.lines
      .map(findingFor)
      .filter((f): f is RuleFinding => f !== null);
    const images = context.document.images ?? 0;
    if (images > 0) {
      found.unshift({
        message: `The file holds ${images === 1 ? 'a picture' : `${images} pictures`}. Leave out photos (and logos or icons): USAJOBS asks for none, and some agencies will not consider a résumé with a photo.`,
      });
    }
    return found;
  },
});
