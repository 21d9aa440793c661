import type { Instant } from '../dates';
import type { TaskKind, TaskStatus } from '../enums';
import { isPlanTaskKind, planStepKey } from './plan';

/** A step a planner wants, whatever plan it belongs to. */
export interface WantedStep {
  kind: TaskKind;
  contactId: string | null;
  dueAt: Instant;
  reason: string;
}

/** A step the plan already has, as stored. */
export interface ExistingStep {
  id: string;
  kind: TaskKind;
  contactId: string | null;
  status: TaskStatus;
  dueAt: Instant;
  snoozedUntil: Instant | null;
  reason: string;
}

export interface StepUpdate {
  id: string;
  contactId: string | null;
  dueAt: Instant;
  snoozedUntil: Instant | null;
  reason: string;
}

export interface PlanChanges<P extends WantedStep = WantedStep> {
  insert: P[];
  update: StepUpdate[];
  /** Open steps the plan no longer has (the recipient changed, the rejection was corrected). */
  remove: string[];
}

/**
 * What to write so the stored plan matches a fresh one. Open steps move to their new date and
 * reason; a snooze the user chose stays unless the new date is later anyway. Finished steps (done
 * or skipped) are never touched, and a finished step is never planned again: a feedback request
 * sent once stays the only one.
 */
export function reconcilePlan<P extends WantedStep>(
  existing: readonly ExistingStep[],
  planned: readonly P[],
  /** The kinds this plan owns: the recovery's by default, the deadline's for a federal one. */
  owns: (kind: TaskKind) => boolean = isPlanTaskKind,
): PlanChanges<P> {
  const changes: PlanChanges<P> = { insert: [], update: [], remove: [] };
  const planSteps = existing.filter((step) => owns(step.kind));
  const plannedKeys = new Set(planned.map((step) => planStepKey(step.kind, step.contactId)));
  for (const step of planned) {
    const key = planStepKey(step.kind, step.contactId);
    const same = planSteps.filter((s) => planStepKey(s.kind, s.contactId) === key);
    const open = same.find((s) => s.status === 'open');
    if (open) {
      const update = updateFor(open, step);
      if (update) changes.update.push(update);
    } else if (same.length === 0) {
      changes.insert.push(step);
    }
  }
  for (const step of planSteps) {
    if (step.status === 'open' && !plannedKeys.has(planStepKey(step.kind, step.contactId))) {
      changes.remove.push(step.id);
    }
  }
  return changes;
}

function updateFor(current: ExistingStep, step: WantedStep): StepUpdate | undefined {
  const keepSnooze = current.snoozedUntil !== null && current.snoozedUntil > step.dueAt;
  const next: StepUpdate = {
    id: current.id,
    contactId: step.contactId,
    dueAt: keepSnooze ? (current.snoozedUntil as Instant) : step.dueAt,
    snoozedUntil: keepSnooze ? current.snoozedUntil : null,
    reason: step.reason,
  };
  const unchanged =
    next.contactId === current.contactId &&
    next.dueAt === current.dueAt &&
    next.snoozedUntil === current.snoozedUntil &&
    next.reason === current.reason;
  return unchanged ? undefined : next;
}
