import type { Application } from '../core/application';
import type { Contact } from '../core/contact';
import type { Relationship, RejectionChannel } from '../core/enums';
import { newId } from '../core/ids';
import type { RecoverySettings } from '../core/recovery/settings';
import type { Rejection } from '../core/rejection';
import { PIPELINE_STAGES, type Stage } from '../core/stages';
import {
  DEMO_COMPANIES,
  DEMO_QUESTIONS,
  DEMO_REJECTION_REASONS,
  DEMO_ROLES,
  DEMO_SOURCES,
} from './demo-data';
import { DEMO_QUESTION_REWORDINGS } from './demo-recovery-data';
import { addDemoRecovery } from './demo-recovery';
import { DAY, iso, pushInterview, type DemoData, type Rng } from './demo-support';

type DemoCompany = (typeof DEMO_COMPANIES)[number];

interface Outcome {
  stage: Stage;
  reached?: Stage;
  channel?: RejectionChannel;
  /** Starts most of a year ago, so there is time for what follows it. */
  early?: true;
  /** Goes back, after its rejection, to the company of this earlier outcome in the block. */
  returnsTo?: number;
  /** Its feedback request is answered, so every sample has feedback to show. */
  hearsBack?: true;
  /** Its reflection names the question that always catches the user out, in this wording. */
  nemesis?: number;
}

/**
 * Where each of the 20 applications in a block ends up, and for rejections, how it came. The
 * last three go back to companies that said no earlier: two through someone met there (one
 * reaching an interview), one straight back through the careers site.
 */
const OUTCOMES: readonly Outcome[] = [
  { stage: 'applied' },
  { stage: 'saved' },
  { stage: 'screen' },
  { stage: 'interview' },
  { stage: 'interview' },
  { stage: 'final' },
  { stage: 'offer' },
  { stage: 'rejected', reached: 'applied', channel: 'automated', early: true },
  { stage: 'rejected', reached: 'applied', channel: 'automated' },
  { stage: 'rejected', reached: 'screen', channel: 'email' },
  { stage: 'rejected', reached: 'screen', channel: 'phone', early: true },
  { stage: 'rejected', reached: 'interview', channel: 'email', nemesis: 0 },
  { stage: 'rejected', reached: 'interview', channel: 'email' },
  {
    stage: 'rejected',
    reached: 'final',
    channel: 'phone',
    early: true,
    hearsBack: true,
    nemesis: 1,
  },
  { stage: 'rejected', reached: 'final', channel: 'video', nemesis: 2 },
  { stage: 'ghosted', reached: 'screen' },
  { stage: 'withdrawn', reached: 'interview' },
  { stage: 'applied', returnsTo: 7 },
  { stage: 'screen', returnsTo: 10 },
  { stage: 'interview', returnsTo: 13 },
];

/** The question that catches the sample user out every time, as they wrote it each time. */
const NEMESIS = DEMO_QUESTIONS[2];
const NEMESIS_WORDINGS = [NEMESIS, ...(DEMO_QUESTION_REWORDINGS[NEMESIS] ?? [])];

/** Applications per block. */
export const DEMO_BLOCK_SIZE = OUTCOMES.length;

export interface DemoBlockContext {
  data: DemoData;
  rng: Rng;
  nowMs: number;
  settings: RecoverySettings;
  addContact(
    relationship: Relationship,
    company: DemoCompany | null,
    howMet: string,
    createdMs: number,
  ): Contact;
}

/** A rejected application of the block, for one that goes back to it later. */
interface Earlier {
  company: DemoCompany;
  rejectedMs: number;
  people: Contact[];
}

/** The stages to walk, up to the furthest reached and then how it ended. */
function pathOf(outcome: Outcome): Stage[] {
  if (outcome.stage === 'saved') return ['saved'];
  const reached = outcome.reached ?? outcome.stage;
  const path: Stage[] = PIPELINE_STAGES.filter(
    (s) =>
      s !== 'saved' && PIPELINE_STAGES.indexOf(s) <= PIPELINE_STAGES.indexOf(reached as typeof s),
  );
  if (outcome.stage !== reached) path.push(outcome.stage);
  return path;
}

function startOf(ctx: DemoBlockContext, outcome: Outcome, path: Stage[], earlier?: Earlier) {
  // Late enough to be a real search, early enough that every step is in the past.
  const latestStartMs = ctx.nowMs - (path.length * 15 + 4) * DAY;
  const randomMs = ctx.nowMs - (20 + ctx.rng.int(330)) * DAY;
  if (outcome.early) return Math.min(ctx.nowMs - (250 + ctx.rng.int(80)) * DAY, latestStartMs);
  if (earlier === undefined) return Math.min(randomMs, latestStartMs);
  return Math.min(earlier.rejectedMs + (14 + ctx.rng.int(21)) * DAY, latestStartMs);
}

function newApplication(
  ctx: DemoBlockContext,
  outcome: Outcome,
  company: DemoCompany,
  startMs: number,
): Application {
  const { rng } = ctx;
  return {
    id: newId('app'),
    company: company.name,
    role: rng.pick(DEMO_ROLES),
    link: `https://${company.domain}/careers/${1000 + rng.int(9000)}`,
    // A few have no source, as real trackers do.
    source: rng.chance(0.06) ? null : rng.pick(DEMO_SOURCES),
    location: company.location,
    salaryMin: 80_000 + rng.int(8) * 5000,
    salaryMax: 120_000 + rng.int(8) * 5000,
    salaryCurrency: 'USD',
    postingText: null,
    notes: null,
    stage: outcome.stage,
    stageChangedAt: iso(startMs),
    sample: true,
    createdAt: iso(startMs),
    updatedAt: iso(startMs),
  };
}

/** Writes the stage history, a week or two per step; returns when each stage was entered. */
function walkStages(
  ctx: DemoBlockContext,
  application: Application,
  path: Stage[],
  startMs: number,
) {
  let at = startMs;
  const stageTimes = new Map<Stage, number>();
  for (const stage of path) {
    stageTimes.set(stage, at);
    ctx.data.stageEvents.push({
      id: newId('stg'),
      applicationId: application.id,
      stage,
      at: iso(at),
      note: null,
    });
    at += (5 + ctx.rng.int(10)) * DAY;
  }
  const lastMs = Math.min(at - 5 * DAY, ctx.nowMs - DAY);
  application.stageChangedAt = iso(stageTimes.get(application.stage) ?? startMs);
  application.updatedAt = iso(Math.max(startMs, lastMs));
  return { stageTimes, lastMs };
}

/**
 * The interviews and the people met in them. Going back to a company, the first person is the one
 * already known there, which is how re-engagement through a contact shows in the data.
 */
function meetPeople(
  ctx: DemoBlockContext,
  application: Application,
  company: DemoCompany,
  stageTimes: Map<Stage, number>,
  earlier?: Earlier,
): Contact[] {
  const people: Contact[] = [];
  const startMs = Date.parse(application.createdAt);
  const known = earlier?.people[0];
  const met = (relationship: Relationship) => {
    const contact =
      people.length === 0 && known !== undefined
        ? known
        : ctx.addContact(relationship, company, `Interview process at ${company.name}`, startMs);
    ctx.data.links.push([application.id, contact.id]);
    people.push(contact);
    return contact;
  };
  const { data, rng } = ctx;
  const screenAt = stageTimes.get('screen');
  if (screenAt !== undefined) {
    pushInterview(data, rng, application.id, screenAt + DAY, 1, 'phone', [met('recruiter').id]);
  }
  const interviewAt = stageTimes.get('interview');
  if (interviewAt !== undefined) {
    const manager = met('hiring_manager');
    pushInterview(data, rng, application.id, interviewAt + 2 * DAY, 2, 'video', [manager.id]);
  }
  const finalAt = stageTimes.get('final');
  if (finalAt !== undefined) {
    const panel = [met('interviewer'), met('interviewer')];
    const ids = panel.map((p) => p.id);
    pushInterview(data, rng, application.id, finalAt + 2 * DAY, 3, 'panel', ids);
  }
  if (earlier !== undefined && known !== undefined && people[0] !== known) {
    // Applied again without getting as far as a conversation: still linked to who they knew.
    ctx.data.links.push([application.id, known.id]);
  }
  return people;
}

function rejectWithRecovery(
  ctx: DemoBlockContext,
  application: Application,
  outcome: Outcome,
  people: Contact[],
  rejectedMs: number,
  firstInterview: number,
) {
  const channel = outcome.channel as RejectionChannel;
  const human = channel !== 'automated';
  const rejection: Rejection = {
    id: newId('rej'),
    applicationId: application.id,
    rejectedOn: iso(rejectedMs).slice(0, 10),
    stageReached: outcome.reached ?? 'applied',
    channel,
    reason: human ? ctx.rng.pick(DEMO_REJECTION_REASONS) : null,
    humanContact: human,
    contactId: human && people[0] ? people[0].id : null,
    seniorRole: null,
    reflection: null,
    feedback: null,
    feedbackReceivedOn: null,
    createdAt: iso(rejectedMs),
    updatedAt: iso(rejectedMs),
  };
  ctx.data.rejections.push(rejection);
  addDemoRecovery(ctx.data, ctx.rng, {
    application,
    rejection,
    people,
    interviews: ctx.data.interviews.slice(firstInterview),
    settings: ctx.settings,
    nowMs: ctx.nowMs,
    ...(outcome.hearsBack && { hearsBack: true }),
    ...(outcome.nemesis !== undefined && { nemesis: NEMESIS_WORDINGS[outcome.nemesis] }),
  });
}

/** One block of 20 applications, each company cycling with the block number. */
export function addDemoBlock(ctx: DemoBlockContext, block: number): void {
  const earlier = new Map<number, Earlier>();
  OUTCOMES.forEach((outcome, index) => {
    const previous = outcome.returnsTo === undefined ? undefined : earlier.get(outcome.returnsTo);
    const company =
      previous?.company ??
      DEMO_COMPANIES[(index + block) % DEMO_COMPANIES.length] ??
      DEMO_COMPANIES[0];
    const path = pathOf(outcome);
    const startMs = startOf(ctx, outcome, path, previous);
    const application = newApplication(ctx, outcome, company, startMs);
    const { stageTimes, lastMs } = walkStages(ctx, application, path, startMs);
    ctx.data.applications.push(application);
    const firstInterview = ctx.data.interviews.length;
    const people = meetPeople(ctx, application, company, stageTimes, previous);
    if (outcome.stage === 'rejected' && outcome.channel !== undefined) {
      const rejectedMs = stageTimes.get('rejected') ?? lastMs;
      rejectWithRecovery(ctx, application, outcome, people, rejectedMs, firstInterview);
      earlier.set(index, { company, rejectedMs, people });
    }
  });
}
