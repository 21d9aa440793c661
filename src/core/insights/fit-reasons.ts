import { words } from './text-grouping';

/**
 * Sorts the reasons a job was not a fit for the user's life into a few familiar kinds, so
 * "Long commute" and "the commute would have been long" count as one recurring problem.
 */
export interface FitReasonKind {
  id: string;
  label: string;
  /** Word beginnings that point to this kind. */
  cues: readonly string[];
}

export const FIT_REASON_KINDS: readonly FitReasonKind[] = [
  {
    id: 'location',
    label: 'Location and commute',
    cues: ['commut', 'location', 'relocat', 'distance', 'drive', 'onsite', 'office'],
  },
  { id: 'remote', label: 'Remote or hybrid set-up', cues: ['remote', 'hybrid', 'wfh'] },
  {
    id: 'pay',
    label: 'Pay and benefits',
    cues: ['pay', 'salary', 'compensation', 'money', 'equity', 'bonus', 'benefit', 'wage'],
  },
  { id: 'travel', label: 'Travel', cues: ['travel', 'trips'] },
  {
    id: 'hours',
    label: 'Hours and life outside work',
    cues: [
      'hours',
      'schedule',
      'shift',
      'oncall',
      'weekend',
      'overtime',
      'family',
      'balance',
      'childcare',
    ],
  },
  {
    id: 'level',
    label: 'Level and scope of the role',
    cues: ['senior', 'junior', 'level', 'scope', 'title', 'overqualified', 'responsibilit'],
  },
  {
    id: 'work',
    label: 'The work itself',
    cues: ['maintenance', 'boring', 'building', 'tedious', 'repetitive', 'mission', 'product'],
  },
  {
    id: 'culture',
    label: 'Team and culture',
    cues: ['culture', 'team', 'manager', 'values', 'toxic', 'environment'],
  },
];

/** The kind given when the user said no reason. */
export const UNSTATED_FIT_REASON = { id: 'unstated', label: 'No reason noted' } as const;

const CONTRAST = /\b(but|though|although|however|except|yet)\b/i;

/**
 * The kind of a fit reason. The problem usually follows a contrast ("Great team, but the
 * commute…"), so only what comes after the last one is read; of the kinds named there, the one
 * mentioned first wins. Undefined when no kind fits: the caller groups those by their wording.
 */
export function fitReasonKind(
  reason: string | null,
): Pick<FitReasonKind, 'id' | 'label'> | undefined {
  if (reason === null || reason.trim() === '') return UNSTATED_FIT_REASON;
  const parts = reason.split(CONTRAST);
  const tail = parts.length > 1 ? (parts.at(-1) ?? reason) : reason;
  // "on-site" and "on call" are one word each here.
  const list = words(tail.replace(/\bon[\s-]?(site|call)\b/gi, 'on$1'));
  let best: { kind: FitReasonKind; at: number } | undefined;
  for (const kind of FIT_REASON_KINDS) {
    const at = list.findIndex((w) => kind.cues.some((cue) => w.startsWith(cue)));
    if (at >= 0 && (best === undefined || at < best.at)) best = { kind, at };
  }
  return best && { id: best.kind.id, label: best.kind.label };
}
