import { Anchor, Badge, Button, Group, Menu, Stack, Text } from '@mantine/core';
import { IconChevronDown, IconPencil } from '@tabler/icons-react';
import { Link } from 'react-router';
import { MESSAGE_KIND_LABELS } from '../../../core/message';
import type { MessageKind } from '../../../core/enums';
import { errorMessage } from '../../api/api-error';
import type { ApplicationDetail } from '../../api/applications';
import { SectionCard } from '../../components/section-card';
import { formatDateTime, formatDay } from '../../lib/dates';
import { useStartMessage } from '../composer/use-start-message';

const WRITABLE: MessageKind[] = [
  'thank_you',
  'feedback_request',
  'linkedin_note',
  'keep_in_touch',
  'follow_up',
];

const STATUS_COLORS = { draft: 'gray', sent: 'teal', replied: 'green' } as const;

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Messages written for this application, and a way to start the next one. */
export function MessagesSection({ detail }: { detail: ApplicationDetail }) {
  const start = useStartMessage();
  const person = detail.contacts[0] ?? null;
  const nameOf = new Map(detail.contacts.map((c) => [c.id, c.name]));
  return (
    <SectionCard
      title="Messages"
      actions={
        <Menu position="bottom-end">
          <Menu.Target>
            <Button
              size="xs"
              variant="light"
              leftSection={<IconPencil size={14} aria-hidden />}
              rightSection={<IconChevronDown size={14} aria-hidden />}
              loading={start.isPending}
            >
              Write
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {WRITABLE.map((kind) => (
              <Menu.Item
                key={kind}
                onClick={() =>
                  start.mutate({
                    kind,
                    applicationId: detail.application.id,
                    contactId: person?.id ?? null,
                  })
                }
              >
                {capitalize(MESSAGE_KIND_LABELS[kind])}
                {person ? ` to ${person.name}` : ''}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      }
    >
      {start.isError && (
        <Text size="sm" c="red" role="alert" mb="xs">
          {errorMessage(start.error)}
        </Text>
      )}
      {detail.messages.length === 0 ? (
        <Text size="sm" c="dimmed">
          No messages yet.
        </Text>
      ) : (
        <Stack gap="xs">
          {detail.messages.map((message) => (
            <Group key={message.id} justify="space-between" wrap="nowrap" gap="xs">
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Anchor component={Link} to={`/messages/${message.id}`} size="sm" fw={600}>
                  {capitalize(MESSAGE_KIND_LABELS[message.kind])}
                </Anchor>
                <Text size="xs" c="dimmed" truncate="end">
                  {message.contactId
                    ? `To ${nameOf.get(message.contactId) ?? message.recipient ?? 'a contact'}`
                    : (message.recipient ?? 'No recipient yet')}
                  {message.sentAt ? ` · sent ${formatDay(message.sentAt)}` : ''}
                  {message.status === 'draft' && message.scheduled
                    ? ` · goes ${formatDateTime(message.scheduled.at)}`
                    : ''}
                </Text>
              </Stack>
              {message.status === 'draft' && message.scheduled ? (
                <Badge variant="light" color="blue">
                  scheduled
                </Badge>
              ) : message.status === 'draft' && message.sendFailure ? (
                <Badge variant="light" color="red">
                  not sent
                </Badge>
              ) : (
                <Badge variant="light" color={STATUS_COLORS[message.status]}>
                  {message.status}
                </Badge>
              )}
            </Group>
          ))}
        </Stack>
      )}
    </SectionCard>
  );
}
