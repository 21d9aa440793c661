import type { CalendarDay } from '../dates';
import { TASK_KINDS, type TaskKind } from '../enums';
import { daysBetween, formatDay, weekdayName } from './zoned-time';

/**
 * The Today agenda's vocabulary: which section an item falls in and how to say what to do, for
 * whom and when. Days are the user's local days.
 */
export type AgendaSection = 'overdue' | 'today' | 'upcoming';

/** Which part of Today a step due on `dueOn` belongs to. */
export function agendaSection(dueOn: CalendarDay, today: CalendarDay): AgendaSection {
  if (dueOn < today) return 'overdue';
  return dueOn === today ? 'today' : 'upcoming';
}

/** "Overdue by 2 days", "Due today", "Due tomorrow", "Due Friday", "Due Tue 8 Dec". */
export function whenText(dueOn: CalendarDay, today: CalendarDay): string {
  const days = daysBetween(today, dueOn);
  if (days < 0) return `Overdue by ${-days} day${days === -1 ? '' : 's'}`;
  if (days === 0) return 'Due today';
  if (days === 1) return 'Due tomorrow';
  if (days < 7) return `Due ${weekdayName(dueOn)}`;
  return `Due ${formatDay(dueOn, Number(today.slice(0, 4)))}`;
}

/**
 * Orders steps by when they are due, and steps due at the same moment in the order a recovery
 * runs: reflect before thanking, thanking before asking for feedback.
 */
export function compareSteps(
  a: { dueAt: string; kind: TaskKind; id: string },
  b: { dueAt: string; kind: TaskKind; id: string },
): number {
  return (
    a.dueAt.localeCompare(b.dueAt) ||
    TASK_KINDS.indexOf(a.kind) - TASK_KINDS.indexOf(b.kind) ||
    a.id.localeCompare(b.id)
  );
}

export interface TitleFacts {
  kind: TaskKind;
  /** The person it is for, when there is one. */
  contactName: string | null;
  company: string | null;
}

/** What to do and for whom: "Send a thank-you note to Ana Okafor (Acme)". */
export function taskTitle({ kind, contactName, company }: TitleFacts): string {
  const who = contactName ?? (company ? `someone at ${company}` : 'them');
  const at = contactName && company ? ` (${company})` : '';
  const place = company ?? 'this company';
  switch (kind) {
    case 'reflect':
      return `Reflect on the ${place} rejection`;
    case 'thank_you':
      return `Send a thank-you note to ${who}${at}`;
    case 'feedback_request':
      return `Ask ${who}${at} for feedback, once`;
    case 'linkedin_note':
      return `Connect with ${who}${at} on LinkedIn`;
    case 'keep_in_touch':
      return `Keep in touch with ${who}${at}`;
    case 'silver_medalist':
      return `Check back in with ${who}${at}`;
    case 'reapply':
      return `Consider re-applying to ${place}`;
    case 'watch_announcements':
      return `Watch for announcements like ${place}'s`;
    case 'tailor_resume':
      return `Tailor your résumé for ${place}`;
    case 'gather_documents':
      return `Gather the documents ${place} asks for`;
    case 'answer_essays':
      return `Answer ${place}'s essay questions`;
    case 'submit_application':
      return `Submit your application to ${place} on USAJOBS`;
    case 'follow_up':
      return `Follow up with ${who}${at}`;
    case 'custom':
      return contactName ? `Something for ${who}${at}` : 'A step you added';
  }
}
