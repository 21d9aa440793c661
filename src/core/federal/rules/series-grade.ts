import { defineFederalRule } from '../rule';
import { entryLabel } from '../resume-structure';
import { SOURCES } from '../sources';

/**
 * A federal civilian job without its pay plan, series and grade (GS-0343-11). Time at a grade
 * is how an agency sees you have a year at the next lower grade; contractor, military and
 * private jobs have none and are left alone.
 */
export const seriesGradeRule = defineFederalRule({
  id: 'series-grade',
  source: SOURCES.seriesGrade,
  defaults: { severity: 'warning' as const },
  create: () => (context) =>
    context.structure.entries
      .filter((entry) => entry.employer === 'federal')
      .flatMap((entry) => {
        const found = entry.payPlan;
        const missing = [
          found?.payPlan ? null : 'pay plan',
          found?.series ? null : 'series',
          found?.grade ? null : 'grade',
        ].filter((m): m is string => m !== null);
        if (missing.length === 0) return [];
        return [
          {
            at: entry.header[0],
            message: `“${entryLabel(entry)}” looks like a federal civilian job but gives no ${missing.join(', ')}. Write them as on your SF-50, such as GS-0343-11, so the agency can see your time at each grade.`,
          },
        ];
      }),
});
