import { Button, Menu } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconChevronDown, IconMessagePlus } from '@tabler/icons-react';
import type { InteractionChannel } from '../../core/enums';
import { errorMessage } from '../api/api-error';
import { useLogInteraction, type Contact } from '../api/contacts';
import { CHANNEL_LABELS } from '../lib/labels';
import { lazy, Suspense } from 'react';

// The full form is rarely needed; it loads when asked for, keeping Today's first load light.
const LogInteractionModal = lazy(() =>
  import('./log-interaction-modal').then((m) => ({ default: m.LogInteractionModal })),
);

/** The channels offered for a one-click log, most common first. */
const QUICK_CHANNELS: InteractionChannel[] = [
  'email',
  'linkedin',
  'call',
  'video',
  'meeting',
  'message',
];

interface LogInteractionMenuProps {
  contact: Pick<Contact, 'id' | 'name'>;
  applicationId?: string | null;
  size?: 'xs' | 'sm';
  /** Show only the icon (the name is in the accessible label either way). */
  compact?: boolean;
}

/**
 * Log a touchpoint in two clicks: open, pick how you were in touch. It is dated now and counts
 * as you reaching out; "With a note…" opens the full form.
 */
export function LogInteractionMenu({
  contact,
  applicationId = null,
  size = 'xs',
  compact,
}: LogInteractionMenuProps) {
  const log = useLogInteraction();
  const [detailed, modal] = useDisclosure(false);
  const quickLog = (channel: InteractionChannel) =>
    log.mutate(
      { contactId: contact.id, applicationId, channel, direction: 'outbound' },
      {
        onSuccess: () =>
          notifications.show({
            color: 'teal',
            message: `Logged: ${CHANNEL_LABELS[channel].toLowerCase()} with ${contact.name}, today.`,
          }),
        onError: (error) =>
          notifications.show({
            color: 'red',
            title: `Could not log the touchpoint with ${contact.name}`,
            message: errorMessage(error),
          }),
      },
    );
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button
            size={size}
            variant="light"
            leftSection={<IconMessagePlus size={14} aria-hidden />}
            rightSection={compact ? undefined : <IconChevronDown size={14} aria-hidden />}
            loading={log.isPending}
            aria-label={`Log touchpoint with ${contact.name}`}
          >
            {compact ? 'Log' : 'Log touchpoint'}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>Today, with {contact.name}</Menu.Label>
          {QUICK_CHANNELS.map((channel) => (
            <Menu.Item key={channel} onClick={() => quickLog(channel)}>
              {CHANNEL_LABELS[channel]}
            </Menu.Item>
          ))}
          <Menu.Divider />
          <Menu.Item onClick={modal.open}>With a note…</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {detailed && (
        <Suspense fallback={null}>
          <LogInteractionModal
            contact={contact}
            applicationId={applicationId}
            opened={detailed}
            onClose={modal.close}
          />
        </Suspense>
      )}
    </>
  );
}
