import { Anchor, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconSend } from '@tabler/icons-react';
import { Link } from 'react-router';
import { ApiError, errorMessage } from '../../api/api-error';

interface SendByEmailProps {
  to: string;
  subject: string;
  from: string | null;
  /** How many of the coach's findings say "Fix before sending". */
  coachErrors: number;
  disabled: boolean;
  pending: boolean;
  /** Saves what is typed, then sends it; throws what went wrong. */
  onSend: () => Promise<void>;
  onFailure: (failure: SendFailure | null) => void;
}

/** Why a send did not go, in words, and whether the mail settings are the place to fix it. */
export interface SendFailure {
  text: string;
  aboutSettings: boolean;
}

const INPUT_NAMES: Record<string, string> = {
  recipient: 'To',
  subject: 'Subject',
  body: 'Message',
};

/** The server's words with the composer's name for the field it is about ("To needs …"). */
export function sendFailureOf(error: unknown): SendFailure {
  if (!(error instanceof ApiError)) return { text: errorMessage(error), aboutSettings: false };
  const field = error.field ?? '';
  const name = INPUT_NAMES[field];
  const text =
    name !== undefined && error.message.startsWith(`${field}: `)
      ? `${name} ${error.message.slice(field.length + 2)}`
      : error.message;
  return { text, aboutSettings: field.startsWith('smtp') };
}

/**
 * "Send": an email cannot be taken back, so it asks first, naming who it goes to and what it
 * is about. The mail goes through the account saved under Settings → Mail.
 */
export function SendByEmail({
  to,
  subject,
  from,
  coachErrors,
  disabled,
  pending,
  onSend,
  onFailure,
}: SendByEmailProps) {
  const [confirming, confirm] = useDisclosure(false);
  const send = async () => {
    onFailure(null);
    try {
      await onSend();
    } catch (error) {
      onFailure(sendFailureOf(error));
    } finally {
      confirm.close();
    }
  };
  return (
    <>
      <Button
        leftSection={<IconSend size={16} aria-hidden />}
        onClick={() => {
          onFailure(null);
          confirm.open();
        }}
        loading={pending}
        disabled={disabled}
        data-action="send"
      >
        Send
      </Button>
      <Modal
        opened={confirming}
        onClose={() => !pending && confirm.close()}
        title="Send this email now?"
      >
        <Stack gap="sm">
          <dl style={{ margin: 0 }} data-send-summary>
            <SummaryLine term="To" value={to.trim() || 'nobody yet: add an address under To'} />
            <SummaryLine term="Subject" value={subject.trim() || '(no subject)'} />
            {from && <SummaryLine term="From" value={from} />}
          </dl>
          {coachErrors > 0 && (
            <Text size="sm" c="orange.8" fw={500} data-coach-errors>
              The coach still marks {coachErrors === 1 ? 'one thing' : `${coachErrors} things`} “Fix
              before sending”.
            </Text>
          )}
          <Text size="sm" c="dimmed">
            An email cannot be unsent. Once it goes, Rebound records it as sent and logs it with the
            person.
          </Text>
          <Group justify="flex-end">
            <Button variant="subtle" onClick={confirm.close} disabled={pending}>
              Keep editing
            </Button>
            <Button
              leftSection={<IconSend size={16} aria-hidden />}
              loading={pending}
              onClick={() => void send()}
            >
              Send now
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

function SummaryLine({ term, value }: { term: string; value: string }) {
  return (
    <Group gap={6} wrap="nowrap" align="baseline">
      <Text component="dt" size="sm" fw={600} w={64} style={{ flexShrink: 0 }}>
        {term}
      </Text>
      <Text component="dd" size="sm" m={0} style={{ overflowWrap: 'anywhere' }}>
        {value}
      </Text>
    </Group>
  );
}

/** Shown instead of "Send" until an account is set up: a quiet way to the settings. */
export function SetUpSendingLink() {
  return (
    <Text size="sm" c="dimmed" mt="xs">
      Want to send from Rebound?{' '}
      <Anchor component={Link} to="/settings#mail" data-action="set-up-mail">
        Set up your mail account in Settings
      </Anchor>
    </Text>
  );
}
