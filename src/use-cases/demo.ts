import { AppError } from '../core/app-error';
import type { Contact } from '../core/contact';
import type { InteractionChannel, Relationship } from '../core/enums';
import { newId } from '../core/ids';
import { refreshStatistics } from '../storage/connect';
import type { RecoverySettings } from '../core/recovery/settings';
import {
  DEMO_COMPANIES,
  DEMO_FIRST_NAMES,
  DEMO_INTERACTION_SUMMARIES,
  DEMO_LAST_NAMES,
  DEMO_PEER_TAGS,
  DEMO_ROLES,
} from './demo-data';
import type { Db } from '../storage/database';
import { inTransaction, type UseCaseDeps } from './deps';
import { addDemoBlock } from './demo-applications';
import { addDemoPractice } from './demo-practice';
import { finishDemoContacts } from './demo-recovery';
import { DAY, iso, random, relationshipTitle, type DemoData, type Rng } from './demo-support';
import { writeDemoReading } from './demo-reading';
import { writeDemoData } from './demo-write';
import { loadRecoverySettings } from './recovery-context';
import { clearWorkspaceData } from '../storage/bulk';
import { lockForWrite } from '../storage/write-lock';

/** Per unit of scale: 20 applications, 100 contacts, 1,000 interactions. */
export const DEMO_UNIT = { applications: 20, contacts: 100, interactions: 1000 } as const;

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
  /** Practice cards made from the questions that tripped the user up. */
  practiceCards: number;
  /** Sample reading sources and their articles, for suggestions offline. */
  sources: number;
  articles: number;
}

/** The sample needs an empty workspace: refuses one with data, unless asked to replace it. */
async function makeRoom(trx: Db, ws: string, replace: boolean) {
  const existing = await trx
    .selectFrom('applications')
    .select('id')
    .where('workspace_id', '=', ws)
    .union(trx.selectFrom('contacts').select('id').where('workspace_id', '=', ws))
    .limit(1)
    .execute();
  if (existing.length === 0) return;
  if (!replace) {
    throw new AppError(
      'conflict',
      'This workspace already has data; the sample needs an empty one. Use --replace to overwrite it.',
      { field: 'replace' },
    );
  }
  await clearWorkspaceData(trx, ws);
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
  const reading = await inTransaction(deps.db, async (trx) => {
    // Loaded like an import: a second request at the same moment then finds the room taken.
    await lockForWrite(trx, ws, { kind: 'imports' });
    await makeRoom(trx, ws, replace);
    await writeDemoData(trx, ws, data);
    return writeDemoReading(trx, ws, deps.clock.now().getTime(), seed);
  });
  await refreshStatistics(deps.db);
  return {
    applications: data.applications.length,
    contacts: data.contacts.length,
    interviews: data.interviews.length,
    interactions: data.interactions.length,
    rejections: data.rejections.length,
    tasks: data.tasks.length,
    practiceCards: data.practiceCards.length,
    sources: reading.sources,
    articles: reading.articles,
  };
}

/** Makes sample contacts: people met in a company's process, or peers from elsewhere. */
function contactMaker(data: DemoData, rng: Rng) {
  return (
    relationship: Relationship,
    company: (typeof DEMO_COMPANIES)[number] | null,
    howMet: string,
    createdMs: number,
  ): Contact => {
    const name = `${rng.pick(DEMO_FIRST_NAMES)} ${rng.pick(DEMO_LAST_NAMES)}`;
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
      sample: true,
      createdAt: iso(createdMs),
      updatedAt: iso(createdMs),
    };
    data.contacts.push(contact);
    return contact;
  };
}

/**
 * The sample for one workspace, in memory: `scale` blocks of a realistic search dated up to
 * `nowMs`. Exported so load tests can write many workspaces' samples in one transaction.
 */
export function buildDemoData(
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
    practiceCards: [],
    practiceCardSources: [],
    practiceReviews: [],
  };
  const addContact = contactMaker(data, rng);

  const blockContext = { data, rng, nowMs, settings, addContact };
  for (let block = 0; block < scale; block += 1) addDemoBlock(blockContext, block);
  addDemoPractice(data, rng, nowMs);

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

  addDemoInteractions(data, rng, nowMs, DEMO_UNIT.interactions * scale);
  finishDemoContacts(data, rng, nowMs);
  return data;
}

const INTERACTION_CHANNELS_USED: readonly InteractionChannel[] = [
  'email',
  'linkedin',
  'call',
  'meeting',
  'article',
  'message',
];

/** Interactions with everyone, spread evenly from when each was met to yesterday. */
function addDemoInteractions(data: DemoData, rng: Rng, nowMs: number, target: number) {
  const applicationOf = new Map(data.links.map(([app, contact]) => [contact, app]));
  while (data.interactions.length < target) {
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
      channel: rng.pick(INTERACTION_CHANNELS_USED),
      direction: rng.next() < 0.7 ? 'outbound' : 'inbound',
      summary: rng.pick(DEMO_INTERACTION_SUMMARIES),
      messageId: null,
      createdAt: iso(occurred),
    });
  }
}
