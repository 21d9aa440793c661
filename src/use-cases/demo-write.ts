import { insertInChunks } from '../storage/bulk';
import type { Db } from '../storage/database';
import { fromApplication, fromStageEvent } from '../storage/repositories/applications';
import { fromContact } from '../storage/repositories/contacts';
import { fromInteraction } from '../storage/repositories/interactions';
import { fromInterview } from '../storage/repositories/interviews';
import { fromMessage } from '../storage/repositories/messages';
import {
  fromPracticeCard,
  fromPracticeCardSource,
  fromPracticeReview,
} from '../storage/repositories/practice';
import { fromRejection } from '../storage/repositories/rejections';
import { fromTask } from '../storage/repositories/tasks';
import type { DemoData } from './demo-support';

/** Writes the sample, parents before children, inside the caller's transaction. */
export async function writeDemoData(trx: Db, ws: string, data: DemoData): Promise<void> {
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
  await insertInChunks(
    trx,
    'practice_cards',
    data.practiceCards.map((c) => fromPracticeCard(ws, c)),
  );
  await insertInChunks(
    trx,
    'practice_card_sources',
    data.practiceCardSources.map((s) => fromPracticeCardSource(ws, s)),
  );
  await insertInChunks(
    trx,
    'practice_reviews',
    data.practiceReviews.map((r) => fromPracticeReview(ws, r)),
  );
}
