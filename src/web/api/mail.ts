import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from './client';
import { recordSent } from './messages';

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
 * Sends a draft through the user's account. On success the server has recorded it as sent,
 * logged it with the person and completed its step, exactly as "Mark as sent" does.
 */
export function useSendMessage(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['SendMessage']) =>
      unwrap(api.POST('/messages/{id}/send', { params: { path: { id } }, body })),
    onSuccess: (result) => recordSent(client, id, result),
  });
}
