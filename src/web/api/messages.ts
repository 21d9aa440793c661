import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { invalidateApplication } from './applications';
import { api, unwrap, type Schemas } from './client';
import { contactKeys } from './contacts';
import type { Agenda } from './agenda';

export type Message = Schemas['Message'];
export type MessageInput = Schemas['MessageInput'];
export type MessagePatch = Schemas['MessagePatch'];

export const messageKeys = {
  all: ['messages'] as const,
  detail: (id: string) => ['messages', 'detail', id] as const,
  sentOf: (applicationId: string | null) => ['messages', 'sent', applicationId] as const,
  toContact: (contactId: string) => ['messages', 'contact', contactId] as const,
};

/** Messages written to one person, newest first. */
export function useContactMessages(contactId: string) {
  return useQuery({
    queryKey: messageKeys.toContact(contactId),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/messages', { params: { query: { contactId, limit: 200 } }, signal })),
  });
}

export function useMessage(id: string) {
  return useQuery({
    queryKey: messageKeys.detail(id),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/messages/{id}', { params: { path: { id } }, signal })),
  });
}

/** The user's earlier sent messages: the coach compares a new one with them. */
export function useSentMessages() {
  return useQuery({
    queryKey: messageKeys.sentOf(null),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/messages', { params: { query: { status: 'sent', limit: 200 } }, signal })),
    staleTime: 60_000,
  });
}

export function useCreateMessage() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: MessageInput) => unwrap(api.POST('/messages', { body })),
    onSuccess: (message) => {
      client.setQueryData(messageKeys.detail(message.id), message);
      if (message.applicationId) invalidateApplication(client, message.applicationId);
    },
  });
}

/** Saves edits to a draft; the composer calls it as the user types, a moment after they pause. */
export function useUpdateMessage(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: MessagePatch) =>
      unwrap(api.PATCH('/messages/{id}', { params: { path: { id } }, body })),
    onSuccess: (message) => client.setQueryData(messageKeys.detail(id), message),
  });
}

/**
 * What the page shows once a message went out, by hand or by email: the message sent, Today
 * without the step it completed, and the person, the application and its plan reloaded.
 */
export function recordSent(
  client: QueryClient,
  id: string,
  result: { message: Message; task: { id: string } | null },
) {
  client.setQueryData(messageKeys.detail(id), result.message);
  // Today drops the step at once, rather than showing it until the agenda reloads.
  const done = result.task?.id;
  if (done) {
    client.setQueryData<Agenda>(['agenda'], (agenda) =>
      agenda ? { ...agenda, items: agenda.items.filter((item) => item.id !== done) } : agenda,
    );
  }
  void client.invalidateQueries({ queryKey: messageKeys.all });
  void client.invalidateQueries({ queryKey: contactKeys.all });
  invalidateApplication(client);
  if (result.message.applicationId) invalidateApplication(client, result.message.applicationId);
}

/** Marks a draft sent: the server logs the interaction and completes the plan step it fulfils. */
export function useMarkSent(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['MarkSent']) =>
      unwrap(api.POST('/messages/{id}/sent', { params: { path: { id } }, body })),
    onSuccess: (result) => recordSent(client, id, result),
  });
}

/**
 * Takes back "Mark as sent": the message is a draft again, the touch it logged is gone and the
 * step it completed is open again, so plans, Today and the person are reloaded.
 */
export function useMarkNotSent(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.DELETE('/messages/{id}/sent', { params: { path: { id } } })),
    onSuccess: (result) => {
      client.setQueryData(messageKeys.detail(id), result.message);
      void client.invalidateQueries({ queryKey: ['agenda'] });
      void client.invalidateQueries({ queryKey: messageKeys.all });
      void client.invalidateQueries({ queryKey: contactKeys.all });
      invalidateApplication(client);
      if (result.message.applicationId) invalidateApplication(client, result.message.applicationId);
    },
  });
}

/** Sets the draft to go through the mail account later (by default tomorrow at the reminder time). */
export function useScheduleSend(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['ScheduleSend']) =>
      unwrap(api.PUT('/messages/{id}/schedule', { params: { path: { id } }, body })),
    onSuccess: (message) => client.setQueryData(messageKeys.detail(id), message),
  });
}

/** Calls off a scheduled send; the message stays a draft. */
export function useCancelScheduledSend(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.DELETE('/messages/{id}/schedule', { params: { path: { id } } })),
    onSuccess: (message) => client.setQueryData(messageKeys.detail(id), message),
  });
}
