import { z } from 'zod';
import { storableString } from '../schema-helpers';
import type { CalendarDay, Instant } from '../dates';
import type { Stage } from '../stages';
import { compareCompanies } from './company-match';
import { MAIL_KINDS, type MailKind } from './kinds';

/** What Rebound proposes to do with a message. */
export const INBOX_ACTIONS = [
  'record_rejection',
  'add_interview',
  'record_offer',
  'create_application',
  'none',
] as const;
export type InboxAction = (typeof INBOX_ACTIONS)[number];

/** Where a message waits: for review, done, dismissed, or nothing to do. */
export const INBOX_STATUSES = ['review', 'applied', 'dismissed', 'none'] as const;
export type InboxStatus = (typeof INBOX_STATUSES)[number];

/** An application as matching needs it: names, stage, and the addresses of its people. */
export interface MatchCandidate {
  id: string;
  company: string;
  role: string;
  stage: Stage;
  emails: readonly string[];
  updatedAt: Instant;
}

export interface MailMatch {
  applicationId: string | null;
  /** Only one application fits, on the company or the sender's address. */
  confident: boolean;
}

const words = (text: string) =>
  new Set(
    text
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 1),
  );

function roleSimilarity(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared += 1;
  return shared / Math.max(x.size, y.size);
}

const CLOSED: readonly Stage[] = ['rejected', 'withdrawn'];

/**
 * The application a message is about: the sender's address on a person linked to it, the same
 * company (spelling, case and legal form aside; a name inside the other, as "Halcyon" in Halcyon
 * Travel or "NHS FT" for NHS Foundation Trust, counts a little less), the same sender domain as its people, and the
 * role's words. Open applications win over closed ones; a tie leaves the match unsure.
 */
export function matchApplication(
  mail: { company: string | null; role: string | null; senderAddress: string | null },
  candidates: readonly MatchCandidate[],
): MailMatch {
  const company = mail.company ?? '';
  const address = mail.senderAddress?.toLowerCase() ?? '';
  const domain = address.slice(address.indexOf('@') + 1);
  const scored = candidates
    .map((app) => {
      let score = 0;
      const likeness = company === '' ? 'different' : compareCompanies(company, app.company);
      if (likeness === 'same') score += 3;
      else if (likeness === 'alike') score += 2;
      if (address !== '' && app.emails.some((e) => e.toLowerCase() === address)) score += 4;
      else if (domain !== '' && app.emails.some((e) => e.toLowerCase().endsWith(`@${domain}`)))
        score += 1.5;
      if (score > 0 && mail.role) score += 1.5 * roleSimilarity(mail.role, app.role);
      if (score > 0 && !CLOSED.includes(app.stage)) score += 0.5;
      return { app, score };
    })
    .filter((s) => s.score >= 2.5)
    .sort((a, b) => b.score - a.score || b.app.updatedAt.localeCompare(a.app.updatedAt));
  const best = scored[0];
  if (!best) return { applicationId: null, confident: false };
  const second = scored[1];
  return { applicationId: best.app.id, confident: !second || best.score - second.score >= 1 };
}

export interface Proposal {
  action: InboxAction;
  applicationId: string | null;
  /** For a message about an application not on file: the one to create first. */
  create: { company: string; role: string } | null;
  /** The day the news came, from the message's date. */
  date: CalendarDay;
}

const BEFORE_INTERVIEW: readonly Stage[] = ['saved', 'applied', 'screen'];

/** Turns what a message means and the application it fits into the change to propose. */
export function proposeChange(
  classification: { kind: MailKind; company: string | null; role: string | null },
  match: { applicationId: string | null; stage: Stage | null },
  date: CalendarDay,
): Proposal {
  const none: Proposal = { action: 'none', applicationId: match.applicationId, create: null, date };
  const create =
    match.applicationId === null && classification.company
      ? { company: classification.company, role: classification.role ?? 'Unknown role' }
      : null;
  if (match.applicationId === null && create === null) return none;
  const base = { applicationId: match.applicationId, create, date };
  switch (classification.kind) {
    case 'rejection':
      return match.stage === 'rejected' ? none : { ...base, action: 'record_rejection' };
    case 'interview':
      return match.stage === 'rejected' || match.stage === 'offer'
        ? none
        : { ...base, action: 'add_interview' };
    case 'offer':
      return match.stage === 'offer' ? none : { ...base, action: 'record_offer' };
    case 'received':
      return create ? { ...base, action: 'create_application' } : none;
    default:
      return none;
  }
}

/** Whether moving to the interview stage is a step forward for an application at `stage`. */
export const movesToInterview = (stage: Stage) => BEFORE_INTERVIEW.includes(stage);

/** The review form's changes: another kind, employer, role or application before accepting. */
export const inboxDecisionSchema = z
  .object({
    kind: z.enum(MAIL_KINDS, { error: `must be one of ${MAIL_KINDS.join(', ')}` }).optional(),
    company: storableString().trim().min(1, 'must not be empty').max(200).optional(),
    role: storableString().trim().min(1, 'must not be empty').max(200).optional(),
    applicationId: z
      .string()
      .regex(/^app_[0-9a-z]{12}$/, 'must be an application id such as app_3k9x2m4qzt7h')
      .nullable()
      .optional(),
  })
  .strict();
export type InboxDecision = z.output<typeof inboxDecisionSchema>;

export const inboxSettingsSchema = z
  .object({
    /** Apply confident matches without asking. */
    autoApply: z.boolean({ error: 'must be true or false' }).optional(),
    /** Keep whole message bodies, not only the lines that mattered. */
    keepBodies: z.boolean({ error: 'must be true or false' }).optional(),
  })
  .strict();
export type InboxSettingsInput = z.output<typeof inboxSettingsSchema>;
export interface InboxSettings {
  autoApply: boolean;
  keepBodies: boolean;
}
/** How sure the classifier must be before a change applies by itself. */
export const AUTO_APPLY_CONFIDENCE = 0.8;
