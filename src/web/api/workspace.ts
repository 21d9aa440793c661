import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from './client';

export type ImportMode = 'empty' | 'replace' | 'merge';

/** Fills the workspace with the invented sample search, then refreshes everything shown. */
export function useLoadDemo() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (replace: boolean) => unwrap(api.POST('/demo', { body: { replace } })),
    onSuccess: () => client.invalidateQueries(),
  });
}

const sampleKey = ['sample-data'] as const;

/** How much of the workspace is the invented sample: counts of its applications and people. */
export function useSampleData() {
  return useQuery({
    queryKey: sampleKey,
    queryFn: ({ signal }) => unwrap(api.GET('/demo', { signal })),
  });
}

/** Removes the sample and what was recorded about it, keeping the user's own records. */
export function useRemoveSampleData() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.DELETE('/demo')),
    onSuccess: () => client.invalidateQueries(),
  });
}

/** Loads a workspace document exported earlier; all of it or nothing. */
export function useImportWorkspace() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ document, mode }: { document: unknown; mode: ImportMode }) =>
      unwrap(api.POST('/import', { params: { query: { mode } }, body: document })),
    onSuccess: () => client.invalidateQueries(),
  });
}

export type ImportReport = Schemas['ImportReport'];
