import { Alert, Button, Group, Skeleton, Stack } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { errorMessage } from '../api/api-error';

interface QueryStateProps<T> {
  query: UseQueryResult<T>;
  /** What is being loaded, for the message if it fails ("this application"). */
  what: string;
  children: (data: T) => ReactNode;
  skeleton?: ReactNode;
}

/** Shows a query's data, a placeholder while it loads, or its error in words with a retry. */
export function QueryState<T>({ query, what, children, skeleton }: QueryStateProps<T>) {
  if (query.isPending) {
    return (
      skeleton ?? (
        <Stack aria-busy aria-label={`Loading ${what}`}>
          <Skeleton h={32} w="40%" />
          <Skeleton h={120} />
          <Skeleton h={120} />
        </Stack>
      )
    );
  }
  if (query.isError) {
    return (
      <Alert color="red" role="alert" title={`Could not load ${what}`}>
        {errorMessage(query.error)}
        <Group mt="sm">
          <Button size="xs" variant="light" color="red" onClick={() => void query.refetch()}>
            Try again
          </Button>
        </Group>
      </Alert>
    );
  }
  return <>{children(query.data)}</>;
}
