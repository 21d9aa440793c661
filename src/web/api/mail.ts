import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from './client';
import { messageKeys, recordSent } from './messages';

export type MailSettings = Schemas['SmtpSettings'];
export type MailSettingsInput = Schemas['SmtpSettingsInput'];

export const mailKeys = { settings: ['mail', 'settings'] as const };

/**
 * The account email is sent through, without its password. A 409 means this setup of Rebound
 * cannot send at all; `source: 'none'` means it can, once an account is saved.
 */
export function useMailSettings() {
  return useQuery({
    queryKey: mailKeys.settings,
    queryFn: ({ signal }) => unwrap(api.GET('/mail/settings', { signal })),
    staleTime: 60_000,
    retry: false,
  });
}

/** True once an account is saved or the environment provides one. */
export const canSendMail = (settings: MailSettings | undefined) =>
  settings !== undefined && settings.source !== 'none';

/** Saves the account; a password left out keeps the saved one, null removes it. */
export function useSaveMailSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: MailSettingsInput) => unwrap(api.PUT('/mail/settings', { body })),
    onSuccess: (settings) => client.setQueryData(mailKeys.settings, settings),
  });
}

/** Connects to the saved account and signs in, without sending anything. */
export function useTestMail() {
  return useMutation({
    mutationFn: () => unwrap(api.POST('/mail/test', { body: {} })),
  });
}

/**
 * Whether "send" finished while the request waited (the sent message and its delivery), rather
 * than a team installation queueing the draft.
 */
export const sentAtOnce = <T extends object>(
  answer: T | undefined,
): answer is Extract<T, { delivery: unknown }> => answer !== undefined && 'delivery' in answer;

/**
 * Sends a draft through the user's account. On success the server has recorded it as sent,
 * logged it with the person and completed its step, exactly as "Mark as sent" does. A team
 * installation sends in the background instead, and the message is shown again as it goes.
 */
export function useSendMessage(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['SendMessage']) =>
      unwrap(api.POST('/messages/{id}/send', { params: { path: { id } }, body })),
    onSuccess: (result) => {
      if (sentAtOnce(result)) recordSent(client, id, result);
      else void client.invalidateQueries({ queryKey: messageKeys.all });
    },
  });
}
