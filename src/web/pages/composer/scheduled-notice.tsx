import { Alert, Button, Text } from '@mantine/core';
import { IconAlertTriangle, IconClockHour9 } from '@tabler/icons-react';
import type { Message } from '../../api/messages';
import { formatDateTime } from '../../lib/dates';

interface ScheduledNoticeProps {
  message: Message;
  timeZone: string | undefined;
  onCancel: () => void;
  cancelling: boolean;
  /** Why cancelling did not work, in words. */
  cancelFailure: string | null;
}

/**
 * A draft set to go later says when, and how to call it off; one whose scheduled send failed
 * says what went wrong, and that it is still a draft to fix and send again.
 */
export function ScheduledNotice({
  message,
  timeZone,
  onCancel,
  cancelling,
  cancelFailure,
}: ScheduledNoticeProps) {
  if (message.scheduled) {
    return (
      <Alert
        color="blue"
        icon={<IconClockHour9 aria-hidden />}
        title="Scheduled"
        data-scheduled-notice
      >
        <Text size="sm">
          Goes {formatDateTime(message.scheduled.at, timeZone)} from your mail account
          {message.recipient ? ` to ${message.recipient}` : ''}. Until then you can still change it:
          what is saved then is what goes.
        </Text>
        <Button
          size="xs"
          variant="light"
          mt="xs"
          loading={cancelling}
          onClick={onCancel}
          data-action="cancel-schedule"
        >
          Cancel scheduled send
        </Button>
        {cancelFailure && (
          <Text size="sm" c="red" role="alert" mt="xs">
            {cancelFailure}
          </Text>
        )}
      </Alert>
    );
  }
  if (message.sendFailure && message.status === 'draft') {
    return (
      <Alert
        color="red"
        icon={<IconAlertTriangle aria-hidden />}
        title="The scheduled send did not go"
        data-schedule-failed
      >
        <Text size="sm">
          {formatDateTime(message.sendFailure.at, timeZone)}: {message.sendFailure.error} It is
          still a draft: fix what this says, then send it or schedule it again.
        </Text>
      </Alert>
    );
  }
  return null;
}
