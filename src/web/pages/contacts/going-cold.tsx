import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil } from '@tabler/icons-react';
import { Link } from 'react-router';
import { errorMessage } from '../../api/api-error';
import { useGoingCold, useSnoozeKeepInTouch } from '../../api/agenda';
import { LogInteractionMenu } from '../../components/log-interaction-menu';
import { SnoozeMenu } from '../../components/snooze-menu';
import { useStartMessage } from '../composer/use-start-message';

/** The people whose keep-in-touch is due or nearly so, the longest overdue first. */
export function GoingCold() {
  const cold = useGoingCold(6);
  const snooze = useSnoozeKeepInTouch();
  const start = useStartMessage();
  const items = cold.data?.items ?? [];
  if (items.length === 0) return null;
  const onError = (error: unknown) =>
    notifications.show({ color: 'red', title: 'That did not work', message: errorMessage(error) });
  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="section"
      aria-labelledby="going-cold-title"
      mb="md"
      data-going-cold
    >
      <Title order={2} size="h4" id="going-cold-title" mb={4}>
        Going cold
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        A short, specific note keeps these people warm. Logging any touchpoint starts their count
        again.
      </Text>
      <Stack gap="sm" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {items.map(({ contact, status }) => (
          <li key={contact.id} data-cold-contact={contact.id}>
            <Group justify="space-between" gap="xs" wrap="wrap" align="flex-start">
              <Stack gap={0} style={{ minWidth: 0, flex: '1 1 260px' }}>
                <Anchor component={Link} to={`/contacts/${contact.id}`} fw={600} size="sm">
                  {contact.name}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {status.reason}
                </Text>
              </Stack>
              <Group gap="xs">
                <Button
                  size="xs"
                  leftSection={<IconPencil size={14} aria-hidden />}
                  onClick={() =>
                    start.mutate(
                      { kind: 'keep_in_touch', applicationId: null, contactId: contact.id },
                      { onError },
                    )
                  }
                >
                  Write
                </Button>
                <LogInteractionMenu contact={contact} compact />
                <SnoozeMenu
                  what={`keeping in touch with ${contact.name}`}
                  onSnooze={(until) => snooze.mutate({ contactId: contact.id, until }, { onError })}
                />
              </Group>
            </Group>
          </li>
        ))}
      </Stack>
    </Paper>
  );
}
