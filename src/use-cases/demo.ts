import type { Application } from '../core/application';
import { AppError } from '../core/app-error';
import type { Contact } from '../core/contact';
import type { InteractionChannel, Relationship, RejectionChannel } from '../core/enums';
import { newId } from '../core/ids';
import type { Rejection } from '../core/rejection';
import { PIPELINE_STAGES, type Stage } from '../core/stages';
import { insertInChunks } from '../storage/bulk';
import { refreshStatistics } from '../storage/connect';
import { fromApplication, fromStageEvent } from '../storage/repositories/applications';
import { fromContact } from '../storage/repositories/contacts';
import { fromInteraction } from '../storage/repositories/interactions';
import { fromInterview } from '../storage/repositories/interviews';
import { fromMessage } from '../storage/repositories/messages';
import { fromRejection } from '../storage/repositories/rejections';
import { fromTask } from '../storage/repositories/tasks';
import type { RecoverySettings } from '../core/recovery/settings';
import {
  DEMO_COMPANIES,
  DEMO_FIRST_NAMES,
  DEMO_INTERACTION_SUMMARIES,
  DEMO_LAST_NAMES,
  DEMO_PEER_TAGS,
  DEMO_REJECTION_REASONS,
  DEMO_ROLES,
  DEMO_SOURCES,
} from './demo-data';
import { inTransaction, type UseCaseDeps } from './deps';
import { addDemoRecovery, finishDemoContacts } from './demo-recovery';
import { DAY, iso, pushInterview, random, relationshipTitle, type DemoData } from './demo-support';
import { loadRecoverySettings } from './recovery-context';
import { clearWorkspaceData } from '../storage/bulk';

/** Per unit of scale: 20 applications, 100 contacts, 1,000 interactions. */
export const DEMO_UNIT = { applications: 20, contacts: 100, interactions: 1000 } as const;

/** Where each of the 20 applications in a block ends up, and for rejections, how it came. */
const OUTCOMES: readonly { stage: Stage; reached?: Stage; channel?: RejectionChannel }[] = [
  { stage: 'applied' },
  { stage: 'saved' },
  { stage: 'screen' },
  { stage: 'interview' },
  { stage: 'interview' },
  { stage: 'final' },
  { stage: 'offer' },
  { stage: 'rejected', reached: 'applied', channel: 'automated' },
  { stage: 'rejected', reached: 'applied', channel: 'automated' },
  { stage: 'rejected', reached: 'screen', channel: 'email' },
  { stage: 'rejected', reached: 'screen', channel: 'phone' },
  { stage: 'rejected', reached: 'interview', channel: 'email' },
  { stage: 'rejected', reached: 'interview', channel: 'email' },
  { stage: 'rejected', reached: 'final', channel: 'phone' },
  { stage: 'rejected', reached: 'final', channel: 'video' },
  { stage: 'ghosted', reached: 'screen' },
  { stage: 'withdrawn', reached: 'interview' },
  { stage: 'applied' },
  { stage: 'screen' },
  { stage: 'interview' },
];

export interface DemoOptions {
  /** Multiplies the sample: 1 is a realistic search, 500 is the benchmark workspace. */
  scale?: number;
  seed?: number;
  /** Replace whatever the workspace holds; otherwise the workspace must be empty. */
  replace?: boolean;
}

export interface DemoReport {
  applications: number;
  contacts: number;
  interviews: number;
  interactions: number;
  rejections: number;
  /** Recovery-plan steps, done, skipped and open. */
  tasks: number;
}

/** Fills the workspace with a realistic, invented job search spread across the past year. */
export async function seedDemoWorkspace(
  deps: UseCaseDeps,
  { scale = 1, seed = 42, replace = false }: DemoOptions = {},
): Promise<DemoReport> {
  if (!Number.isInteger(scale) || scale < 1 || scale > 1000) {
    throw AppError.validation('scale', 'must be a whole number from 1 to 1000');
  }
  const settings = await loadRecoverySettings(deps.db, deps.workspaceId);
  const data = buildDemoData(deps.clock.now().getTime(), scale, seed, settings);
  const ws = deps.workspaceId;
  await inTransaction(deps.db, async (trx) => {
    const existing = await trx
      .selectFrom('applications')
      .select('id')
      .where('workspace_id', '=', ws)
      .union(trx.selectFrom('contacts').select('id').where('workspace_id', '=', ws))
      .limit(1)
      .execute();
    if (existing.length > 0) {
      if (!replace) {
        throw new AppError(
          'conflict',
          'This workspace already has data; the sample needs an empty one. Use --replace to overwrite it.',
          { field: 'replace' },
        );
      }
      await clearWorkspaceData(trx, ws);
    }
    await insertInChunks(
      trx,
      'applications',
      data.applications.map((a) => fromApplication(ws, a)),
    );
    await insertInChunks(
      trx,
      'stage_events',
      data.stageEvents.map((e) => fromStageEvent(ws, e)),
    );
    await insertInChunks(
      trx,
      'contacts',
      data.contacts.map((c) => fromContact(ws, c)),
    );
    await insertInChunks(
      trx,
      'application_contacts',
      data.links.map(([application_id, contact_id]) => ({
        workspace_id: ws,
        application_id,
        contact_id,
      })),
    );
    await insertInChunks(
      trx,
      'interviews',
      data.interviews.map((i) => fromInterview(ws, i)),
    );
    await insertInChunks(
      trx,
      'interview_contacts',
      data.interviews.flatMap((i) =>
        i.contactIds.map((contact_id) => ({ workspace_id: ws, interview_id: i.id, contact_id })),
      ),
    );
    await insertInChunks(
      trx,
      'messages',
      data.messages.map((m) => fromMessage(ws, m)),
    );
    await insertInChunks(
      trx,
      'interactions',
      data.interactions.map((i) => fromInteraction(ws, i)),
    );
    await insertInChunks(
      trx,
      'rejections',
      data.rejections.map((r) => fromRejection(ws, r)),
    );
    await insertInChunks(
      trx,
      'tasks',
      data.tasks.map((t) => fromTask(ws, t)),
    );
  });
  await refreshStatistics(deps.db);
  return {
    applications: data.applications.length,
    contacts: data.contacts.length,
    interviews: data.interviews.length,
    interactions: data.interactions.length,
    rejections: data.rejections.length,
    tasks: data.tasks.length,
  };
}

function buildDemoData(
  nowMs: number,
  scale: number,
  seed: number,
  settings: RecoverySettings,
): DemoData {
  const rng = random(seed);
  const data: DemoData = {
    applications: [],
    stageEvents: [],
    contacts: [],
    links: [],
    interviews: [],
    interactions: [],
    messages: [],
    rejections: [],
    tasks: [],
  };
  const personName = () => `${rng.pick(DEMO_FIRST_NAMES)} ${rng.pick(DEMO_LAST_NAMES)}`;
  const addContact = (
    relationship: Relationship,
    company: (typeof DEMO_COMPANIES)[number] | null,
    howMet: string,
    createdMs: number,
  ): Contact => {
    const name = personName();
    const handle = name.toLowerCase().replace(/[^a-z]+/g, '-');
    const contact: Contact = {
      id: newId('con'),
      name,
      title: company ? relationshipTitle(relationship) : rng.pick(DEMO_ROLES),
      company: company?.name ?? rng.pick(DEMO_COMPANIES).name,
      email: company ? `${handle.replace('-', '.')}@${company.domain}` : null,
      otherEmails: [],
      linkedinUrl: `https://www.linkedin.com/in/${handle}-${rng.int(9000) + 1000}`,
      phone: null,
      otherPhones: [],
      websites: [],
      howMet,
      relationship,
      tags: company ? [] : [rng.pick(DEMO_PEER_TAGS)],
      notes: null,
      lastInteractionAt: null,
      keepInTouchDays: null,
      keepInTouchSnoozedUntil: null,
      unansweredTouches: 0,
      createdAt: iso(createdMs),
      updatedAt: iso(createdMs),
    };
    data.contacts.push(contact);
    return contact;
  };

  for (let block = 0; block < scale; block += 1) {
    OUTCOMES.forEach((outcome, index) => {
      const company = DEMO_COMPANIES[(index + block) % DEMO_COMPANIES.length] ?? DEMO_COMPANIES[0];
      // Walk the pipeline up to the furthest stage reached, a week or two per step.
      const reached = outcome.reached ?? outcome.stage;
      const path: Stage[] =
        outcome.stage === 'saved'
          ? ['saved']
          : PIPELINE_STAGES.filter(
              (s) =>
                s !== 'saved' &&
                PIPELINE_STAGES.indexOf(s) <= PIPELINE_STAGES.indexOf(reached as typeof s),
            );
      if (outcome.stage !== reached) path.push(outcome.stage);
      // Late enough to be a real search, early enough that every step is in the past.
      const latestStartMs = nowMs - (path.length * 15 + 4) * DAY;
      const startMs = Math.min(nowMs - (20 + rng.int(330)) * DAY, latestStartMs);
      const application: Application = {
        id: newId('app'),
        company: company.name,
        role: rng.pick(DEMO_ROLES),
        link: `https://${company.domain}/careers/${1000 + rng.int(9000)}`,
        source: rng.pick(DEMO_SOURCES),
        location: company.location,
        salaryMin: 80_000 + rng.int(8) * 5000,
        salaryMax: 120_000 + rng.int(8) * 5000,
        salaryCurrency: 'USD',
        postingText: null,
        notes: null,
        stage: outcome.stage,
        stageChangedAt: iso(startMs),
        createdAt: iso(startMs),
        updatedAt: iso(startMs),
      };
      let at = startMs;
      const stageTimes = new Map<Stage, number>();
      for (const stage of path) {
        stageTimes.set(stage, at);
        data.stageEvents.push({
          id: newId('stg'),
          applicationId: application.id,
          stage,
          at: iso(at),
          note: null,
        });
        at += (5 + rng.int(10)) * DAY;
      }
      const lastMs = Math.min(at - 5 * DAY, nowMs - DAY);
      application.stageChangedAt = iso(stageTimes.get(outcome.stage) ?? startMs);
      application.updatedAt = iso(Math.max(startMs, lastMs));
      data.applications.push(application);

      const people: Contact[] = [];
      const firstInterview = data.interviews.length;
      const met = (relationship: Relationship) => {
        const contact = addContact(
          relationship,
          company,
          `Interview process at ${company.name}`,
          startMs,
        );
        data.links.push([application.id, contact.id]);
        people.push(contact);
        return contact;
      };
      const screenAt = stageTimes.get('screen');
      if (screenAt !== undefined) {
        const recruiter = met('recruiter');
        pushInterview(data, rng, application.id, screenAt + DAY, 1, 'phone', [recruiter.id]);
      }
      const interviewAt = stageTimes.get('interview');
      if (interviewAt !== undefined) {
        const manager = met('hiring_manager');
        pushInterview(data, rng, application.id, interviewAt + 2 * DAY, 2, 'video', [manager.id]);
      }
      const finalAt = stageTimes.get('final');
      if (finalAt !== undefined) {
        const panel = [met('interviewer'), met('interviewer')];
        pushInterview(
          data,
          rng,
          application.id,
          finalAt + 2 * DAY,
          3,
          'panel',
          panel.map((p) => p.id),
        );
      }
      if (outcome.stage === 'rejected' && outcome.channel !== undefined) {
        const rejectedMs = stageTimes.get('rejected') ?? lastMs;
        const human = outcome.channel !== 'automated';
        const messenger = people[0];
        data.rejections.push({
          id: newId('rej'),
          applicationId: application.id,
          rejectedOn: iso(rejectedMs).slice(0, 10),
          stageReached: reached,
          channel: outcome.channel,
          reason: human ? rng.pick(DEMO_REJECTION_REASONS) : null,
          humanContact: human,
          contactId: human && messenger ? messenger.id : null,
          seniorRole: null,
          reflection: null,
          feedback: null,
          feedbackReceivedOn: null,
          createdAt: iso(rejectedMs),
          updatedAt: iso(rejectedMs),
        });
        addDemoRecovery(data, rng, {
          application,
          rejection: data.rejections.at(-1) as Rejection,
          people,
          interviews: data.interviews.slice(firstInterview),
          settings,
          nowMs,
        });
      }
    });
  }

  const target = DEMO_UNIT.contacts * scale;
  while (data.contacts.length < target) {
    const createdMs = nowMs - rng.int(700) * DAY;
    addContact(
      rng.next() < 0.2 ? 'mentor' : 'peer',
      null,
      rng.pick([
        'Former colleague',
        'University alumni network',
        'Met at a meetup',
        'Introduced by a friend',
      ]),
      createdMs,
    );
  }

  const applicationOf = new Map(data.links.map(([app, contact]) => [contact, app]));
  const channels: readonly InteractionChannel[] = [
    'email',
    'linkedin',
    'call',
    'meeting',
    'article',
    'message',
  ];
  while (data.interactions.length < DEMO_UNIT.interactions * scale) {
    const contact = data.contacts[rng.int(data.contacts.length)] as Contact;
    // Spread evenly between when they were met (at most a year ago) and yesterday.
    const fromMs = Math.min(
      Math.max(Date.parse(contact.createdAt), nowMs - 365 * DAY),
      nowMs - 2 * DAY,
    );
    const occurred = Math.floor(fromMs + rng.next() * (nowMs - DAY - fromMs));
    data.interactions.push({
      id: newId('int'),
      contactId: contact.id,
      applicationId: applicationOf.get(contact.id) ?? null,
      occurredAt: iso(occurred),
      channel: rng.pick(channels),
      direction: rng.next() < 0.7 ? 'outbound' : 'inbound',
      summary: rng.pick(DEMO_INTERACTION_SUMMARIES),
      messageId: null,
      createdAt: iso(occurred),
    });
  }
  finishDemoContacts(data, rng, nowMs);
  return data;
}
