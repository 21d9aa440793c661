import { ActionIcon, Badge, Button, Group, Stack, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLogout } from '@tabler/icons-react';
import { errorMessage } from '../api/api-error';
import { useSignOut, type Account } from '../api/team';
import { ROLE_LABELS } from '../lib/labels';

/** Who is signed in, as what, and the way out: the header of a team installation. */
export function AccountMenu({ account }: { account: Account }) {
  const signOut = useSignOut();
  const leave = async () => {
    try {
      await signOut.mutateAsync();
      // A fresh page load: nothing read while signed in stays in this tab's memory.
      window.location.assign('/sign-in');
    } catch (error) {
      notifications.show({
        color: 'red',
        title: 'Could not sign out',
        message: errorMessage(error),
      });
    }
  };
  return (
    <Group gap="xs" wrap="nowrap" aria-label="Signed in" role="group">
      <Stack gap={0} align="flex-end" visibleFrom="sm">
        <Text size="sm" fw={600} lh={1.2} data-testid="account-name">
          {account.name}
        </Text>
        <Badge size="xs" variant="light" color="gray">
          {ROLE_LABELS[account.role]}
        </Badge>
      </Stack>
      <Button
        variant="default"
        size="xs"
        leftSection={<IconLogout size={14} aria-hidden />}
        onClick={() => void leave()}
        loading={signOut.isPending}
        visibleFrom="xs"
      >
        Sign out
      </Button>
      <Tooltip label="Sign out" hiddenFrom="xs">
        <ActionIcon
          variant="default"
          size="lg"
          onClick={() => void leave()}
          aria-label={`Sign out ${account.name}`}
          hiddenFrom="xs"
        >
          <IconLogout size={18} aria-hidden />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
