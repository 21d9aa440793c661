import { useQuery } from '@tanstack/react-query';
import type { MessageKind } from '../../core/enums';
import { api, unwrap, type Schemas } from './client';

export type AssembledCoachContext = Schemas['AssembledCoachContext'];

export interface CoachContextRequest {
  applicationId: string;
  kind: MessageKind;
  contactId: string | null;
  /** The message being written: the server leaves it out of the earlier ones. */
  messageId?: string;
}

export interface DraftRequest extends CoachContextRequest {
  /** The plan step it is for: a silver-medalist check-in gets its own wording. */
  taskId?: string;
}

/**
 * Everything the coach should know about a message for an application, assembled by the server
 * from what is stored: the person, what was discussed, the other companies, earlier messages,
 * when the rejection came, and the user's timing and LinkedIn plan. The composer then checks
 * with the pure coach in the browser on every pause in typing.
 */
export function useCoachContext(request: CoachContextRequest | null) {
  return useQuery({
    enabled: request !== null,
    queryKey: ['coach', 'context', request],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/applications/{id}/coach-context', {
          params: {
            path: { id: request?.applicationId ?? '' },
            query: {
              kind: request?.kind ?? 'other',
              ...(request?.contactId && { contactId: request.contactId }),
              ...(request?.messageId && { messageId: request.messageId }),
            },
          },
          signal,
        }),
      ),
    staleTime: 60_000,
  });
}

/** A starting draft from the application's own data, with room marked for the user's words. */
export async function fetchDraft(request: DraftRequest): Promise<string> {
  const result = await unwrap(
    api.POST('/drafts', {
      body: {
        applicationId: request.applicationId,
        kind: request.kind,
        ...(request.contactId && { contactId: request.contactId }),
        ...(request.taskId && { taskId: request.taskId }),
      },
    }),
  );
  return result.draft.text;
}
