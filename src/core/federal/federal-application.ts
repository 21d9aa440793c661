import { z } from 'zod';
import type { CalendarDay, Instant } from '../dates';
import { calendarDay, optionalText, requiredText, storableString } from '../schema-helpers';
import type { Stage } from '../stages';
import {
  announcementSchema,
  ESSAY_TOPICS,
  FEDERAL_DOCUMENTS,
  type Announcement,
  type EssayTopic,
  type FederalDocument,
} from './announcement';
import { PAY_PLAN_SERIES_GRADE_MESSAGE, parsePayPlanSeriesGrade } from './pay-plan';

/** The statuses USAJOBS shows an application in, in the order they usually come. */
export const USAJOBS_STATUSES = [
  'received',
  'reviewing',
  'referred',
  'not_referred',
  'not_selected',
  'selected',
  'cancelled',
] as const;
export type UsajobsStatus = (typeof USAJOBS_STATUSES)[number];

export const USAJOBS_STATUS_LABELS: Record<UsajobsStatus, string> = {
  received: 'Received',
  reviewing: 'Reviewing applications',
  referred: 'Referred',
  not_referred: 'Not referred',
  not_selected: 'Not selected',
  selected: 'Selected',
  cancelled: 'Announcement cancelled',
};

/** The pipeline stage each USAJOBS status puts the application in. */
export const USAJOBS_STATUS_STAGE: Record<UsajobsStatus, Stage> = {
  received: 'applied',
  reviewing: 'screen',
  referred: 'interview',
  not_referred: 'rejected',
  not_selected: 'rejected',
  selected: 'offer',
  cancelled: 'withdrawn',
};

/** The two federal "no"s, which start a recovery. */
export type FederalOutcome = 'not_referred' | 'not_selected';
export const isFederalNo = (status: UsajobsStatus | null): status is FederalOutcome =>
  status === 'not_referred' || status === 'not_selected';

/** An application's federal side: the announcement and where USAJOBS says it stands. */
export interface FederalDetails {
  applicationId: string;
  agency: string | null;
  department: string | null;
  announcementNumber: string | null;
  controlNumber: string | null;
  positionTitle: string;
  payPlan: string | null;
  series: string | null;
  grade: string | null;
  openDate: CalendarDay | null;
  closeDate: CalendarDay | null;
  whoMayApply: string | null;
  status: UsajobsStatus | null;
  announcement: Announcement | null;
  attachedDocuments: FederalDocument[];
  essays: Partial<Record<EssayTopic, string>>;
  createdAt: Instant;
  updatedAt: Instant;
}

const payPlanSeriesGrade = z
  .string()
  .trim()
  .refine((v) => parsePayPlanSeriesGrade(v) !== null, PAY_PLAN_SERIES_GRADE_MESSAGE)
  .nullish();

const essays = z.partialRecord(z.enum(ESSAY_TOPICS), storableString().max(20_000));

const detailFields = {
  agency: optionalText(300),
  department: optionalText(300),
  announcementNumber: optionalText(100),
  controlNumber: optionalText(40),
  positionTitle: requiredText(300),
  /** Pay plan, series and grade as one value, e.g. GS-0343-11. */
  payPlanSeriesGrade,
  openDate: calendarDay.nullish(),
  closeDate: calendarDay.nullish(),
  whoMayApply: optionalText(2000),
  attachedDocuments: z.array(z.enum(FEDERAL_DOCUMENTS)).max(FEDERAL_DOCUMENTS.length),
  essays,
  announcement: announcementSchema.nullish(),
};

const datesInOrder = (v: { openDate?: string | null; closeDate?: string | null }) =>
  v.openDate == null || v.closeDate == null || v.openDate <= v.closeDate;
const DATES_MESSAGE = { message: 'must not be before the open date', path: ['closeDate'] };

export const federalDetailsInputSchema = z
  .object({
    ...detailFields,
    attachedDocuments: detailFields.attachedDocuments.default([]),
    essays: essays.default({}),
  })
  .strict()
  .refine(datesInOrder, DATES_MESSAGE);
export type FederalDetailsInput = z.output<typeof federalDetailsInputSchema>;

export const federalDetailsPatchSchema = z
  .object(detailFields)
  .partial()
  .strict()
  .refine(datesInOrder, DATES_MESSAGE);
export type FederalDetailsPatch = z.output<typeof federalDetailsPatchSchema>;

export const usajobsStatusChangeSchema = z
  .object({
    status: z.enum(USAJOBS_STATUSES, { error: `must be one of ${USAJOBS_STATUSES.join(', ')}` }),
    /** The day USAJOBS showed it; defaults to today. */
    date: calendarDay.optional(),
  })
  .strict();
export type UsajobsStatusChange = z.output<typeof usajobsStatusChangeSchema>;

/** "GS-0343-11", or null when a part is missing. */
export function payPlanText(
  details: Pick<FederalDetails, 'payPlan' | 'series' | 'grade'>,
): string | null {
  return details.payPlan && details.series && details.grade
    ? `${details.payPlan}-${details.series}-${details.grade}`
    : null;
}
