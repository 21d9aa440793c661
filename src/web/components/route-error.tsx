import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { Link, useRouteError } from 'react-router';
import { ApiError, errorMessage } from '../api/api-error';

/** What a page shows when it could not load: the reason in words and a way on. */
export function RouteError() {
  const error = useRouteError();
  const notFound = error instanceof ApiError && error.status === 404;
  // A new build replaces the hashed files; a page left open from the old one needs a reload.
  const staleBuild =
    error instanceof TypeError && /dynamically imported module/i.test(error.message);
  return (
    <Stack maw={560} mx="auto" my="xl">
      <Alert
        color={notFound ? 'gray' : 'red'}
        icon={<IconAlertCircle aria-hidden />}
        title={notFound ? 'Not found' : 'This page could not be shown'}
      >
        <Text size="sm">
          {staleBuild
            ? 'Rebound was updated while this page was open. Reload to get the new version.'
            : errorMessage(error)}
        </Text>
      </Alert>
      <Group>
        <Button onClick={() => window.location.reload()} variant="light">
          Reload
        </Button>
        <Button component={Link} to="/" variant="subtle">
          Go to Today
        </Button>
      </Group>
    </Stack>
  );
}
