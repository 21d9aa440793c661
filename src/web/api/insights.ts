import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from './client';

export type Insights = Schemas['Insights'];
export type Lesson = Schemas['Lesson'];
export type Theme = Schemas['Theme'];
export type FunnelSlice = Schemas['FunnelSlice'];
export type FollowThrough = Schemas['FollowThrough'];

export const insightsKeys = { all: ['insights'] as const };

/** Every insight at once: the page reads them from one request. */
export function useInsights() {
  return useQuery({
    queryKey: insightsKeys.all,
    queryFn: ({ signal }) => unwrap(api.GET('/insights', { signal })),
  });
}
