import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from './client';
import { contactKeys } from './contacts';

export type Agenda = Schemas['Agenda'];
export type AgendaItem = Schemas['AgendaItem'];

export const agendaKeys = { all: ['agenda'] as const };

/** Today's agenda: everything overdue, today and the week ahead, in the user's time zone. */
export function useAgenda() {
  return useQuery({
    queryKey: agendaKeys.all,
    queryFn: ({ signal }) => unwrap(api.GET('/agenda', { params: { query: {} }, signal })),
    placeholderData: keepPreviousData,
    // A new day can start while the page is open.
    refetchInterval: 5 * 60_000,
  });
}

/** Contacts whose keep-in-touch cadence is due or nearly so, the longest overdue first. */
export function useGoingCold(limit = 8) {
  return useQuery({
    queryKey: [...contactKeys.all, 'going-cold', limit],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/keep-in-touch', { params: { query: { limit } }, signal })),
  });
}

export function useContactKeepInTouch(contactId: string) {
  return useQuery({
    queryKey: [...contactKeys.detail(contactId), 'keep-in-touch'],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/contacts/{id}/keep-in-touch', { params: { path: { id: contactId } }, signal }),
      ),
  });
}

/** Puts keeping in touch with someone off to a day (`tomorrow`, `next-week` or a date). */
export function useSnoozeKeepInTouch() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ contactId, until }: { contactId: string; until: string | null }) =>
      unwrap(
        api.POST('/contacts/{id}/keep-in-touch/snooze', {
          params: { path: { id: contactId } },
          body: { until },
        }),
      ),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: agendaKeys.all });
      void client.invalidateQueries({ queryKey: contactKeys.all });
    },
  });
}

/** Sets a contact's own cadence: a number of days, `default` or `off`. */
export function useSetCadence(contactId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (days: number | 'default' | 'off') =>
      unwrap(
        api.PUT('/contacts/{id}/keep-in-touch', {
          params: { path: { id: contactId } },
          body: { days },
        }),
      ),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: agendaKeys.all });
      void client.invalidateQueries({ queryKey: contactKeys.all });
    },
  });
}
