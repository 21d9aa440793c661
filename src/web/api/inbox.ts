import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { agendaKeys } from './agenda';
import { api, unwrap, type Schemas } from './client';

export type InboxMessage = Schemas['InboxMessage'];
export type InboxDecision = Schemas['InboxDecision'];

export const inboxKeys = {
  all: ['inbox'] as const,
  list: (status: string) => ['inbox', 'list', status] as const,
  imap: ['inbox', 'imap'] as const,
};

/** Messages in one status, newest first. */
export function useInboxMessages(status: 'review' | 'applied') {
  return useQuery({
    queryKey: inboxKeys.list(status),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/inbox/messages', { params: { query: { status, limit: 100 } }, signal })),
  });
}

export function useImapAccount() {
  return useQuery({
    queryKey: inboxKeys.imap,
    queryFn: ({ signal }) => unwrap(api.GET('/inbox/imap', { signal })),
  });
}

/** A change to the inbox can change applications, the plan and Today: all are fetched again. */
function useRefresh() {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: inboxKeys.all });
    void client.invalidateQueries({ queryKey: agendaKeys.all });
    void client.invalidateQueries({ queryKey: ['applications'] });
  };
}

export function useInboxAction() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({
      id,
      verb,
      decision,
    }: {
      id: string;
      verb: 'accept' | 'dismiss' | 'undo';
      decision?: InboxDecision;
    }) =>
      verb === 'accept'
        ? unwrap(
            api.POST('/inbox/messages/{id}/accept', {
              params: { path: { id } },
              body: decision ?? {},
            }),
          )
        : verb === 'dismiss'
          ? unwrap(api.POST('/inbox/messages/{id}/dismiss', { params: { path: { id } } }))
          : unwrap(api.POST('/inbox/messages/{id}/undo', { params: { path: { id } } })),
    onSuccess: refresh,
  });
}

export function useImportMail() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (files: { name: string; content: string }[]) =>
      unwrap(api.POST('/inbox/import', { body: { files } })),
    onSuccess: refresh,
  });
}

export function useSaveImap() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['ImapSettingsInput']) => unwrap(api.PUT('/inbox/imap', { body })),
    onSuccess: (view) => client.setQueryData(inboxKeys.imap, view),
  });
}

export function useSyncImap() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/inbox/imap/sync')),
    onSuccess: refresh,
  });
}
