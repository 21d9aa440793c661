import type { Application, StageEvent } from '../core/application';
import type { Contact } from '../core/contact';
import type { Interaction } from '../core/interaction';
import type { Interview } from '../core/interview';
import type { Message } from '../core/message';
import type { Rejection } from '../core/rejection';
import type { Task } from '../core/task';
import { buildTimeline, type TimelineEntry } from '../core/timeline';
import { listStageEvents } from '../storage/repositories/applications';
import { listContactsOfApplication } from '../storage/repositories/contacts';
import { queryInteractions } from '../storage/repositories/interactions';
import { listInterviews } from '../storage/repositories/interviews';
import { listMessagesOfApplication } from '../storage/repositories/messages';
import { findRejectionOfApplication } from '../storage/repositories/rejections';
import { listTasksOfApplication } from '../storage/repositories/tasks';
import { requireApplication } from './applications';
import type { UseCaseDeps } from './deps';

export interface ApplicationDetail {
  application: Application;
  stageHistory: StageEvent[];
  interviews: Interview[];
  contacts: Contact[];
  interactions: Interaction[];
  rejection: Rejection | null;
  tasks: Task[];
  messages: Message[];
  timeline: TimelineEntry[];
}

/** The most recent interactions shown with an application; older ones are paged separately. */
const DETAIL_INTERACTION_LIMIT = 200;

/** One application with everything that happened around it. */
export async function getApplicationDetail(
  deps: UseCaseDeps,
  { id }: { id: string },
): Promise<ApplicationDetail> {
  const { db, workspaceId } = deps;
  const application = await requireApplication(db, workspaceId, id);
  const [stageHistory, interviews, contacts, interactions, rejection, tasks, messages] =
    await Promise.all([
      listStageEvents(db, workspaceId, id),
      listInterviews(db, workspaceId, { applicationId: id }),
      listContactsOfApplication(db, workspaceId, id),
      queryInteractions(db, workspaceId, {
        applicationId: id,
        limit: DETAIL_INTERACTION_LIMIT,
        offset: 0,
      }),
      findRejectionOfApplication(db, workspaceId, id),
      listTasksOfApplication(db, workspaceId, id),
      listMessagesOfApplication(db, workspaceId, id),
    ]);
  const timeline = buildTimeline({
    stageEvents: stageHistory,
    interviews,
    interactions,
    messages,
    rejection: rejection ?? null,
    contacts,
  });
  return {
    application,
    stageHistory,
    interviews,
    contacts,
    interactions,
    rejection: rejection ?? null,
    tasks,
    messages,
    timeline,
  };
}
