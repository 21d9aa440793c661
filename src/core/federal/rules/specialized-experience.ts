import { missingWords, requirementPhrases, stemsOf } from '../requirement-words';
import { defineFederalRule, type RuleContext } from '../rule';
import { SOURCES } from '../sources';

/**
 * The announcement's specialized-experience phrases (and qualifying key requirements) that no
 * job on the résumé shows, with the words looked for. Empty without an announcement.
 */
export function requirementsNotShown(context: RuleContext) {
  const { announcement, structure, document } = context;
  if (!announcement) return [];
  const jobs = structure.entries.flatMap((e) => e.lines.map((l) => l.text));
  const stems = stemsOf((jobs.length > 0 ? jobs : document.lines.map((l) => l.text)).join('\n'));
  return requirementPhrases(announcement).flatMap((phrase) => {
    const missing = missingWords(phrase, stems);
    return missing.length === 0 ? [] : [{ phrase: phrase.phrase, missing }];
  });
}

/**
 * Against an announcement: each specialized-experience phrase and qualifying key requirement
 * the résumé's jobs do not show. Agencies look for the announcement's own words under the job
 * where you did the work, so a skills list alone does not count.
 */
export const specializedExperienceRule = defineFederalRule({
  id: 'specialized-experience',
  source: SOURCES.qualifications,
  defaults: { severity: 'warning' as const },
  create: () => (context) =>
    requirementsNotShown(context).map(({ phrase, missing }) => ({
      words: missing,
      message: `The announcement asks for “${phrase}”, and no job on the résumé shows it (looked for ${missing.map((w) => `“${w}”`).join(', ')}). Describe where you did this, in the announcement’s words, under that job.`,
    })),
});
