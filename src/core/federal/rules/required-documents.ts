import { FEDERAL_DOCUMENT_LABELS, type FederalDocument } from '../announcement';
import { defineFederalRule } from '../rule';
import type { RuleContext } from '../rule';
import { SOURCES } from '../sources';

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

/** What the résumé claims that calls for each document, or null when it claims nothing. */
function claims(context: RuleContext): Partial<Record<FederalDocument, string>> {
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
    ...(DEGREE.test(education) && {
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
    const why = claims(context);
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
