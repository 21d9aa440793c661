import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import type { MessageKind } from '../../../core/enums';
import { api, unwrap } from '../../api/client';
import { messageKeys } from '../../api/messages';

export interface StartMessage {
  kind: MessageKind;
  applicationId: string | null;
  contactId: string | null;
  /** The plan step the message is for; marking it sent completes that step. */
  taskId?: string;
  channel?: 'email' | 'linkedin' | 'other';
  /** Where the user came from: after a letter, the composer offers what they learned. */
  from?: 'letter';
}

/** LinkedIn notes go out on LinkedIn; everything else starts as an email. */
function channelFor(kind: MessageKind): 'email' | 'linkedin' {
  return kind === 'linkedin_note' ? 'linkedin' : 'email';
}

/**
 * Opens the composer for a message: an unsent draft of the same kind to the same person for the
 * same application is picked up again, so "Write" never scatters half-written copies.
 */
export function useStartMessage() {
  const navigate = useNavigate();
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (start: StartMessage) => {
      const drafts = await unwrap(
        api.GET('/messages', {
          params: {
            query: {
              status: 'draft',
              kind: start.kind,
              ...(start.applicationId !== null && { applicationId: start.applicationId }),
              ...(start.contactId !== null && { contactId: start.contactId }),
              limit: 1,
            },
          },
        }),
      );
      const existing = drafts.items[0];
      if (existing) return existing;
      return unwrap(
        api.POST('/messages', {
          body: {
            kind: start.kind,
            channel: start.channel ?? channelFor(start.kind),
            applicationId: start.applicationId,
            contactId: start.contactId,
            body: '',
          },
        }),
      );
    },
    onSuccess: (message, start) => {
      client.setQueryData(messageKeys.detail(message.id), message);
      const params = new URLSearchParams({
        ...(start.taskId && { task: start.taskId }),
        ...(start.from && { from: start.from }),
      }).toString();
      const query = params === '' ? '' : `?${params}`;
      void navigate(`/messages/${message.id}${query}`);
    },
  });
}
