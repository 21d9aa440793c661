import { addDays, type CalendarDay, type Instant } from '../dates';
import type { TaskKind } from '../enums';
import { instantAtLocalTime } from '../recovery/zoned-time';
import { FEDERAL_DOCUMENT_LABELS, type Announcement, type FederalDocument } from './announcement';
import { FEDERAL_TIMING, sourceNote, type FederalTimingRule } from './federal-timing';

/** The steps before an announcement closes. */
export const DEADLINE_TASK_KINDS = [
  'tailor_resume',
  'gather_documents',
  'answer_essays',
  'submit_application',
] as const satisfies readonly TaskKind[];
export type DeadlineTaskKind = (typeof DEADLINE_TASK_KINDS)[number];

export const isDeadlineTaskKind = (kind: TaskKind): kind is DeadlineTaskKind =>
  (DEADLINE_TASK_KINDS as readonly TaskKind[]).includes(kind);

export interface DeadlineContext {
  closeDate: CalendarDay | null;
  positionTitle: string;
  announcement: Announcement | null;
  attachedDocuments: readonly FederalDocument[];
  /** False once the user has applied (USAJOBS shows a status) or the application closed. */
  open: boolean;
  today: CalendarDay;
  timeZone: string;
  reminderTime: string;
}

export interface DeadlineStep {
  kind: DeadlineTaskKind;
  contactId: null;
  dueOn: CalendarDay;
  dueAt: Instant;
  reason: string;
}

function documentsNeeded(announcement: Announcement | null): FederalDocument[] {
  const text = `${announcement?.requiredDocuments ?? ''}\n${announcement?.howToApply ?? ''}`;
  const found: FederalDocument[] = [];
  if (/\bDD[-\s]?214\b/i.test(text)) found.push('dd214');
  if (/\bSF[-\s]?50\b/i.test(text)) found.push('sf50');
  if (/\btranscripts?\b/i.test(text)) found.push('transcript');
  if (/\bSF[-\s]?15\b/i.test(text)) found.push('sf15');
  return found;
}

/**
 * The steps before the closing date: tailor the résumé, gather the documents the announcement
 * lists, answer its essays within their limits, submit. A step whose day has passed falls
 * today; none are planned once the user has applied or the closing date has passed.
 */
export function planDeadline(ctx: DeadlineContext): DeadlineStep[] {
  if (!ctx.open || ctx.closeDate === null || ctx.closeDate < ctx.today) return [];
  const close = ctx.closeDate;
  const step = (kind: DeadlineTaskKind, rule: FederalTimingRule, text: string): DeadlineStep => {
    const usual = addDays(close, -rule.days);
    const dueOn = usual < ctx.today ? ctx.today : usual;
    return {
      kind,
      contactId: null,
      dueOn,
      dueAt: instantAtLocalTime(dueOn, ctx.reminderTime, ctx.timeZone),
      reason: `${text} It closes on ${close}. ${rule.reason}${sourceNote(rule)}.`,
    };
  };
  const steps = [
    step(
      'tailor_resume',
      FEDERAL_TIMING.tailorResume,
      `Check your résumé against the ${ctx.positionTitle} announcement and put its specialized experience first.`,
    ),
  ];
  const documents = documentsNeeded(ctx.announcement).filter(
    (d) => !ctx.attachedDocuments.includes(d),
  );
  if (documents.length > 0) {
    steps.push(
      step(
        'gather_documents',
        FEDERAL_TIMING.gatherDocuments,
        `Gather what the announcement lists that applies to you: ${documents.map((d) => FEDERAL_DOCUMENT_LABELS[d]).join('; ')}.`,
      ),
    );
  }
  const essays = ctx.announcement?.essays ?? [];
  if (essays.length > 0) {
    const limits = [...new Set(essays.map((e) => e.wordLimit))].join(' or ');
    steps.push(
      step(
        'answer_essays',
        FEDERAL_TIMING.answerEssays,
        `Answer the ${essays.length} essay questions in at most ${limits} words each.`,
      ),
    );
  }
  steps.push(
    step('submit_application', FEDERAL_TIMING.submit, 'Submit the application on USAJOBS.'),
  );
  return steps;
}
