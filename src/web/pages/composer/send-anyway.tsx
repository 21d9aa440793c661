import { Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { IconClockHour9 } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { SendProblem } from './send-problems';

/** "Send tomorrow at 09:00": offered when the message or the day suggests sleeping on it. */
export interface LaterOffer {
  label: string;
  pending: boolean;
  /** Saves what is typed, then sets the message to go then; throws what went wrong. */
  onSchedule: () => Promise<void>;
}

/** The problems, one line each, under a plain heading. */
export function ProblemList({ problems }: { problems: readonly SendProblem[] }) {
  return (
    <div>
      <Text size="sm" fw={600} mb={4}>
        Before it goes:
      </Text>
      <List size="sm" spacing={2} data-send-problems>
        {problems.map((problem) => (
          <List.Item key={problem.key} dir="auto">
            {problem.text}
          </List.Item>
        ))}
      </List>
    </div>
  );
}

/** The way to send later, as a button that says when. */
export function LaterButton({ later }: { later: LaterOffer }) {
  return (
    <Button
      variant="default"
      leftSection={<IconClockHour9 size={16} aria-hidden />}
      loading={later.pending}
      onClick={() => void later.onSchedule()}
      data-action="send-later"
    >
      {later.label}
    </Button>
  );
}

interface SendAnywayProps {
  opened: boolean;
  /** What the user asked for: "Mark as sent", "Copy", "Download .eml"… */
  actionLabel: string;
  problems: readonly SendProblem[];
  later: LaterOffer | null;
  onConfirm: () => void;
  onClose: () => void;
  children?: ReactNode;
}

/**
 * "Send anyway?": before a message with problems leaves (copied, handed to the mail app, saved
 * as .eml or marked sent), the composer names them and asks. It never refuses: the user's own
 * judgement decides, and "Keep editing" is the button that has the focus.
 */
export function SendAnyway({
  opened,
  actionLabel,
  problems,
  later,
  onConfirm,
  onClose,
  children,
}: SendAnywayProps) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title="Send anyway?"
      closeButtonProps={{ 'aria-label': 'Close' }}
      data-send-anyway
    >
      <Stack gap="sm">
        {children}
        <ProblemList problems={problems} />
        <Text size="sm" c="dimmed">
          You can still go ahead; the coach only points these out.
        </Text>
        <Group justify="flex-end" gap="xs">
          <Button variant="subtle" onClick={onClose} data-autofocus>
            Keep editing
          </Button>
          {later && <LaterButton later={later} />}
          <Button
            onClick={() => {
              onClose();
              onConfirm();
            }}
            data-action="confirm-anyway"
          >
            {actionLabel} anyway
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
