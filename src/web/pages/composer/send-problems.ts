import { CATEGORY_LABELS, type Finding } from './coach-findings';
import { DRAFT_ROOM_PATTERN } from './draft-rooms';

/** Something worth knowing before a message leaves: said in a line, about one thing. */
export interface SendProblem {
  key: string;
  text: string;
}

/** The ways a message leaves the composer; copying it has no recipient to check. */
export type SendAction = 'send' | 'mark-sent' | 'mailto' | 'eml' | 'copy';

export interface SendCheck {
  action: SendAction;
  text: string;
  findings: readonly Finding[];
  recipient: string;
  channel: 'email' | 'linkedin' | 'other';
}

/** Problems are listed one by one up to this many; the rest are counted. */
const LISTED = 4;

function excerpt(text: string, finding: Finding): string {
  const span = text.slice(finding.start, finding.end).replace(/\s+/g, ' ').trim();
  return span.length > 60 ? `${span.slice(0, 57)}…` : span;
}

/**
 * What the user should hear before a message goes, in words: each finding the coach marks "Fix
 * before sending", a room for their own words still unfilled, and nobody to send it to. Never a
 * reason to refuse; the composer asks "Send anyway?" and goes ahead when told.
 */
export function sendProblems({ action, text, findings, recipient, channel }: SendCheck) {
  const problems: SendProblem[] = [];
  const rooms = [...text.matchAll(new RegExp(DRAFT_ROOM_PATTERN.source, 'g'))];
  const inRoom = (f: Finding) =>
    rooms.some((r) => r.index <= f.start && f.end <= r.index + r[0].length);
  const errors = findings.filter((f) => f.severity === 'error' && !inRoom(f));
  for (const finding of errors.slice(0, LISTED)) {
    const quoted = excerpt(text, finding);
    problems.push({
      key: `${finding.rule}:${finding.start}`,
      text: `${CATEGORY_LABELS[finding.category]}: ${quoted ? `“${quoted}”` : finding.message}`,
    });
  }
  if (errors.length > LISTED) {
    const more = errors.length - LISTED;
    problems.push({
      key: 'more-errors',
      text: `${more} more ${more === 1 ? 'thing' : 'things'} the coach marks “Fix before sending”`,
    });
  }
  if (rooms.length > 0) {
    problems.push({
      key: 'rooms',
      text:
        rooms.length === 1
          ? 'The room for your own words ([[Your words…]]) is still empty'
          : `${rooms.length} rooms for your own words ([[Your words…]]) are still empty`,
    });
  }
  if (action !== 'copy' && recipient.trim() === '') {
    problems.push({
      key: 'recipient',
      text: channel === 'email' ? 'There is no address under To' : 'Nobody is named under To',
    });
  }
  return problems;
}

/**
 * Whether to offer "Send tomorrow": a message with a tone problem the coach says to fix, or
 * written by someone who said the news left them upset or angry, reads better after a night.
 */
export function offerLater(findings: readonly Finding[], feeling: string | null): boolean {
  return (
    feeling === 'upset' ||
    feeling === 'angry' ||
    findings.some((f) => f.category === 'tone' && f.severity === 'error')
  );
}
