import { Anchor, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { ApiError, errorMessage } from '../../api/api-error';
import { LaterButton, ProblemList, type LaterOffer } from './send-anyway';
import type { SendProblem } from './send-problems';

interface SendByEmailProps {
  to: string;
  subject: string;
  from: string | null;
  /** What to say before it goes (read when the button is pressed). */
  problems: () => readonly SendProblem[];
  /** "Send tomorrow at 09:00", when the message or the day suggests it. */
  later: LaterOffer | null;
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
 * is about, and — when there is something to fix — what, as "Send anyway?". The mail goes
 * through the account saved under Settings → Mail.
 */
export function SendByEmail({
  to,
  subject,
  from,
  problems: problemsNow,
  later,
  disabled,
  pending,
  onSend,
  onFailure,
}: SendByEmailProps) {
  const [confirming, confirm] = useDisclosure(false);
  const [problems, setProblems] = useState<readonly SendProblem[]>([]);
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
          setProblems(problemsNow());
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
        title={problems.length > 0 ? 'Send anyway?' : 'Send this email now?'}
        closeButtonProps={{ 'aria-label': 'Close' }}
      >
        <Stack gap="sm">
          <dl style={{ margin: 0 }} data-send-summary>
            <SummaryLine term="To" value={to.trim() || 'nobody yet: add an address under To'} />
            <SummaryLine term="Subject" value={subject.trim() || '(no subject)'} />
            {from && <SummaryLine term="From" value={from} />}
          </dl>
          {problems.length > 0 && <ProblemList problems={problems} />}
          <Text size="sm" c="dimmed">
            An email cannot be unsent. Once it goes, Rebound records it as sent and logs it with the
            person.
          </Text>
          <Group justify="flex-end" gap="xs">
            <Button variant="subtle" onClick={confirm.close} disabled={pending} data-autofocus>
              Keep editing
            </Button>
            {later && (
              <LaterButton
                later={{
                  ...later,
                  onSchedule: async () => {
                    await later.onSchedule();
                    confirm.close();
                  },
                }}
              />
            )}
            <Button
              leftSection={<IconSend size={16} aria-hidden />}
              loading={pending}
              onClick={() => void send()}
              data-action="confirm-send"
            >
              {problems.length > 0 ? 'Send anyway' : 'Send now'}
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
