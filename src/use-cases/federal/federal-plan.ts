import { isDeadlineTaskKind, planDeadline } from '../../core/federal/deadline-plan';
import { isFederalNo, type FederalDetails } from '../../core/federal/federal-application';
import { reconcilePlan } from '../../core/recovery/reconcile';
import type { FederalPlanFacts } from '../../core/recovery/federal-plan';
import { localDayOf } from '../../core/recovery/zoned-time';
import type { Rejection } from '../../core/rejection';
import { stageRank, isClosedStage, type Stage } from '../../core/stages';
import type { Db } from '../../storage/database';
import { findFederalDetails, listSimilarFederal } from '../../storage/repositories/federal';
import { listTasksOfApplication } from '../../storage/repositories/tasks';
import { inTransaction, nowInstant, type UseCaseDeps } from '../deps';
import { loadRecoverySettings } from '../recovery-context';
import { writePlanChanges } from '../plan-changes';

/**
 * What the recovery plan of a federal application needs: the outcome, the announcement's
 * contact and the similar announcements saved. Null for an application that is not federal.
 */
export async function loadFederalPlanFacts(
  db: Db,
  workspaceId: string,
  applicationId: string,
  rejection: Pick<Rejection, 'stageReached'>,
): Promise<FederalPlanFacts | null> {
  const details = await findFederalDetails(db, workspaceId, applicationId);
  if (!details) return null;
  const similar =
    details.series === null
      ? []
      : await listSimilarFederal(db, workspaceId, {
          applicationId,
          series: details.series,
          grade: details.grade,
        });
  return {
    outcome: isFederalNo(details.status)
      ? details.status
      : stageRank(rejection.stageReached) >= stageRank('interview')
        ? 'not_selected'
        : 'not_referred',
    positionTitle: details.positionTitle,
    agency: details.agency ?? details.department,
    payPlan: details.payPlan,
    series: details.series,
    grade: details.grade,
    contact: details.announcement?.contact ?? null,
    similar: similar.map((s) => ({
      positionTitle: s.positionTitle,
      agency: s.agency,
      closeDate: s.closeDate,
    })),
  };
}

/**
 * Brings the steps before an announcement closes in line with its details: planned while the
 * application is saved and not yet sent, moved when the closing date changes, removed (if still
 * open) once the user applies. Runs inside the caller's transaction when there is one.
 */
export async function replanDeadline(
  deps: UseCaseDeps,
  details: FederalDetails,
  stage: Stage,
): Promise<void> {
  await inTransaction(deps.db, async (trx) => {
    const ws = deps.workspaceId;
    const settings = await loadRecoverySettings(trx, ws);
    const now = nowInstant(deps);
    const existing = await listTasksOfApplication(trx, ws, details.applicationId);
    const planned = planDeadline({
      closeDate: details.closeDate,
      positionTitle: details.positionTitle,
      announcement: details.announcement,
      attachedDocuments: details.attachedDocuments,
      open: details.status === null && stage === 'saved' && !isClosedStage(stage),
      today: localDayOf(now, settings.timeZone),
      timeZone: settings.timeZone,
      reminderTime: settings.reminderTime,
    });
    const changes = reconcilePlan(existing, planned, isDeadlineTaskKind);
    await writePlanChanges(trx, ws, details.applicationId, changes, now);
  });
}
