import type { Application } from '../core/application';
import type { Contact } from '../core/contact';
import type { TaskKind } from '../core/enums';
import { newId } from '../core/ids';
import type { Interaction } from '../core/interaction';
import type { Interview } from '../core/interview';
import { countUnansweredTouches, type TouchFacts } from '../core/recovery/keep-in-touch';
import { rankPeopleMet } from '../core/recovery/people';
import { planRecovery, type PlannedStep } from '../core/recovery/plan';
import {
  applyReflectionInput,
  feelsRaw,
  FIT_ANSWERS,
  MOODS,
  type Reflection,
} from '../core/recovery/reflection';
import type { RecoverySettings } from '../core/recovery/settings';
import { localDayOf } from '../core/recovery/zoned-time';
import { looksSenior, type Rejection } from '../core/rejection';
import { TOUCH_KINDS, TOUCH_LABELS, type Task } from '../core/task';
import {
  DEMO_BETTER_ANSWERS,
  DEMO_COMMUNICATION,
  DEMO_FEEDBACK,
  DEMO_FEELING_NOTES,
  DEMO_FIT_REASONS,
  DEMO_FORGOT,
  DEMO_MISSING_SKILLS,
  DEMO_QUESTION_REWORDINGS,
  DEMO_WENT_WELL,
} from './demo-recovery-data';
import { DAY, iso, type DemoData, type Rng } from './demo-support';

const HOUR = 3_600_000;

/** How a sample plan's past steps ended: chance of done, then of skipped; the rest stay open. */
const OUTCOME_ODDS: Record<PlannedStep['kind'], [number, number]> = {
  reflect: [0.3, 0.4],
  thank_you: [0.75, 0.15],
  feedback_request: [0.6, 0.25],
  linkedin_note: [0.6, 0.25],
  keep_in_touch: [0.5, 0.3],
  silver_medalist: [0.4, 0.45],
  reapply: [0.2, 0.6],
};

/** About three in ten candidates hear anything back (Talent Board 2022 CandE benchmark). */
const FEEDBACK_ODDS = 0.3;

export interface DemoRecoveryContext {
  application: Application;
  rejection: Rejection;
  /** Everyone the user met for this application. */
  people: readonly Contact[];
  interviews: readonly Interview[];
  settings: RecoverySettings;
  nowMs: number;
  /** This one's feedback request goes out and is answered (the sample's sure reply). */
  hearsBack?: boolean;
  /** A question that catches this user out every time, in this wording; it is reflected on. */
  nemesis?: string;
}

function demoReflection(rng: Rng, ctx: DemoRecoveryContext): Reflection | null {
  const rejectedMs = Date.parse(ctx.rejection.createdAt);
  if (ctx.nemesis === undefined && !rng.chance(ctx.rejection.humanContact ? 0.85 : 0.45)) {
    return null;
  }
  const atMs = Math.min(rejectedMs + (1 + rng.int(20)) * HOUR, ctx.nowMs - HOUR);
  const recent = ctx.nowMs - rejectedMs < 14 * DAY;
  const fit = rng.pick(FIT_ANSWERS);
  // A few gaps come back again and again, each time spelled the way it was typed that day.
  const skills = Array.from({ length: rng.int(4) }, () =>
    rng.pick(rng.pick(DEMO_MISSING_SKILLS.slice(0, rng.chance(0.6) ? 3 : undefined))),
  );
  const asked = ctx.interviews.flatMap((i) => i.questions);
  const questions = [
    ...new Set([
      ...(ctx.nemesis === undefined ? [] : [ctx.nemesis]),
      ...Array.from({ length: Math.min(2, asked.length) }, () => rng.pick(asked)).map((q) => {
        const rewordings = DEMO_QUESTION_REWORDINGS[q] ?? [];
        return rewordings.length > 0 && rng.chance(0.5) ? rng.pick(rewordings) : q;
      }),
    ]),
  ];
  return applyReflectionInput(
    null,
    {
      fit,
      fitWhy: rng.pick(DEMO_FIT_REASONS[fit]),
      missingSkills: skills,
      communication: rng.chance(0.7) ? rng.pick(DEMO_COMMUNICATION) : null,
      // The first story slips out most often.
      forgotToHighlight: rng.chance(0.6)
        ? [rng.pick(rng.pick(DEMO_FORGOT.slice(0, rng.chance(0.5) ? 1 : undefined)))]
        : [],
      hardQuestions: questions.map((question) => ({
        question,
        betterAnswer: rng.chance(0.35) ? rng.pick(DEMO_BETTER_ANSWERS) : null,
      })),
      wentWell: rng.chance(0.6) ? rng.pick(DEMO_WENT_WELL) : null,
      feeling: recent ? rng.pick(MOODS) : rng.pick(['calm', 'disappointed'] as const),
      feelingNote: rng.pick(DEMO_FEELING_NOTES),
    },
    iso(atMs),
  );
}

/** The touch a done step left behind: a sent message for notes, an interaction for every touch. */
function recordTouch(data: DemoData, task: Task, ctx: DemoRecoveryContext, atMs: number) {
  if (task.contactId === null || !TOUCH_KINDS.includes(task.kind)) return;
  const contact = ctx.people.find((p) => p.id === task.contactId);
  const at = iso(atMs);
  if (task.kind === 'thank_you' || task.kind === 'feedback_request') {
    task.messageId = newId('msg');
    data.messages.push({
      id: task.messageId,
      applicationId: task.applicationId,
      contactId: task.contactId,
      kind: task.kind,
      channel: 'email',
      recipient: contact?.email ?? null,
      subject: `${task.kind === 'thank_you' ? 'Thank you' : 'A question'} — ${ctx.application.role}`,
      body: `Hi ${contact?.name.split(' ')[0] ?? 'there'},\n\nThank you for the time you and the team gave me on the ${ctx.application.role} role.\n\nBest wishes`,
      status: 'sent',
      sentAt: at,
      emailMessageId: null,
      inReplyTo: null,
      references: [],
      scheduled: null,
      sendFailure: null,
      createdAt: at,
      updatedAt: at,
    });
  }
  const interaction: Interaction = {
    id: newId('int'),
    contactId: task.contactId,
    applicationId: task.applicationId,
    occurredAt: at,
    channel: task.kind === 'linkedin_note' ? 'linkedin' : 'email',
    direction: 'outbound',
    summary: `Sent a ${TOUCH_LABELS[task.kind] ?? 'note'}`,
    messageId: task.messageId,
    createdAt: at,
  };
  data.interactions.push(interaction);
  task.interactionId = interaction.id;
}

/** Feedback for some of the requests that went out, arriving a few days later. */
function maybeFeedback(data: DemoData, rng: Rng, task: Task, ctx: DemoRecoveryContext) {
  if (task.kind !== 'feedback_request' || task.doneAt === null || task.contactId === null) return;
  if (!ctx.hearsBack && !rng.chance(FEEDBACK_ODDS)) return;
  const receivedMs = Date.parse(task.doneAt) + (2 + rng.int(8)) * DAY;
  if (receivedMs >= ctx.nowMs) return;
  ctx.rejection.feedback = rng.pick(DEMO_FEEDBACK);
  ctx.rejection.feedbackReceivedOn = localDayOf(iso(receivedMs), ctx.settings.timeZone);
  data.interactions.push({
    id: newId('int'),
    contactId: task.contactId,
    applicationId: task.applicationId,
    occurredAt: iso(receivedMs),
    channel: 'email',
    direction: 'inbound',
    summary: 'Sent feedback after the rejection',
    messageId: null,
    createdAt: iso(receivedMs),
  });
}

function outcomeOf(rng: Rng, kind: TaskKind, dueMs: number, ctx: DemoRecoveryContext) {
  if (dueMs > ctx.nowMs) return 'open';
  if (kind === 'reflect' && ctx.rejection.reflection !== null) return 'done';
  const age = ctx.nowMs - dueMs;
  // This week's steps are mostly still to do; a month on, people have dealt with them one way
  // or the other.
  if (age < 7 * DAY && rng.chance(0.6)) return 'open';
  const [done, skipped] = OUTCOME_ODDS[kind as PlannedStep['kind']] ?? [0, 0];
  const roll = age > 30 * DAY ? rng.next() * (done + skipped) : rng.next();
  return roll < done ? 'done' : roll < done + skipped ? 'skipped' : 'open';
}

/**
 * The recovery of one sample rejection: a reflection for most, the plan Rebound would have made
 * on the day, and for the steps already due, a realistic mix of done, skipped and still open,
 * with the messages and interactions the done ones left, and feedback for a few.
 */
export function addDemoRecovery(data: DemoData, rng: Rng, ctx: DemoRecoveryContext): void {
  const { rejection, application } = ctx;
  rejection.reflection = demoReflection(rng, ctx);
  const reflection = rejection.reflection;
  const steps = planRecovery({
    rejectedOn: rejection.rejectedOn,
    loggedOn: rejection.rejectedOn,
    stageReached: rejection.stageReached,
    channel: rejection.channel,
    humanContact: rejection.humanContact,
    seniorRole: looksSenior(application.role),
    company: application.company,
    role: application.role,
    people: rankPeopleMet({
      contacts: ctx.people.map((c) => ({
        contactId: c.id,
        name: c.name,
        relationship: c.relationship,
        keepInTouchDays: null,
      })),
      interviews: ctx.interviews,
      deliveredBy: rejection.contactId,
    }),
    feeling:
      reflection && feelsRaw(reflection) && reflection.feelingAt !== null
        ? { mood: reflection.feeling ?? 'upset', at: reflection.feelingAt }
        : null,
    settings: ctx.settings,
    now: rejection.createdAt,
    existingKeys: new Set(),
  });
  for (const step of steps) {
    const task = demoTask(rng, step, ctx);
    if (task.status === 'done') {
      recordTouch(data, task, ctx, Date.parse(task.doneAt as string));
      maybeFeedback(data, rng, task, ctx);
    }
    data.tasks.push(task);
  }
}

/** A planned step as it stands today: open, or done or skipped some hours after it was due. */
function demoTask(rng: Rng, step: PlannedStep, ctx: DemoRecoveryContext): Task {
  const { rejection, application } = ctx;
  const reflection = rejection.reflection;
  const dueMs = Date.parse(step.dueAt);
  const sure = ctx.hearsBack === true && step.kind === 'feedback_request' && dueMs < ctx.nowMs;
  const status = sure ? 'done' : outcomeOf(rng, step.kind, dueMs, ctx);
  const doneMs =
    step.kind === 'reflect' && reflection?.feelingAt
      ? Date.parse(reflection.feelingAt)
      : Math.min(dueMs + rng.int(48) * HOUR, ctx.nowMs - HOUR);
  return {
    id: newId('tsk'),
    applicationId: application.id,
    contactId: step.contactId,
    kind: step.kind,
    status,
    dueAt: step.dueAt,
    snoozedUntil: null,
    reason: step.reason,
    doneAt: status === 'open' ? null : iso(doneMs),
    messageId: null,
    interactionId: null,
    createdAt: rejection.createdAt,
    updatedAt: status === 'open' ? rejection.createdAt : iso(doneMs),
  };
}

/**
 * Finishes the sample's contacts: when each was last in touch, how many attempts went
 * unanswered, and a few with their own cadence or a snooze.
 */
export function finishDemoContacts(data: DemoData, rng: Rng, nowMs: number): void {
  const touches = new Map<string, TouchFacts[]>();
  for (const interaction of data.interactions) {
    const list = touches.get(interaction.contactId) ?? [];
    list.push({ occurredAt: interaction.occurredAt, direction: interaction.direction });
    touches.set(interaction.contactId, list);
  }
  for (const contact of data.contacts) {
    const list = (touches.get(contact.id) ?? []).sort((a, b) =>
      b.occurredAt.localeCompare(a.occurredAt),
    );
    contact.lastInteractionAt = list[0]?.occurredAt ?? null;
    contact.unansweredTouches = countUnansweredTouches(list);
    if (rng.chance(0.03)) contact.keepInTouchDays = rng.pick([30, 45, 60, 180, 0]);
    if (rng.chance(0.01)) contact.keepInTouchSnoozedUntil = iso(nowMs + (1 + rng.int(30)) * DAY);
  }
}
