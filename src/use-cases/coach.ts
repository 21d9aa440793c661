import type { Contact } from '../core/contact';
import { buildDraft, type Draft } from '../core/coach/draft/build-draft';
import { checkMessage, ruleSetFor } from '../core/coach/check-message';
import { COACH_LIMITS, type CoachInputData } from '../core/coach/input-schema';
import type { RecoverySettings } from '../core/recovery/settings';
import type { CoachResult, LinkedinPlan, PreviousMessage } from '../core/coach/types';
import type { MessageKind } from '../core/enums';
import type { Interview } from '../core/interview';
import type { Reflection } from '../core/recovery/reflection';
import type { Rejection } from '../core/rejection';
import type { Mood } from '../core/recovery/reflection';
import { AppError } from '../core/app-error';
import { findApplication, listOtherCompanies } from '../storage/repositories/applications';
import { listContactsOfApplication } from '../storage/repositories/contacts';
import { listInterviews } from '../storage/repositories/interviews';
import { listRecentlySent } from '../storage/repositories/messages';
import { findRejectionOfApplication } from '../storage/repositories/rejections';
import { findTask } from '../storage/repositories/tasks';
import { requireContact } from './contacts';
import { loadRecoverySettings } from './recovery-context';
import { nowInstant, type UseCaseDeps } from './deps';

/** An earlier message with what is known about it (the object form of a previous message). */
type SentRecord = Exclude<PreviousMessage, string>;

/** Earlier messages the coach compares a new one with: enough for near-duplicates, bounded. */
const PREVIOUS_MESSAGES = 200;
/** Facts beyond this add little and slow nothing down, but keep the context readable. */
const MAX_FACTS = 60;

export interface CoachContextOptions {
  applicationId: string;
  /** The person the message is for; by default the one who delivered the rejection, or the one met most. */
  contactId?: string | undefined;
  kind: MessageKind;
  linkedinPlan?: LinkedinPlan | undefined;
  /** The input field that named the application, for the error when there is none. */
  applicationField?: string | undefined;
  /** The message being written, left out of the earlier messages it is compared with. */
  messageId?: string | undefined;
}

/** What the composer needs to check a message as the user types: the coach's whole context. */
export interface AssembledContext {
  applicationId: string;
  contactId: string | null;
  kind: MessageKind;
  context: {
    company: string;
    role: string;
    contactName: string;
    facts: string[];
    otherCompanies: string[];
    previousMessages: SentRecord[];
    /** The rejection's day: only the day is known, so the coach never counts hours from it. */
    rejectedAt?: string;
    timeZone: string;
    sentAt: string;
    linkedinPlan: LinkedinPlan;
  };
  /** How the user said the news landed, when they did: upset or angry suggests sending later. */
  feeling: Mood | null;
  /** The user's settings the coach applies (the recovery's timing), for a composer to check with. */
  settings: { timing: { coolOffHours: number; latestReplyDays: number } };
}

function pickContact(contacts: Contact[], interviews: Interview[], rejection?: Rejection) {
  const delivered = contacts.find((c) => c.id === rejection?.contactId);
  if (delivered) return delivered;
  // Write to the person you met, ideally the one you spent most time with (PRODUCT.md).
  const met = (c: Contact) => interviews.filter((i) => i.contactIds.includes(c.id)).length;
  return [...contacts].sort((a, b) => met(b) - met(a))[0];
}

/** Notes as separate details: "Loves cycling; ask about Lisbon" is two things to recall. */
function splitNotes(notes: string | null): string[] {
  if (!notes) return [];
  return notes
    .split(/\n|;|(?<=[.!?])\s+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 2);
}

/** What the reflection recalls of the conversation: what went well, the questions asked. */
function conversationNotes(reflection: Reflection | null): string[] {
  if (!reflection) return [];
  return [
    ...(reflection.wentWell ? [reflection.wentWell] : []),
    ...reflection.hardQuestions.map((q) => q.question),
  ];
}

/** What the user is working on since: skills they lacked, experiences to highlight next time. */
function learnedNotes(reflection: Reflection | null): string[] {
  if (!reflection) return [];
  return [...reflection.missingSkills.map((s) => s.label), ...reflection.forgotToHighlight];
}

function previousFrom(
  sent: Awaited<ReturnType<typeof listRecentlySent>>,
  messageId: string | undefined,
): SentRecord[] {
  // A message opened again after it went is not a copy of itself.
  const others = sent.filter(({ message }) => message.id !== messageId);
  return others.map(({ message, contactName, company }) => ({
    text: message.body,
    ...((contactName ?? message.recipient) !== null && {
      to: contactName ?? message.recipient ?? undefined,
    }),
    ...(company !== null && { company }),
    kind: message.kind,
    ...(message.sentAt !== null && { sentAt: message.sentAt }),
  }));
}

async function gather(deps: UseCaseDeps, options: CoachContextOptions) {
  const { db, workspaceId } = deps;
  const application = await findApplication(db, workspaceId, options.applicationId);
  if (!application) {
    throw AppError.notFound('application', options.applicationId, options.applicationField ?? 'id');
  }
  const [contacts, interviews, rejection, otherCompanies, sent, settings] = await Promise.all([
    listContactsOfApplication(db, workspaceId, application.id),
    listInterviews(db, workspaceId, { applicationId: application.id }),
    findRejectionOfApplication(db, workspaceId, application.id),
    listOtherCompanies(db, workspaceId, application.id, COACH_LIMITS.otherCompanies),
    listRecentlySent(db, workspaceId, PREVIOUS_MESSAGES),
    loadRecoverySettings(db, workspaceId),
  ]);
  const contact =
    options.contactId === undefined
      ? pickContact(contacts, interviews, rejection)
      : await requireContact(db, workspaceId, options.contactId, 'contactId');
  return { application, contact, interviews, rejection, otherCompanies, sent, settings };
}

async function assemble(deps: UseCaseDeps, options: CoachContextOptions) {
  const { application, contact, interviews, rejection, otherCompanies, sent, settings } =
    await gather(deps, options);
  const attended = (i: Interview) => (contact && i.contactIds.includes(contact.id) ? 0 : 1);
  const ordered = [...interviews].sort((a, b) => attended(a) - attended(b));
  const facts = [
    ...ordered.flatMap((i) => i.topics),
    ...ordered.flatMap((i) => i.questions),
    ...splitNotes(contact?.notes ?? null),
    ...(contact?.howMet ? [contact.howMet] : []),
    ...conversationNotes(rejection?.reflection ?? null),
  ];
  const own = application.company.trim().toLowerCase();
  // The day the user gave; the moment the rejection was logged is not when the news came.
  const rejectedAt = rejection?.rejectedOn;
  const assembled: AssembledContext = {
    applicationId: application.id,
    contactId: contact?.id ?? null,
    kind: options.kind,
    context: {
      company: application.company,
      role: application.role,
      contactName: contact?.name ?? '',
      facts: [...new Set(facts.map((f) => f.trim()))].slice(0, MAX_FACTS),
      otherCompanies: otherCompanies.filter((c) => c.trim().toLowerCase() !== own),
      previousMessages: previousFrom(sent, options.messageId),
      ...(rejectedAt !== undefined && { rejectedAt }),
      timeZone: settings.timeZone,
      sentAt: nowInstant(deps),
      linkedinPlan: options.linkedinPlan ?? settings.linkedinPlan,
    },
    settings: coachSettingsOf(settings),
    feeling: rejection?.reflection?.feeling ?? null,
  };
  return { assembled, reflection: rejection?.reflection ?? null, userName: settings.userName };
}

/**
 * Assembles what the coach should know about a message to one person about one application:
 * the company and role, the person, what was discussed (interview topics, with the interviews
 * they attended first, then questions, their notes and the reflection), the user's other
 * companies, the messages already sent, and when the rejection came. Sending is taken as now.
 */
export async function assembleCoachContext(
  deps: UseCaseDeps,
  options: CoachContextOptions,
): Promise<AssembledContext> {
  return (await assemble(deps, options)).assembled;
}

export interface DraftOptions extends CoachContextOptions {
  /** Signs the draft; the name in the settings when absent. */
  userName?: string | undefined;
  /** The plan step it is for: a silver-medalist check-in gets its own wording. */
  taskId?: string | undefined;
}

export interface DraftResult extends AssembledContext {
  draft: Draft;
}

/**
 * A starting draft for a message from the application's own data, with the context it was
 * checked in, so the composer can keep checking as the user fills in the marked room.
 */
export async function draftMessage(deps: UseCaseDeps, options: DraftOptions): Promise<DraftResult> {
  const { assembled, reflection, userName } = await assemble(deps, options);
  const { context } = assembled;
  const step =
    options.taskId === undefined
      ? undefined
      : await findTask(deps.db, deps.workspaceId, options.taskId);
  if (options.taskId !== undefined && step === undefined) {
    throw AppError.notFound('task', options.taskId, 'taskId');
  }
  const draft = buildDraft({
    kind: options.kind,
    step: step?.kind,
    company: context.company,
    role: context.role,
    contactName: context.contactName,
    facts: context.facts,
    learned: learnedNotes(reflection),
    wentWell: reflection?.wentWell ? [reflection.wentWell] : [],
    userName: options.userName ?? userName ?? undefined,
    linkedinPlan: context.linkedinPlan,
    otherCompanies: context.otherCompanies,
  });
  return { ...assembled, draft };
}

function coachSettingsOf(settings: RecoverySettings): AssembledContext['settings'] {
  return {
    timing: {
      coolOffHours: settings.timing.coolOffHours,
      latestReplyDays: settings.timing.latestReplyDays,
    },
  };
}

/**
 * Checks a message with the workspace's own timing settings and LinkedIn plan (unless the input
 * names one). A message with a rejection date and no sending date is taken as sent now.
 */
export async function coachMessage(deps: UseCaseDeps, input: CoachInputData): Promise<CoachResult> {
  const settings = await loadRecoverySettings(deps.db, deps.workspaceId);
  const sentAt = input.context.sentAt ?? (input.context.rejectedAt ? nowInstant(deps) : undefined);
  const linkedinPlan = input.context.linkedinPlan ?? settings.linkedinPlan;
  const timeZone = input.context.timeZone ?? settings.timeZone;
  return checkMessage(
    { ...input, context: { ...input.context, sentAt, linkedinPlan, timeZone } },
    { rules: ruleSetFor(coachSettingsOf(settings)) },
  );
}
