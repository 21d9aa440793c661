import { Anchor, Badge, Button, Group, Menu, Paper, Stack, Text, ActionIcon } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconDots, IconPencil, IconPlayerSkipForward } from '@tabler/icons-react';
import { Link } from 'react-router';
import { errorMessage } from '../../api/api-error';
import type { AgendaItem as Item } from '../../api/agenda';
import { useSnoozeKeepInTouch } from '../../api/agenda';
import { useTaskAction } from '../../api/tasks';
import { ArticleSuggestions } from '../../components/article-suggestions';
import { LogInteractionMenu } from '../../components/log-interaction-menu';
import { SnoozeMenu } from '../../components/snooze-menu';
import { MESSAGE_KIND_FOR_STEP } from '../../../core/step-messages';
import { useStartMessage } from '../composer/use-start-message';
import classes from './today.module.css';

function failed(title: string) {
  return (error: unknown) =>
    notifications.show({ color: 'red', title, message: errorMessage(error) });
}

/**
 * One thing to do: what, for whom and why now, with the action that does it one click away
 * (write the message, reflect, log a touchpoint), and done, snooze or skip beside it.
 */
/** Steps where something worth reading is the reason to write. */
const SHARING_KINDS: readonly Item['kind'][] = ['keep_in_touch', 'silver_medalist', 'follow_up'];

export function AgendaItem({ item }: { item: Item }) {
  const task = useTaskAction();
  const snoozeContact = useSnoozeKeepInTouch();
  const start = useStartMessage();
  const messageKind = MESSAGE_KIND_FOR_STEP[item.kind];
  const isPlanStep = item.source === 'plan';
  const subject = item.title.charAt(0).toLowerCase() + item.title.slice(1);

  const done = () =>
    task.mutate(
      { action: 'done', id: item.id },
      {
        onSuccess: () =>
          notifications.show({
            color: 'teal',
            message: (
              <Group gap="xs" justify="space-between" wrap="nowrap">
                <Text size="sm">Done: {subject}.</Text>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  onClick={() => task.mutate({ action: 'reopen', id: item.id })}
                >
                  Undo
                </Button>
              </Group>
            ),
          }),
        onError: failed(`Could not mark “${item.title}” done`),
      },
    );

  const snooze = (until: string) =>
    isPlanStep
      ? task.mutate(
          { action: 'snooze', id: item.id, until },
          { onError: failed(`Could not snooze “${item.title}”`) },
        )
      : item.contactId &&
        snoozeContact.mutate(
          { contactId: item.contactId, until },
          { onError: failed(`Could not snooze “${item.title}”`) },
        );

  const write = () =>
    messageKind &&
    start.mutate(
      {
        kind: messageKind,
        applicationId: item.applicationId,
        contactId: item.contactId,
        ...(isPlanStep && { taskId: item.id }),
      },
      { onError: failed('The message could not be opened') },
    );

  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="li"
      className={classes.item}
      data-agenda-item={item.id}
      data-kind={item.kind}
    >
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Text fw={600}>{item.title}</Text>
            {item.applicationId && (item.company || item.role) && (
              <Text size="sm" c="dimmed">
                {item.applicationId ? (
                  <Anchor
                    component={Link}
                    to={`/applications/${item.applicationId}`}
                    size="sm"
                    c="dimmed"
                    underline="always"
                  >
                    {[item.company, item.role].filter(Boolean).join(', ')}
                  </Anchor>
                ) : (
                  [item.company, item.role].filter(Boolean).join(', ')
                )}
              </Text>
            )}
          </Stack>
          <Badge
            variant="light"
            color={
              item.section === 'overdue' ? 'yellow' : item.section === 'today' ? 'lagoon' : 'gray'
            }
            style={{ flexShrink: 0 }}
          >
            {item.when}
          </Badge>
        </Group>
        <Text size="sm">{item.reason}</Text>
        {SHARING_KINDS.includes(item.kind) && (item.contactId || item.applicationId) && (
          <div data-agenda-suggestions>
            <ArticleSuggestions
              contactId={item.contactId}
              applicationId={item.applicationId}
              {...(isPlanStep && { taskId: item.id })}
              limit={2}
              quietWhenEmpty
            />
          </div>
        )}
        <Group gap="xs" mt={4}>
          {messageKind && (
            <Button
              size="xs"
              leftSection={<IconPencil size={14} aria-hidden />}
              onClick={write}
              loading={start.isPending}
            >
              Write
            </Button>
          )}
          {item.kind === 'reflect' && item.applicationId && (
            <Button
              size="xs"
              component={Link}
              to={`/applications/${item.applicationId}/rejection?step=reflect`}
            >
              Reflect
            </Button>
          )}
          {!isPlanStep && item.contactId && item.contactName && (
            <LogInteractionMenu contact={{ id: item.contactId, name: item.contactName }} compact />
          )}
          {isPlanStep && (
            <Button
              size="xs"
              variant="default"
              leftSection={<IconCheck size={14} aria-hidden />}
              onClick={done}
              loading={task.isPending && task.variables.action === 'done'}
              aria-label={`Done: ${subject}`}
            >
              Done
            </Button>
          )}
          <SnoozeMenu
            what={subject}
            onSnooze={snooze}
            loading={
              snoozeContact.isPending || (task.isPending && task.variables.action === 'snooze')
            }
          />
          {isPlanStep && (
            <Menu position="bottom-end">
              <Menu.Target>
                <ActionIcon variant="subtle" size="md" aria-label={`More for ${subject}`}>
                  <IconDots size={16} aria-hidden />
                </ActionIcon>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item
                  leftSection={<IconPlayerSkipForward size={14} aria-hidden />}
                  onClick={() =>
                    task.mutate(
                      { action: 'skip', id: item.id },
                      { onError: failed(`Could not skip “${item.title}”`) },
                    )
                  }
                >
                  Skip this step
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
