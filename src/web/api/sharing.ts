import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from './client';
import { useMe } from './team';

export type Sharing = Schemas['Sharing'];
export type SharingPatch = Schemas['SharingPatch'];
export type AccessLog = Schemas['AccessLog'];
export type SharedItemKind = Sharing['items'][number]['kind'];

export const sharingKeys = {
  sharing: ['team', 'sharing'] as const,
  accessLog: ['team', 'access-log'] as const,
};

/**
 * Whether this browser belongs to a seeker in a team installation (false while unknown): local
 * mode has no one signed in, and whoever is not a seeker has nothing to share.
 */
export function useIsTeamSeeker(): boolean {
  const me = useMe().data;
  return me?.mode === 'team' && me.account?.role === 'seeker';
}

/** What the seeker shares with their coach. */
export function useSharing(enabled = true) {
  return useQuery({
    queryKey: sharingKeys.sharing,
    queryFn: ({ signal }) => unwrap(api.GET('/team/sharing', { signal })),
    enabled,
  });
}

/** Who read what of the seeker's workspace, newest first. */
export function useAccessLog() {
  return useQuery({
    queryKey: sharingKeys.accessLog,
    queryFn: ({ signal }) => unwrap(api.GET('/access-log', { signal })),
  });
}

export function useChangeSharing() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: SharingPatch) => unwrap(api.PATCH('/team/sharing', { body })),
    onSuccess: (sharing) => client.setQueryData(sharingKeys.sharing, sharing),
  });
}

export interface ShareItem {
  kind: SharedItemKind;
  /** The rejection (a reflection) or the draft message. */
  id: string;
  shared: boolean;
}

/** Shares one reflection or draft with the coach, or takes it back. */
export function useShareItem() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, id, shared }: ShareItem) => {
      const params = { params: { path: { id } } };
      if (kind === 'reflection') {
        return unwrap(
          shared
            ? api.PUT('/team/sharing/reflections/{id}', params)
            : api.DELETE('/team/sharing/reflections/{id}', params),
        );
      }
      return unwrap(
        shared
          ? api.PUT('/team/sharing/drafts/{id}', params)
          : api.DELETE('/team/sharing/drafts/{id}', params),
      );
    },
    onSuccess: (sharing) => client.setQueryData(sharingKeys.sharing, sharing),
  });
}
