import { missingWords, requirementPhrases, stemsOf } from '../requirement-words';
import { defineFederalRule } from '../rule';
import { SOURCES } from '../sources';

/**
 * Against an announcement: each specialized-experience phrase and qualifying key requirement
 * the résumé's jobs do not show. Agencies look for the announcement's own words under the job
 * where you did the work, so a skills list alone does not count.
 */
export const specializedExperienceRule = defineFederalRule({
  id: 'specialized-experience',
  source: SOURCES.qualifications,
  defaults: { severity: 'warning' as const },
  create: () => (context) => {
    const { announcement, structure, document } = context;
    if (!announcement) return [];
    const jobs = structure.entries.flatMap((e) => e.lines.map((l) => l.text));
    const stems = stemsOf((jobs.length > 0 ? jobs : document.lines.map((l) => l.text)).join('\n'));
    return requirementPhrases(announcement).flatMap((phrase) => {
      const missing = missingWords(phrase, stems);
      if (missing.length === 0) return [];
      return [
        {
          words: missing,
          message: `The announcement asks for “${phrase.phrase}”, and no job on the résumé shows it (looked for ${missing.map((w) => `“${w}”`).join(', ')}). Describe where you did this, in the announcement’s words, under that job.`,
        },
      ];
    });
  },
});
