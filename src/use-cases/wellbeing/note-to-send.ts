import type { TaskKind } from '../../core/enums';
import { findRejectionOfApplication } from '../../storage/repositories/rejections';
import { listTasksOfApplication } from '../../storage/repositories/tasks';
import { queryWins } from '../../storage/repositories/wins';
import type { UseCaseDeps } from '../deps';
import { requireApplication } from '../applications';

/** The plan's steps a letter leads on to, in the order they are offered. */
const NOTE_KINDS: readonly TaskKind[] = ['thank_you', 'feedback_request'];

export interface NoteToSend {
  applicationId: string;
  /** The open thank-you or feedback request of the plan, or null when neither is open. */
  step: { taskId: string; kind: 'thank_you' | 'feedback_request'; contactId: string | null } | null;
  /**
   * What the user learned, offered as material for the note: from the reflection, the feedback
   * and the wins. Never the letter, and never how they felt.
   */
  learned: {
    missingSkills: string[];
    forgotToHighlight: string[];
    communication: string | null;
    wentWell: string | null;
    feedback: string | null;
    wins: string[];
  };
}

/**
 * "Now the note you will send": after writing it out, the gracious note the plan has next for
 * this application, with what was learned as material.
 */
export async function findNoteToSend(
  deps: UseCaseDeps,
  { applicationId }: { applicationId: string },
): Promise<NoteToSend> {
  const { db, workspaceId } = deps;
  await requireApplication(db, workspaceId, applicationId);
  const [tasks, rejection, wins] = await Promise.all([
    listTasksOfApplication(db, workspaceId, applicationId),
    findRejectionOfApplication(db, workspaceId, applicationId),
    queryWins(db, workspaceId, { applicationId, limit: 20, offset: 0 }),
  ]);
  const open = tasks
    .filter((t) => t.status === 'open' && NOTE_KINDS.includes(t.kind))
    .sort((a, b) => NOTE_KINDS.indexOf(a.kind) - NOTE_KINDS.indexOf(b.kind))[0];
  const reflection = rejection?.reflection ?? null;
  return {
    applicationId,
    step: open
      ? {
          taskId: open.id,
          kind: open.kind as 'thank_you' | 'feedback_request',
          contactId: open.contactId,
        }
      : null,
    learned: {
      missingSkills: reflection?.missingSkills.map((s) => s.label) ?? [],
      forgotToHighlight: reflection?.forgotToHighlight ?? [],
      communication: reflection?.communication ?? null,
      wentWell: reflection?.wentWell ?? null,
      feedback: rejection?.feedback ?? null,
      wins: wins.map((w) => w.text),
    },
  };
}
