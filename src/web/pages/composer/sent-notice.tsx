import { Alert, Button, Group, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { ApplicationDetail } from '../../api/applications';
import type { Contact } from '../../api/contacts';
import type { Message } from '../../api/messages';
import { formatDay } from '../../lib/dates';

/**
 * Once sent: what was recorded, and the way back. A message marked sent by mistake can be marked
 * not sent; one Rebound emailed itself went out, so it cannot.
 */
export function SentNotice({
  message,
  contact,
  detail,
  stepDone,
  emailedTo,
  onUndo,
  undoing,
  undoFailure,
}: {
  message: Message;
  contact: Contact | null;
  detail: ApplicationDetail | null;
  stepDone: boolean;
  /** The addresses the mail server accepted, when Rebound sent it by email just now. */
  emailedTo: readonly string[] | null;
  onUndo: () => void;
  undoing: boolean;
  undoFailure: string | null;
}) {
  const canUndo = message.status === 'sent' && message.emailMessageId === null;
  const when = message.sentAt ? formatDay(message.sentAt) : '';
  return (
    <Alert color="teal" icon={<IconCircleCheck aria-hidden />} title="Sent" data-sent-notice>
      <Text size="sm">
        {emailedTo && emailedTo.length > 0
          ? `Emailed to ${emailedTo.join(', ')} on ${when} from your mail account`
          : `Recorded as sent ${when}`}
        {contact ? ` and logged with ${contact.name}` : ''}.
        {stepDone ? ' The step it was for is done.' : ''}
      </Text>
      <Group gap="xs" mt="xs">
        <Button component={Link} to="/" size="xs" variant="light">
          Back to Today
        </Button>
        {detail && (
          <Button
            component={Link}
            to={`/applications/${detail.application.id}`}
            size="xs"
            variant="subtle"
          >
            Back to {detail.application.company}
          </Button>
        )}
        {canUndo && (
          <Button
            size="xs"
            variant="subtle"
            color="gray"
            loading={undoing}
            onClick={onUndo}
            data-action="mark-not-sent"
          >
            Not sent after all? Mark as not sent
          </Button>
        )}
      </Group>
      {undoFailure && (
        <Text size="sm" c="red" role="alert" mt="xs">
          {undoFailure}
        </Text>
      )}
    </Alert>
  );
}
