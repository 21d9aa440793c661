import type { Application } from '../../core/application';
import { AppError } from '../../core/app-error';
import type { Announcement } from '../../core/federal/announcement';
import { parseAnnouncement, type AnnouncementFormat } from '../../core/federal/announcement-import';
import {
  isFederalNo,
  payPlanText,
  USAJOBS_STATUS_LABELS,
  USAJOBS_STATUS_STAGE,
  type FederalDetails,
  type FederalDetailsInput,
  type FederalDetailsPatch,
  type UsajobsStatusChange,
} from '../../core/federal/federal-application';
import { parsePayPlanSeriesGrade } from '../../core/federal/pay-plan';
import { REJECTABLE_STAGES, type RejectableStage } from '../../core/rejection';
import { stageRank, type Stage } from '../../core/stages';
import { instantAtLocalTime, localDayOf } from '../../core/recovery/zoned-time';
import {
  findFederalDetails,
  listFederalDetails,
  listSimilarFederal,
  saveFederalDetails,
} from '../../storage/repositories/federal';
import { changeStage, createApplication, requireApplication } from '../applications';
import { exactly, refuseFutureDay } from '../date-times';
import { inTransaction, nowInstant, withDb, type UseCaseDeps } from '../deps';
import { loadRecoverySettings } from '../recovery-context';
import { recordRejection } from '../rejections';
import { replanDeadline } from './federal-plan';

/** A federal application: the application, its federal side and announcements like it. */
export interface FederalApplicationView {
  application: Application;
  federal: FederalDetails;
  similar: FederalDetails[];
}

function partsOf(value: string | null | undefined) {
  const parsed = value ? parsePayPlanSeriesGrade(value) : null;
  return {
    payPlan: parsed?.payPlan ?? null,
    series: parsed?.series ?? null,
    grade: parsed?.grade ?? null,
  };
}

/** Input fields from an imported announcement. */
export function detailsFromAnnouncement(a: Announcement): FederalDetailsInput {
  const grade = a.highGrade ?? a.lowGrade;
  const series = a.series[0];
  return {
    agency: a.agency,
    department: a.department,
    announcementNumber: a.announcementNumber,
    controlNumber: a.controlNumber,
    positionTitle: a.positionTitle,
    payPlanSeriesGrade: a.payPlan && series && grade ? `${a.payPlan}-${series}-${grade}` : null,
    openDate: a.openDate,
    closeDate: a.closeDate,
    whoMayApply: a.whoMayApply,
    attachedDocuments: [],
    essays: {},
    announcement: a,
  };
}

export interface CreateFederalApplicationOptions {
  input: FederalDetailsInput;
}

/**
 * Adds a federal application: the application (saved, not yet sent, at the agency), its federal
 * details and the steps before the closing date, in one transaction.
 */
export async function createFederalApplication(
  deps: UseCaseDeps,
  { input }: CreateFederalApplicationOptions,
): Promise<FederalApplicationView> {
  return inTransaction(deps.db, async (trx) => {
    const scoped = withDb(deps, trx);
    const announcement = input.announcement ?? null;
    const parts = partsOf(input.payPlanSeriesGrade);
    const grade = payPlanText(parts);
    const application = await createApplication(scoped, {
      company: input.agency ?? input.department ?? 'Federal agency',
      role: grade ? `${input.positionTitle} (${grade})` : input.positionTitle,
      link: announcement?.url ?? null,
      source: 'USAJOBS',
      location: announcement?.location?.slice(0, 200) ?? null,
      salaryMin: null,
      salaryMax: null,
      salaryCurrency: null,
      postingText: announcement?.summary ?? null,
      notes: null,
      stage: 'saved',
    });
    const now = nowInstant(deps);
    const federal: FederalDetails = {
      applicationId: application.id,
      agency: input.agency,
      department: input.department,
      announcementNumber: input.announcementNumber,
      controlNumber: input.controlNumber,
      positionTitle: input.positionTitle,
      ...parts,
      openDate: input.openDate ?? null,
      closeDate: input.closeDate ?? null,
      whoMayApply: input.whoMayApply,
      status: null,
      announcement,
      attachedDocuments: input.attachedDocuments,
      essays: input.essays,
      createdAt: now,
      updatedAt: now,
    };
    await saveFederalDetails(trx, deps.workspaceId, federal);
    await replanDeadline(scoped, federal, application.stage);
    return { application, federal, similar: await similarTo(scoped, federal) };
  });
}

export interface ImportAnnouncementOptions {
  text: string;
  format?: AnnouncementFormat | undefined;
}

/** Reads an announcement (Search API JSON, saved page or pasted text) and adds it as an application. */
export async function importAnnouncement(
  deps: UseCaseDeps,
  { text, format }: ImportAnnouncementOptions,
): Promise<FederalApplicationView> {
  const announcement = parseAnnouncement(text, format);
  return createFederalApplication(deps, { input: detailsFromAnnouncement(announcement) });
}

async function similarTo(deps: UseCaseDeps, federal: FederalDetails) {
  if (federal.series === null) return [];
  return listSimilarFederal(deps.db, deps.workspaceId, {
    applicationId: federal.applicationId,
    series: federal.series,
    grade: federal.grade,
  });
}

/** The federal details, or a not_found error saying the application is not a federal one. */
export async function requireFederalDetails(deps: UseCaseDeps, applicationId: string) {
  const details = await findFederalDetails(deps.db, deps.workspaceId, applicationId);
  if (!details) {
    await requireApplication(deps.db, deps.workspaceId, applicationId);
    throw new AppError('not_found', `Application ${applicationId} is not a federal application.`, {
      field: 'id',
    });
  }
  return details;
}

export async function getFederalApplication(
  deps: UseCaseDeps,
  { applicationId }: { applicationId: string },
): Promise<FederalApplicationView> {
  const federal = await requireFederalDetails(deps, applicationId);
  const application = await requireApplication(deps.db, deps.workspaceId, applicationId);
  return { application, federal, similar: await similarTo(deps, federal) };
}

/** Every federal application, to pick an announcement from. */
export async function listFederalApplications(deps: UseCaseDeps): Promise<FederalDetails[]> {
  return listFederalDetails(deps.db, deps.workspaceId);
}

export interface UpdateFederalDetailsOptions {
  applicationId: string;
  patch: FederalDetailsPatch;
}

/** Changes federal details (documents attached, essays, dates) and moves the deadline steps. */
export async function updateFederalDetails(
  deps: UseCaseDeps,
  { applicationId, patch }: UpdateFederalDetailsOptions,
): Promise<FederalApplicationView> {
  return inTransaction(deps.db, async (trx) => {
    const scoped = withDb(deps, trx);
    const current = await requireFederalDetails(scoped, applicationId);
    const { payPlanSeriesGrade, ...rest } = patch;
    const next: FederalDetails = {
      ...current,
      ...Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)),
      ...(payPlanSeriesGrade !== undefined && partsOf(payPlanSeriesGrade)),
      updatedAt: nowInstant(deps),
    };
    if (next.openDate !== null && next.closeDate !== null && next.openDate > next.closeDate) {
      throw AppError.validation('closeDate', 'must not be before the open date');
    }
    await saveFederalDetails(trx, deps.workspaceId, next);
    const application = await requireApplication(trx, deps.workspaceId, applicationId);
    await replanDeadline(scoped, next, application.stage);
    return { application, federal: next, similar: await similarTo(scoped, next) };
  });
}

/**
 * How far a federal "no" got: not referred means HR stopped it (where it stood, at least
 * Applied); not selected means it was referred to the hiring manager (at least Interviewing).
 */
function stageReachedBy(status: 'not_referred' | 'not_selected', stage: Stage): RejectableStage {
  const current = (REJECTABLE_STAGES as readonly Stage[]).includes(stage)
    ? (stage as RejectableStage)
    : 'applied';
  const floor: RejectableStage = status === 'not_selected' ? 'interview' : 'applied';
  return stageRank(current) >= stageRank(floor) ? current : floor;
}

export interface SetUsajobsStatusOptions extends UsajobsStatusChange {
  applicationId: string;
}

/**
 * Records the status USAJOBS shows. The application moves to the matching stage; "not
 * referred" and "not selected" record the rejection and start the federal recovery plan; any
 * status ends the steps before the closing date. One transaction.
 */
export async function setUsajobsStatus(
  deps: UseCaseDeps,
  { applicationId, status, date }: SetUsajobsStatusOptions,
): Promise<FederalApplicationView> {
  return inTransaction(deps.db, async (trx) => {
    const scoped = withDb(deps, trx);
    const current = await requireFederalDetails(scoped, applicationId);
    const settings = await loadRecoverySettings(trx, deps.workspaceId);
    const now = nowInstant(deps);
    const today = localDayOf(now, settings.timeZone);
    if (date !== undefined) refuseFutureDay('date', date, today, settings.timeZone);
    const next: FederalDetails = { ...current, status, updatedAt: now };
    await saveFederalDetails(trx, deps.workspaceId, next);
    const application = await requireApplication(trx, deps.workspaceId, applicationId);
    if (isFederalNo(status)) {
      await recordRejection(scoped, {
        applicationId,
        input: {
          channel: 'portal',
          humanContact: false,
          stage: stageReachedBy(status, application.stage),
          reason: `USAJOBS: ${USAJOBS_STATUS_LABELS[status]}`,
          ...(date !== undefined && { date }),
        },
      });
    } else if (application.stage !== USAJOBS_STATUS_STAGE[status]) {
      const at = date === undefined ? now : instantAtLocalTime(date, '12:00', settings.timeZone);
      await changeStage(scoped, {
        id: applicationId,
        stage: USAJOBS_STATUS_STAGE[status],
        at: exactly(at < now ? at : now),
        note: `USAJOBS: ${USAJOBS_STATUS_LABELS[status]}`,
      });
    }
    const moved = await requireApplication(trx, deps.workspaceId, applicationId);
    await replanDeadline(scoped, next, moved.stage);
    return { application: moved, federal: next, similar: await similarTo(scoped, next) };
  });
}
