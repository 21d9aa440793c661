import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/api-error';
import { teamKeys } from '../api/team';

/**
 * One client for the app: data stays fresh for a short while and a 4xx is never retried. In a
 * team installation a session can end while a page is open (idle time, sign-out elsewhere): any
 * call answered "not signed in" asks again who is, and the sign-in page takes over.
 */
export function createQueryClient(): QueryClient {
  const sessionEnded = (error: unknown) => {
    if (error instanceof ApiError && error.status === 401 && error.code === 'unauthorized') {
      void client.invalidateQueries({ queryKey: teamKeys.me });
    }
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: sessionEnded }),
    mutationCache: new MutationCache({ onError: sessionEnded }),
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        refetchOnWindowFocus: true,
        retry: (failures, error) =>
          !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failures < 2,
      },
      mutations: { retry: false },
    },
  });
  return client;
}
