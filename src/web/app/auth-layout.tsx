import { Container, Group, Paper } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { Navigate, Outlet } from 'react-router';
import { useMe } from '../api/team';
import { AppLoading } from '../components/app-loading';
import { BrandMark } from '../components/brand-mark';

/**
 * The frame of the pages reached before signing in (sign in, join, a new password): the name
 * and one card, nothing that needs a session. Local mode has no accounts, so it goes home.
 */
export function AuthLayout() {
  const me = useMe();
  if (me.isPending) return <AppLoading />;
  if (me.data?.mode !== 'team') return <Navigate to="/" replace />;
  return (
    <>
      <Notifications position="bottom-right" limit={3} />
      <Container size={440} py={{ base: 'lg', sm: 64 }} component="main" id="main">
        <Group justify="center" mb="lg">
          <BrandMark />
        </Group>
        <Paper withBorder radius="md" p={{ base: 'md', sm: 'xl' }}>
          <Outlet />
        </Paper>
      </Container>
    </>
  );
}
