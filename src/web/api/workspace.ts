import { useMutation, useQueryClient } from '@tanstack/react-query';
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
