import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import type { Relationship } from '../../core/enums';
import { invalidateApplication } from './applications';
import { api, unwrap, type Schemas } from './client';

export type Contact = Schemas['Contact'];
export type ContactDetail = Schemas['ContactDetail'];
export type ContactInput = Schemas['ContactInput'];
export type ContactPatch = Schemas['ContactPatch'];
export type Interaction = Schemas['Interaction'];
export type InteractionInput = Schemas['InteractionInput'];

export interface ContactQuery {
  search?: string;
  relationship?: Relationship;
  sort?: 'last_interaction' | 'name';
  limit?: number;
  offset?: number;
}

export const contactKeys = {
  all: ['contacts'] as const,
  list: (query: ContactQuery) => ['contacts', 'list', query] as const,
  detail: (id: string) => ['contacts', 'detail', id] as const,
};

export function useContacts(query: ContactQuery) {
  return useQuery({
    queryKey: contactKeys.list(query),
    queryFn: ({ signal }) => unwrap(api.GET('/contacts', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** Contacts a page at a time, for a list that grows as the user asks for more. */
export function useContactPages(query: Omit<ContactQuery, 'offset'>) {
  return useInfiniteQuery({
    queryKey: [...contactKeys.list(query), 'pages'],
    queryFn: ({ signal, pageParam }) =>
      unwrap(api.GET('/contacts', { params: { query: { ...query, offset: pageParam } }, signal })),
    initialPageParam: 0,
    getNextPageParam: (page) => page.nextOffset ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useContactDetail(id: string, enabled = true) {
  return useQuery({
    enabled,
    queryKey: contactKeys.detail(id),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/contacts/{id}', { params: { path: { id } }, signal })),
  });
}

function invalidateContacts(client: QueryClient) {
  void client.invalidateQueries({ queryKey: contactKeys.all });
}

export function useCreateContact() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ContactInput) => unwrap(api.POST('/contacts', { body })),
    onSuccess: (contact) => {
      invalidateContacts(client);
      for (const id of contact.applicationIds) invalidateApplication(client, id);
    },
  });
}

export function useUpdateContact(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ContactPatch) =>
      unwrap(api.PATCH('/contacts/{id}', { params: { path: { id } }, body })),
    onSuccess: () => invalidateContacts(client),
  });
}

/** Logs a touchpoint; the contact's "last in touch" and any cadence start again from it. */
export function useLogInteraction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: InteractionInput) => unwrap(api.POST('/interactions', { body })),
    onSuccess: (interaction) => {
      invalidateContacts(client);
      void client.invalidateQueries({ queryKey: ['agenda'] });
      // A touchpoint can close steps in any plan that has this person in it.
      invalidateApplication(client);
      if (interaction.applicationId) invalidateApplication(client, interaction.applicationId);
    },
  });
}
