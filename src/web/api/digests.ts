import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from './client';

export type DigestPreferences = Schemas['DigestPreferences'];
export type DigestPreferencesInput = Schemas['DigestPreferencesInput'];

const digestKey = ['team', 'digest-preferences'] as const;

/** When the signed-in seeker's or coach's daily digest comes, or whether it is off. */
export function useDigestPreferences() {
  return useQuery({
    queryKey: digestKey,
    queryFn: ({ signal }) => unwrap(api.GET('/team/digest-preferences', { signal })),
  });
}

export function useSetDigestPreferences() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: DigestPreferencesInput) =>
      unwrap(api.PUT('/team/digest-preferences', { body })),
    onSuccess: (preferences) => client.setQueryData(digestKey, preferences),
  });
}
