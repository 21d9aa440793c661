import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from './client';

export type Account = Schemas['Account'];
export type Role = Account['role'];
export type Members = Schemas['Members'];
export type CaseloadEntry = Schemas['Caseload']['items'][number];
export type Invitation = Schemas['Invitation'];
export type CoachNote = Schemas['CoachNote'];

/** The mode, and who is signed in (`account` is null when nobody is). */
export type Me = Schemas['Me'];

/** One way to sign in besides the password: an identity provider's button. */
export interface SsoProvider {
  id: string;
  label: string;
  startUrl: string;
}

export interface SignInOptions {
  password: boolean;
  sso: SsoProvider[];
}

export const teamKeys = {
  me: ['team', 'me'] as const,
  signInOptions: ['team', 'sign-in-options'] as const,
  members: ['team', 'members'] as const,
  /** Under the members' key: whatever changes the members refreshes these too. */
  invitations: ['team', 'members', 'invitations'] as const,
  caseload: ['team', 'caseload'] as const,
  /** Everything read from one seeker's workspace by their coach. */
  seeker: (workspaceId: string) => ['team', 'seeker', workspaceId] as const,
  notes: ['coach-notes'] as const,
};

/** Whether this is a team installation, and who is signed in; asked once per page load. */
export function useMe() {
  return useQuery({
    queryKey: teamKeys.me,
    queryFn: ({ signal }) => unwrap(api.GET('/team/me', { signal })),
    staleTime: Infinity,
    retry: 1,
  });
}

/** An `sso` entry the page can trust to draw a button from; anything else is left out. */
function isProvider(value: unknown): value is SsoProvider {
  const entry = value as Partial<SsoProvider> | null;
  return (
    typeof entry?.id === 'string' &&
    typeof entry.label === 'string' &&
    typeof entry.startUrl === 'string' &&
    // Only Rebound's own start routes: a button never sends the browser to another site directly.
    entry.startUrl.startsWith('/api/')
  );
}

/**
 * The ways to sign in (`GET /api/team/sign-in-options`). A server without single sign-on has no
 * such route: its refusal means a password only. Fetched by hand: the route may be absent from
 * the API this app was built against.
 */
export function useSignInOptions() {
  return useQuery({
    queryKey: teamKeys.signInOptions,
    queryFn: async ({ signal }): Promise<SignInOptions> => {
      const response = await fetch('/api/team/sign-in-options', { signal });
      const text = await response.text();
      // 404 (or, before the route exists, the session the unknown route asks for): no SSO.
      if (!response.ok) return { password: true, sso: [] };
      const body = JSON.parse(text) as { password?: unknown; sso?: unknown };
      return {
        password: body.password !== false,
        sso: Array.isArray(body.sso) ? body.sso.filter(isProvider) : [],
      };
    },
    staleTime: Infinity,
  });
}

/** After signing in or out, everything cached belonged to someone else: start afresh. */
function useSessionChanged() {
  const client = useQueryClient();
  return (me: Me) => {
    const kept = new Set([teamKeys.me, teamKeys.signInOptions].map((key) => key.join('/')));
    client.removeQueries({ predicate: (query) => !kept.has(query.queryKey.join('/')) });
    client.setQueryData(teamKeys.me, me);
  };
}

export function useSignIn() {
  const changed = useSessionChanged();
  return useMutation({
    mutationFn: (body: Schemas['SignIn']) => unwrap(api.POST('/session', { body })),
    onSuccess: ({ account }) => changed({ mode: 'team', account }),
  });
}

/** Ends the session on the server; the caller then leaves the page, and its memory, behind. */
export function useSignOut() {
  return useMutation({ mutationFn: () => unwrap(api.DELETE('/session')) });
}

export function useAcceptInvitation() {
  return useMutation({
    mutationFn: (body: Schemas['AcceptInvitation']) =>
      unwrap(api.POST('/team/invitations/accept', { body })),
  });
}

export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (body: Schemas['PasswordResetRequest']) =>
      unwrap(api.POST('/session/reset-requests', { body })),
  });
}

export function useResetPassword() {
  return useMutation({
    mutationFn: (body: Schemas['PasswordReset']) =>
      unwrap(api.POST('/session/password-reset', { body })),
  });
}

export function useMembers() {
  return useQuery({
    queryKey: teamKeys.members,
    queryFn: ({ signal }) => unwrap(api.GET('/team/members', { signal })),
  });
}

function useMembersChanged() {
  const client = useQueryClient();
  return () => void client.invalidateQueries({ queryKey: teamKeys.members });
}

export function useInvite() {
  const changed = useMembersChanged();
  return useMutation({
    mutationFn: (body: Schemas['InvitationInput']) =>
      unwrap(api.POST('/team/invitations', { body })),
    onSuccess: changed,
  });
}

export function useAssignCoach() {
  const changed = useMembersChanged();
  return useMutation({
    mutationFn: (body: Schemas['AssignmentInput']) =>
      unwrap(api.POST('/team/assignments', { body })),
    onSuccess: changed,
  });
}

export function useRemoveMember() {
  const changed = useMembersChanged();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.DELETE('/team/members/{id}', { params: { path: { id } } })),
    onSuccess: changed,
  });
}

export function useCaseload() {
  return useQuery({
    queryKey: teamKeys.caseload,
    queryFn: ({ signal }) => unwrap(api.GET('/team/caseload', { signal })),
  });
}

/** The header that names whose workspace a coach reads; the server checks the caseload. */
const readAs = (workspaceId: string) => ({ 'X-Rebound-Workspace': workspaceId });

/** A seeker's applications, as their coach may see them. */
export function useSeekerApplications(workspaceId: string) {
  return useQuery({
    queryKey: [...teamKeys.seeker(workspaceId), 'applications'],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/applications', {
          params: { query: { limit: 200 } },
          headers: readAs(workspaceId),
          signal,
        }),
      ),
  });
}

/** A seeker's Today, as their coach may see it. */
export function useSeekerAgenda(workspaceId: string) {
  return useQuery({
    queryKey: [...teamKeys.seeker(workspaceId), 'agenda'],
    queryFn: ({ signal }) => unwrap(api.GET('/agenda', { headers: readAs(workspaceId), signal })),
  });
}

/** The plan after a rejection, as the seeker's coach may see it. */
export function useSeekerPlan(workspaceId: string, applicationId: string) {
  return useQuery({
    queryKey: [...teamKeys.seeker(workspaceId), 'plan', applicationId],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/applications/{id}/plan', {
          params: { path: { id: applicationId } },
          headers: readAs(workspaceId),
          signal,
        }),
      ),
  });
}

/** The notes left in a seeker's workspace: by the coach reading it, or, without one, one's own. */
export function useCoachNotes(workspaceId?: string) {
  return useQuery({
    queryKey: workspaceId ? [...teamKeys.seeker(workspaceId), 'notes'] : teamKeys.notes,
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/coach-notes', {
          ...(workspaceId !== undefined && { headers: readAs(workspaceId) }),
          signal,
        }),
      ),
  });
}

export function useLeaveNote(workspaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['CoachNoteInput']) =>
      unwrap(api.POST('/coach-notes', { body, headers: readAs(workspaceId) })),
    onSuccess: () =>
      void client.invalidateQueries({ queryKey: [...teamKeys.seeker(workspaceId), 'notes'] }),
  });
}

/** Deletes a removed seeker's workspace and account; the session ends with it. */
export function useDeleteOwnData() {
  return useMutation({ mutationFn: () => unwrap(api.DELETE('/team/own-data')) });
}

export type PendingInvitation = Schemas['PendingInvitation'];

/** Invitations nobody has used yet, for an admin. */
export function usePendingInvitations() {
  return useQuery({
    queryKey: teamKeys.invitations,
    queryFn: ({ signal }) => unwrap(api.GET('/team/invitations', { signal })),
  });
}

/** Sends an invitation again with a new link; the old link stops working. */
export function useResendInvitation() {
  const changed = useMembersChanged();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.POST('/team/invitations/{id}/resend', { params: { path: { id } } })),
    onSuccess: changed,
  });
}

/** Takes an invitation back: its link joins no one. */
export function useRevokeInvitation() {
  const changed = useMembersChanged();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.DELETE('/team/invitations/{id}', { params: { path: { id } } })),
    onSuccess: changed,
  });
}
