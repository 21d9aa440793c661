import { Anchor, Button, List, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useNoteToSend } from '../../api/wellbeing';
import { learnedLessons } from '../../lib/learned-lessons';
import { useStartMessage } from '../composer/use-start-message';

const NOTE_LABELS = { thank_you: 'thank-you', feedback_request: 'feedback request' } as const;

/**
 * From venting to gracious: when the user is ready, the plan's thank-you or feedback request,
 * with what they learned to draw on. Nothing of the letter goes with it.
 */
export function NoteToSend({ applicationId }: { applicationId: string }) {
  const note = useNoteToSend(applicationId);
  const start = useStartMessage();
  const step = note.data?.step ?? null;
  const lessons = learnedLessons(note.data?.learned);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="note-to-send">
      <Stack gap="xs">
        <Title order={2} size="h4" id="note-to-send">
          Now the note you will send
        </Title>
        <Text size="sm">
          When you are ready — today or another day — you could send a short thank-you: it keeps the
          door open. What you wrote above stays here; what you learned comes along.
        </Text>
        {lessons.length > 0 && (
          <>
            <Text size="sm" fw={600}>
              What you learned, to draw on
            </Text>
            <List size="sm" spacing={2}>
              {lessons.slice(0, 8).map((lesson) => (
                <List.Item key={lesson}>{lesson}</List.Item>
              ))}
            </List>
          </>
        )}
        {step ? (
          <Button
            w="fit-content"
            loading={start.isPending}
            onClick={() =>
              start.mutate({
                kind: step.kind,
                applicationId,
                contactId: step.contactId,
                taskId: step.taskId,
                from: 'letter',
              })
            }
          >
            Write the {NOTE_LABELS[step.kind]}
          </Button>
        ) : note.isSuccess ? (
          <Text size="sm" c="dimmed">
            No thank-you or feedback request is waiting in this plan.{' '}
            <Anchor component={Link} to={`/applications/${applicationId}`} underline="always">
              See the plan
            </Anchor>
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}
