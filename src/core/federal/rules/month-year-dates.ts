import { hasMonthAndYear } from '../dates';
import { defineFederalRule } from '../rule';
import { entryLabel } from '../resume-structure';
import { SOURCES } from '../sources';

/**
 * A work entry without a start and an end with month and year ("Present" for a current job).
 * Without them the agency cannot work out how long you did the job, and may not credit it.
 */
export const monthYearDatesRule = defineFederalRule({
  id: 'month-year-dates',
  source: SOURCES.whatToInclude,
  defaults: { severity: 'error' as const },
  create: () => (context) =>
    context.structure.entries.flatMap((entry) => {
      const label = entryLabel(entry);
      const at = entry.header[0];
      const { range } = entry;
      if (range === null) {
        const loose = entry.looseDates.filter((d) => d.precision !== 'present');
        const present = entry.looseDates.some((d) => d.precision === 'present');
        const [start, end] = loose;
        if (start && (end || present) && hasMonthAndYear(start, false)) {
          if (!end || hasMonthAndYear(end, true)) return [];
        }
        return [
          {
            at,
            message:
              loose.length === 0
                ? `“${label}” has no dates. Give the start and end month and year (05/2019 – 06/2021, or “Present”), or the experience may not be credited.`
                : `“${label}” gives ${loose.map((d) => `“${d.text}”`).join(' and ')} without a month and year for both start and end. Write 05/2019 – 06/2021 (or “Present”), or the experience may not be credited.`,
          },
        ];
      }
      const badStart = !hasMonthAndYear(range.start, false);
      const badEnd = range.end !== null && !hasMonthAndYear(range.end, true);
      if (!badStart && !badEnd) return [];
      const which = badStart && badEnd ? 'start and end' : badStart ? 'start' : 'end';
      return [
        {
          at: entry.lines.find((l) => l.text.includes(range.text)) ?? at,
          message: `“${label}”: “${range.text}” lacks the month of the ${which}. Write month and year, such as 05/2019 – 06/2021, or the experience may not be credited.`,
        },
      ];
    }),
});
