import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from './client';

export type Settings = Schemas['Settings'];
export type SettingsPatch = Schemas['SettingsPatch'];

export const settingsKeys = {
  all: ['settings'] as const,
  feed: ['settings', 'calendar-feed'] as const,
};

export function useSettings() {
  return useQuery({
    queryKey: settingsKeys.all,
    queryFn: ({ signal }) => unwrap(api.GET('/settings', { signal })),
    staleTime: 5 * 60_000,
  });
}

/** Changes settings; open plan steps move with them, so plans and Today refresh too. */
export function useUpdateSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: SettingsPatch) => unwrap(api.PATCH('/settings', { body })),
    onSuccess: (settings) => {
      client.setQueryData(settingsKeys.all, settings);
      void client.invalidateQueries({ queryKey: ['agenda'] });
      void client.invalidateQueries({ queryKey: ['recovery'] });
    },
  });
}

export function useCalendarFeed() {
  return useQuery({
    queryKey: settingsKeys.feed,
    queryFn: ({ signal }) => unwrap(api.GET('/calendar-feed', { signal })),
  });
}

/** Replaces the feed's secret address; calendars subscribed to the old one stop updating. */
export function useRotateCalendarFeed() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/calendar-feed/rotate')),
    onSuccess: (feed) => client.setQueryData(settingsKeys.feed, feed),
  });
}
