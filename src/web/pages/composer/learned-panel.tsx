import { List, Paper, Text, Title } from '@mantine/core';
import { useNoteToSend } from '../../api/wellbeing';
import { learnedLessons } from '../../lib/learned-lessons';

/** Beside the composer after a letter: what the user learned, offered as material. */
export function LearnedPanel({ applicationId }: { applicationId: string }) {
  const note = useNoteToSend(applicationId);
  const lessons = learnedLessons(note.data?.learned);
  if (lessons.length === 0) return null;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="learned-heading">
      <Title order={2} size="h4" id="learned-heading" mb={4}>
        What you learned
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        Material for this note, if it fits. Your letter stays where it is.
      </Text>
      <List size="sm" spacing={2}>
        {lessons.slice(0, 8).map((lesson) => (
          <List.Item key={lesson}>{lesson}</List.Item>
        ))}
      </List>
    </Paper>
  );
}
