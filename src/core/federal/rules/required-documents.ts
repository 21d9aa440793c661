import { FEDERAL_DOCUMENT_LABELS, type FederalDocument } from '../announcement';
import { defineFederalRule } from '../rule';
import type { RuleContext } from '../rule';
import { SOURCES } from '../sources';
import { requirementsNotShown } from './specialized-experience';

const ASKED_FOR: Record<FederalDocument, RegExp> = {
  dd214: /\bDD[-\s]?214\b/i,
  sf50: /\bSF[-\s]?50\b|notification of personnel action/i,
  transcript: /\btranscripts?\b/i,
  sf15: /\bSF[-\s]?15\b/i,
  va_letter:
    /\bVA letter\b|letter from the (?:department of )?veterans affairs|VA disability (?:rating )?letter/i,
};

const DEGREE =
  /\b(?:bachelor|master|doctor(?:ate)?|ph\.?\s?d|associate(?:'s)? degree|b\.?\s?[as]\.?|m\.?\s?[as]\.?|mba|j\.?d\.?)\b/i;

/** Says it qualifies on education: "qualifying on education", "basis of qualification: education". */
const QUALIFIES_ON_EDUCATION =
  /\bqualif(?:y|ying|ies|ied)\b[^.\n]{0,40}\b(?:on|through|by|via|with|based on)\b[^.\n]{0,20}\beducation\b|\bbasis of qualification\b[^.\n]{0,30}\beducation\b|\beducation[- ]based qualification\b/i;
/** An announcement asking for transcripts only from those who qualify on education. */
const TRANSCRIPTS_IF_EDUCATION =
  /transcripts?\b[^.\n]{0,60}\bif\b[^.\n]{0,60}\beducation\b|\bif\b[^.\n]{0,60}\beducation\b[^.\n]{0,60}\btranscripts?\b/i;

/**
 * Whether the degree the résumé lists is likely what qualifies the user: always when the
 * announcement asks every applicant for transcripts; when it asks only those who qualify on
 * education, when the résumé says so, or its jobs do not show the specialized experience asked
 * for (then the degree is what is left to qualify on).
 */
function degreeQualifies(context: RuleContext, asked: string, text: string): boolean {
  if (!TRANSCRIPTS_IF_EDUCATION.test(asked)) return true;
  return (
    QUALIFIES_ON_EDUCATION.test(text) ||
    context.structure.entries.length === 0 ||
    requirementsNotShown(context).length > 0
  );
}

/** What the résumé claims that calls for each document, or null when it claims nothing. */
function claims(context: RuleContext, asked: string): Partial<Record<FederalDocument, string>> {
  const text = context.document.lines.map((l) => l.text).join('\n');
  const kinds = new Set(context.structure.entries.map((e) => e.employer));
  const education = context.structure.sections
    .filter((s) => s.kind === 'education')
    .flatMap((s) => s.lines.map((l) => l.text))
    .join('\n');
  const veteran =
    kinds.has('military') ||
    /\bveterans?'? preference\b|\b(?:honorabl[ey] discharged?|DD[-\s]?214)\b|\bveteran\b/i.test(
      text,
    );
  const tenPoint = /\b10[- ]point\b|\bdisabled veteran\b|\bservice[- ]connected disability\b/i.test(
    text,
  );
  const federal =
    kinds.has('federal') || /\b(?:current|former) federal (?:civilian )?employee\b/i.test(text);
  return {
    ...(veteran && { dd214: 'you claim military service or veterans’ preference' }),
    ...(tenPoint && {
      sf15: 'you claim 10-point preference',
      va_letter: 'you claim 10-point preference',
    }),
    ...(federal && { sf50: 'you list federal civilian service' }),
    ...(DEGREE.test(education) &&
      degreeQualifies(context, asked, text) && {
        transcript: 'you list a degree, which may be what qualifies you',
      }),
  };
}

/**
 * Against an announcement: documents it requires for what the résumé claims (DD-214 for
 * veterans' preference, SF-50 for federal service, transcripts for a degree) that the user has
 * not marked as attached. Without them the application is incomplete.
 */
export const requiredDocumentsRule = defineFederalRule({
  id: 'required-documents',
  source: SOURCES.veterans,
  defaults: { severity: 'error' as const },
  create: () => (context) => {
    const { announcement } = context;
    if (!announcement) return [];
    const asked = [announcement.requiredDocuments, announcement.howToApply, announcement.education]
      .filter((t): t is string => t !== null)
      .join('\n');
    const why = claims(context, asked);
    return (Object.keys(ASKED_FOR) as FederalDocument[]).flatMap((doc) => {
      const reason = why[doc];
      if (!reason || !ASKED_FOR[doc].test(asked) || context.attachedDocuments.includes(doc))
        return [];
      return [
        {
          source: doc === 'sf50' || doc === 'transcript' ? SOURCES.documents : SOURCES.veterans,
          message: `The announcement requires the ${FEDERAL_DOCUMENT_LABELS[doc]} and ${reason}, but it is not marked as attached. Without it the application may be incomplete and not considered.`,
        },
      ];
    });
  },
});
