import { addDays, type CalendarDay, type Instant } from '../dates';
import type { RejectionChannel, TaskKind } from '../enums';
import { stageRank, type Stage } from '../stages';
import {
  federalAskText,
  federalReflectText,
  federalWatchText,
  type FederalPlanFacts,
} from './federal-plan';
import {
  feedbackRecipient,
  silverMedalistRecipient,
  whyThisPerson,
  type RankedPerson,
} from './people';
import {
  addedLateNote,
  afterNews,
  coolOffNote,
  loggedLateNote,
  lowerFirst,
  ruleReason,
  settingNote,
  tooLateNote,
} from './plan-wording';
import { RAW_MOODS, type Mood } from './reflection';
import { FEDERAL_TIMING } from '../federal/federal-timing';
import type { RecoverySettings } from './settings';
import {
  FEEDBACK_FROM_STAGE,
  LINKEDIN_NOTE_LIMITS,
  SILVER_MEDALIST_FROM_STAGE,
  type TimingRuleId,
} from './timing-rules';
import {
  addHours,
  addMonthsToDay,
  daysBetween,
  instantAtLocalTime,
  localDayOf,
} from './zoned-time';

/** The kinds of step a recovery plan is made of. */
export const PLAN_TASK_KINDS = [
  'reflect',
  'thank_you',
  'feedback_request',
  'linkedin_note',
  'keep_in_touch',
  'silver_medalist',
  'reapply',
  'watch_announcements',
] as const satisfies readonly TaskKind[];
export type PlanTaskKind = (typeof PLAN_TASK_KINDS)[number];

/** Steps the plan has once per person met; the others it has once per rejection. */
const PER_PERSON_KINDS: readonly TaskKind[] = ['linkedin_note', 'keep_in_touch'];

/** Steps that mean writing to someone, held back while the user is upset. */
export const WRITING_KINDS: readonly TaskKind[] = [
  'thank_you',
  'feedback_request',
  'linkedin_note',
];

/** A panel of ten does not make ten LinkedIn notes: the plan names the first few people met. */
export const MAX_PEOPLE_PER_STEP = 5;

/** Whether a step of this kind belongs to a recovery plan (rather than added by hand). */
export function isPlanTaskKind(kind: TaskKind): kind is PlanTaskKind {
  return (PLAN_TASK_KINDS as readonly TaskKind[]).includes(kind);
}

/** Identifies a step across re-plans: per kind, and per person for the per-person kinds. */
export function planStepKey(kind: TaskKind, contactId: string | null): string {
  return PER_PERSON_KINDS.includes(kind) ? `${kind}:${contactId ?? ''}` : kind;
}

export interface PlanContext {
  rejectedOn: CalendarDay;
  /** The local day the rejection was recorded in Rebound. */
  loggedOn: CalendarDay;
  stageReached: Stage;
  channel: RejectionChannel;
  humanContact: boolean;
  seniorRole: boolean;
  company: string;
  role: string;
  /** The people met, ranked by {@link rankPeopleMet}. */
  people: readonly RankedPerson[];
  feeling: { mood: Mood; at: Instant } | null;
  settings: RecoverySettings;
  now: Instant;
  /** Keys of steps the plan already has, whatever their status. */
  existingKeys: ReadonlySet<string>;
  /** Set for a federal application's "not referred" or "not selected". */
  federal?: FederalPlanFacts | null | undefined;
}

export interface PlannedStep {
  kind: PlanTaskKind;
  contactId: string | null;
  dueOn: CalendarDay;
  dueAt: Instant;
  /** Why this step is due when it is, in plain words. */
  reason: string;
}

interface Draft {
  kind: PlanTaskKind;
  contactId: string | null;
  offset: { days: number } | { months: number };
  text: string;
}

const reached = (stage: Stage, threshold: Stage) => stageRank(stage) >= stageRank(threshold);

/** "You got as far as …" */
const REACHED_WORDS: Partial<Record<Stage, string>> = {
  final: 'the final round',
  offer: 'an offer',
};

function when(rule: TimingRuleId, settings: RecoverySettings): string {
  const value = settings.timing[rule];
  const unit = rule.endsWith('Months') ? 'months' : 'days';
  return `${afterNews(value, unit)}: ${lowerFirst(ruleReason(rule))}${settingNote(rule, settings.timing)}`;
}

function nobodyOnFile(company: string): string {
  return `Nobody from ${company} is on file for this application: reply to whoever sent the news, or add them as a contact so Rebound can address it.`;
}

function reflectDraft(ctx: PlanContext): Draft {
  const automated = ctx.humanContact
    ? ''
    : ' No person made this decision, so there is nobody to thank or ask for feedback (Turing College; UTSA career centre).';
  return {
    kind: 'reflect',
    contactId: null,
    offset: { days: 0 },
    text: `Reflect while it is fresh: was the job a fit for your life, what did they want that you lack, how did you come across, what do you wish you had mentioned, which questions tripped you up, and what went well? Across rejections the patterns show up in insights.${automated}`,
  };
}

function writingDrafts(ctx: PlanContext): Draft[] {
  if (!ctx.humanContact) return [];
  const { settings, people, company } = ctx;
  const drafts: Draft[] = [];
  const primary = people[0] ?? null;
  const thanks = primary
    ? `Thank ${primary.name}, ${whyThisPerson(primary, people.length - 1)}, for their time and say what you enjoyed learning about ${company}.`
    : `Send a short thank-you for their time. ${nobodyOnFile(company)}`;
  drafts.push({
    kind: 'thank_you',
    contactId: primary?.contactId ?? null,
    offset: { days: settings.timing.thankYouDays },
    text: `${thanks} ${when('thankYouDays', settings)}`,
  });
  if (reached(ctx.stageReached, FEEDBACK_FROM_STAGE)) {
    const recipient = feedbackRecipient(people);
    const ask = recipient
      ? `Ask ${recipient.name} once how you could improve${recipient.relationship === 'hiring_manager' ? ': as hiring manager they know what decided it' : ''}.`
      : `Ask once how you could improve. ${nobodyOnFile(company)}`;
    drafts.push({
      kind: 'feedback_request',
      contactId: recipient?.contactId ?? null,
      offset: { days: settings.timing.feedbackRequestDays },
      text: `${ask} ${when('feedbackRequestDays', settings)}`,
    });
  }
  return drafts;
}

function cadenceOf(person: RankedPerson, settings: RecoverySettings): number {
  return person.keepInTouchDays ?? settings.keepInTouchDays[person.relationship];
}

function personDrafts(ctx: PlanContext): Draft[] {
  const { settings } = ctx;
  const people = ctx.people.slice(0, MAX_PEOPLE_PER_STEP);
  const drafts: Draft[] = people.map((person) => ({
    kind: 'linkedin_note',
    contactId: person.contactId,
    offset: { days: settings.timing.linkedinNoteDays },
    text: `Connect with ${person.name} on LinkedIn, in under ${LINKEDIN_NOTE_LIMITS.free} characters (${LINKEDIN_NOTE_LIMITS.paid} on paid plans). ${when('linkedinNoteDays', settings)}`,
  }));
  for (const person of people) {
    const cadence = cadenceOf(person, settings);
    if (cadence === 0) continue;
    drafts.push({
      kind: 'keep_in_touch',
      contactId: person.contactId,
      offset: { days: settings.timing.firstKeepInTouchDays },
      text: `Check in with ${person.name} with something specific: an article they would like, congratulations on their news, a question about their work. ${when('firstKeepInTouchDays', settings)} After that, about every ${cadence} days.`,
    });
  }
  return drafts;
}

function laterDrafts(ctx: PlanContext): Draft[] {
  const { settings, company, role } = ctx;
  const drafts: Draft[] = [];
  const runnerUp = silverMedalistRecipient(ctx.people);
  if (reached(ctx.stageReached, SILVER_MEDALIST_FROM_STAGE) && runnerUp) {
    drafts.push({
      kind: 'silver_medalist',
      contactId: runnerUp.contactId,
      offset: { days: settings.timing.silverMedalistDays },
      text: `Check in with ${runnerUp.name}: you got as far as ${REACHED_WORDS[ctx.stageReached] ?? 'the end'}. ${when('silverMedalistDays', settings)}`,
    });
  }
  const rule = ctx.seniorRole ? 'reapplySeniorMonths' : 'reapplyMonths';
  drafts.push({
    kind: 'reapply',
    contactId: null,
    offset: { months: settings.timing[rule] },
    text: `From here it makes sense to apply for the same ${role} role at ${company} again, if it is still open.${ctx.seniorRole ? ' It reads as a senior role, so the wait is longer.' : ''} ${when(rule, settings)}`,
  });
  return drafts;
}

function usualDay(draft: Draft, rejectedOn: CalendarDay): CalendarDay {
  return 'months' in draft.offset
    ? addMonthsToDay(rejectedOn, draft.offset.months)
    : addDays(rejectedOn, draft.offset.days);
}

/**
 * The day a step falls on when the rejection was logged after its usual day: the steps restart
 * from the day it was logged, keeping the writing steps in their usual order and spacing (a
 * thank-you first, the feedback request and LinkedIn note after it) instead of piling up.
 */
function afterLateLogging(draft: Draft, ctx: PlanContext): CalendarDay {
  const days = 'days' in draft.offset ? draft.offset.days : 0;
  const spacing = WRITING_KINDS.includes(draft.kind)
    ? Math.max(0, days - ctx.settings.timing.thankYouDays)
    : 0;
  return addDays(ctx.loggedOn, spacing);
}

/**
 * The local day writing may start after the user said the news still stings (upset or angry):
 * the cool-off of the timing rules, counted from when they said so. Null for a calmer feeling.
 */
export function coolOffEnds(
  feeling: { mood: Mood; at: Instant } | null,
  settings: RecoverySettings,
): CalendarDay | null {
  if (feeling === null || !RAW_MOODS.includes(feeling.mood)) return null;
  return localDayOf(addHours(feeling.at, settings.timing.coolOffHours), settings.timeZone);
}

/** Dates a draft: its usual day, moved later when logged late, added late or while upset. */
function schedule(draft: Draft, ctx: PlanContext): PlannedStep {
  const { settings } = ctx;
  const zone = settings.timeZone;
  const usual = usualDay(draft, ctx.rejectedOn);
  const today = localDayOf(ctx.now, zone);
  const isNew = !ctx.existingKeys.has(planStepKey(draft.kind, draft.contactId));
  let day = usual;
  let note = '';
  if (day < ctx.loggedOn) {
    day = afterLateLogging(draft, ctx);
    note = loggedLateNote(ctx.rejectedOn, ctx.loggedOn, usual);
  }
  if (isNew && day < today) {
    note = addedLateNote(usual, today);
    day = today;
  }
  if (draft.kind === 'thank_you') {
    const gap = daysBetween(ctx.rejectedOn, day);
    if (gap > settings.timing.latestReplyDays) note += tooLateNote(gap, settings.timing);
  }
  const calmer = coolOffEnds(ctx.feeling, settings);
  if (WRITING_KINDS.includes(draft.kind) && ctx.feeling && calmer !== null && calmer > day) {
    day = calmer;
    note += coolOffNote(ctx.feeling.mood, calmer, settings.timing);
  }
  return {
    kind: draft.kind,
    contactId: draft.contactId,
    dueOn: day,
    dueAt: instantAtLocalTime(day, settings.reminderTime, zone),
    reason: `${draft.text}${note}`,
  };
}

/**
 * A first keep-in-touch whose day had already passed when the rejection was logged is left out:
 * the thank-you and LinkedIn note are the touch, and the cadence counts on from them.
 */
function stillUseful(draft: Draft, ctx: PlanContext): boolean {
  return draft.kind !== 'keep_in_touch' || usualDay(draft, ctx.rejectedOn) >= ctx.loggedOn;
}

/**
 * A federal "no" arrives through USAJOBS: the announcement's HR contact is the one to ask, a
 * thank-you goes only to people actually met, and the next chance is a similar announcement
 * rather than the same job again.
 */
function federalDrafts(ctx: PlanContext, facts: FederalPlanFacts): Draft[] {
  const drafts: Draft[] = [
    { kind: 'reflect', contactId: null, offset: { days: 0 }, text: federalReflectText(facts) },
    {
      kind: 'feedback_request',
      contactId: null,
      offset: { days: FEDERAL_TIMING.askContact.days },
      text: federalAskText(facts),
    },
  ];
  const primary = ctx.people[0];
  if (facts.outcome === 'not_selected' && primary) {
    drafts.push({
      kind: 'thank_you',
      contactId: primary.contactId,
      offset: { days: ctx.settings.timing.thankYouDays },
      text: `Thank ${primary.name}, ${whyThisPerson(primary, ctx.people.length - 1)}, for the interview. ${when('thankYouDays', ctx.settings)}`,
    });
  }
  drafts.push(...personDrafts(ctx), {
    kind: 'watch_announcements',
    contactId: null,
    offset: { days: FEDERAL_TIMING.watch.days },
    text: federalWatchText(facts),
  });
  return drafts;
}

/**
 * The recovery plan for one rejection: dated steps, each with the reason for its date. Pure: the
 * same context always gives the same plan, which is what lets a re-plan update steps in place.
 */
export function planRecovery(ctx: PlanContext): PlannedStep[] {
  const drafts = ctx.federal
    ? federalDrafts(ctx, ctx.federal)
    : [reflectDraft(ctx), ...writingDrafts(ctx), ...personDrafts(ctx), ...laterDrafts(ctx)];
  return drafts.filter((draft) => stillUseful(draft, ctx)).map((draft) => schedule(draft, ctx));
}
