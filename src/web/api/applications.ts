import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { Stage } from '../../core/stages';
import { api, unwrap, type Schemas } from './client';

export type Application = Schemas['Application'];
export type ApplicationDetail = Schemas['ApplicationDetail'];
export type ApplicationInput = Schemas['ApplicationInput'];
export type ApplicationPatch = Schemas['ApplicationPatch'];

export const applicationKeys = {
  all: ['applications'] as const,
  list: () => ['applications', 'list'] as const,
  detail: (id: string) => ['applications', 'detail', id] as const,
};

/** The server's largest page; the board reads every application in as few requests as it can. */
const PAGE = 1000;

async function fetchAllApplications(signal: AbortSignal): Promise<Application[]> {
  const all: Application[] = [];
  let offset: number | null = 0;
  while (offset !== null) {
    const page: Schemas['ApplicationPage'] = await unwrap(
      api.GET('/applications', { params: { query: { limit: PAGE, offset } }, signal }),
    );
    all.push(...page.items);
    offset = page.nextOffset;
  }
  return all;
}

/** Every application, most recently updated first: the board and the table filter it locally. */
export function useApplications() {
  return useQuery({
    queryKey: applicationKeys.list(),
    queryFn: ({ signal }) => fetchAllApplications(signal),
  });
}

/** Whether the workspace has any application yet: one row, not the whole list. */
export function useHasApplications() {
  return useQuery({
    queryKey: [...applicationKeys.all, 'any'] as const,
    queryFn: async ({ signal }) => {
      const page = await unwrap(
        api.GET('/applications', { params: { query: { limit: 1 } }, signal }),
      );
      return page.items.length > 0;
    },
  });
}

export function useApplicationDetail(id: string, enabled = true) {
  return useQuery({
    enabled,
    queryKey: applicationKeys.detail(id),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/applications/{id}', { params: { path: { id } }, signal })),
  });
}

/** After a write that touches one application, its page and the lists are out of date. */
export function invalidateApplication(client: QueryClient, id?: string) {
  void client.invalidateQueries({ queryKey: applicationKeys.list() });
  void client.invalidateQueries({ queryKey: [...applicationKeys.all, 'any'] });
  if (id !== undefined) void client.invalidateQueries({ queryKey: applicationKeys.detail(id) });
  // Plan steps close when messages go out or touchpoints are logged: plans and Today follow.
  void client.invalidateQueries({
    queryKey: id === undefined ? ['recovery'] : ['recovery', 'plan', id],
  });
  void client.invalidateQueries({ queryKey: ['agenda'] });
}

export function useCreateApplication() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ApplicationInput) => unwrap(api.POST('/applications', { body })),
    onSuccess: (created) => {
      client.setQueryData<Application[]>(applicationKeys.list(), (list) =>
        list ? [created, ...list] : list,
      );
      invalidateApplication(client);
    },
  });
}

export function useUpdateApplication(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ApplicationPatch) =>
      unwrap(api.PATCH('/applications/{id}', { params: { path: { id } }, body })),
    onSuccess: () => invalidateApplication(client, id),
  });
}

export interface StageMove {
  id: string;
  stage: Stage;
  note?: string;
}

/**
 * Moves an application to a stage. The board shows the move at once and puts the card back
 * if the server refuses, so dragging never waits on the network.
 */
export function useChangeStage() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, stage, note }: StageMove) =>
      unwrap(
        api.POST('/applications/{id}/stage', {
          params: { path: { id } },
          body: { stage, ...(note !== undefined && { note }) },
        }),
      ),
    onMutate: async ({ id, stage }) => {
      await client.cancelQueries({ queryKey: applicationKeys.list() });
      const before = client.getQueryData<Application[]>(applicationKeys.list());
      client.setQueryData<Application[]>(applicationKeys.list(), (list) =>
        list?.map((a) => (a.id === id ? { ...a, stage } : a)),
      );
      return { before };
    },
    onError: (_error, _move, context) => {
      if (context?.before) client.setQueryData(applicationKeys.list(), context.before);
    },
    onSuccess: ({ application }) => {
      client.setQueryData<Application[]>(applicationKeys.list(), (list) =>
        list?.map((a) => (a.id === application.id ? application : a)),
      );
    },
    onSettled: (_data, _error, { id }) => {
      void client.invalidateQueries({ queryKey: applicationKeys.detail(id) });
      void client.invalidateQueries({ queryKey: ['agenda'] });
    },
  });
}

export function useDeleteApplication() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api.DELETE('/applications/{id}', { params: { path: { id } } })),
    onSuccess: (_data, id) => {
      client.setQueryData<Application[]>(applicationKeys.list(), (list) =>
        list?.filter((a) => a.id !== id),
      );
      client.removeQueries({ queryKey: applicationKeys.detail(id) });
      invalidateApplication(client);
    },
  });
}
