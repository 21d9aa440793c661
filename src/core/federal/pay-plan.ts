import { z } from 'zod';

/** A federal position's pay plan, occupational series and grade, e.g. GS-0343-11. */
export interface PayPlanSeriesGrade {
  payPlan: string;
  series: string;
  grade: string;
}

const FULL = /^([A-Z]{2})[-\s]?(\d{4})[-\s]?(\d{1,2})$/;

/**
 * Reads "GS-0343-11" (also "GS 0343 11", "gs-343-11" with the series padded) into its parts, or
 * null when it is not that shape. Grades run from 1 to 15 on the GS scale; other pay plans have
 * grades or levels of their own, so only the shape is checked for them.
 */
export function parsePayPlanSeriesGrade(value: string): PayPlanSeriesGrade | null {
  const compact = value.trim().toUpperCase();
  const padded = compact.replace(/^([A-Z]{2})[-\s]?(\d{3})(?=[-\s])/, '$1-0$2');
  const match = FULL.exec(padded);
  if (!match) return null;
  const [, payPlan = '', series = '', gradeText = ''] = match;
  const grade = Number(gradeText);
  if (payPlan === 'GS' && (grade < 1 || grade > 15)) return null;
  return { payPlan, series, grade: String(grade).padStart(2, '0') };
}

/** "GS-0343-11". */
export function formatPayPlanSeriesGrade(value: PayPlanSeriesGrade): string {
  return `${value.payPlan}-${value.series}-${value.grade}`;
}

export const PAY_PLAN_SERIES_GRADE_MESSAGE =
  'must be a pay plan, a four-digit series and a grade, such as GS-0343-11';

/** The zod field for a pay plan–series–grade written as one string. */
export const payPlanSeriesGradeSchema = z
  .string()
  .trim()
  .transform((value, ctx) => {
    const parsed = parsePayPlanSeriesGrade(value);
    if (!parsed) {
      ctx.addIssue({ code: 'custom', message: PAY_PLAN_SERIES_GRADE_MESSAGE });
      return z.NEVER;
    }
    return parsed;
  });

/** The parts one by one, as forms and imports hold them. */
export const payPlanSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{2}$/, 'must be a two-letter pay plan such as GS')
  .transform((v) => v.toUpperCase());
export const seriesSchema = z
  .string()
  .trim()
  .regex(/^\d{3,4}$/, 'must be a four-digit occupational series such as 0343')
  .transform((v) => v.padStart(4, '0'));
export const gradeSchema = z
  .string()
  .trim()
  .regex(/^\d{1,2}$/, 'must be a grade from 01 to 15 (GS) or the pay plan’s own level')
  .transform((v) => v.padStart(2, '0'));
