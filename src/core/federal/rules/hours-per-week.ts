import { defineFederalRule } from '../rule';
import { entryLabel } from '../resume-structure';
import { SOURCES } from '../sources';

/**
 * A work entry without its hours per week. Part-time work is credited in proportion to a
 * 40-hour week, so without the number the agency cannot credit the time in full.
 */
export const hoursPerWeekRule = defineFederalRule({
  id: 'hours-per-week',
  source: SOURCES.whatToInclude,
  defaults: { severity: 'error' as const },
  create: () => (context) =>
    context.structure.entries
      .filter((entry) => entry.hoursPerWeek === null)
      .map((entry) => ({
        at: entry.header[0],
        message: entry.scheduleWord
          ? `“${entryLabel(entry)}” says “${entry.scheduleWord}” but not how many hours a week. Write the number, such as “40 hours per week”, so the time is credited in full.`
          : `“${entryLabel(entry)}” does not say how many hours a week you worked. Add it, such as “40 hours per week”, so the time is credited in full.`,
      })),
});
