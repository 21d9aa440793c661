import { Alert, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { LetterList } from '../../api/wellbeing';

/** What this page is, why it may help, and a few ways in. */
export function LetterGuide({ list }: { list: LetterList | undefined }) {
  const written = list?.rhythm.daysWritten ?? 0;
  return (
    <Stack gap="md">
      <Alert
        icon={<IconLock aria-hidden />}
        title="Only you will read this"
        color="gray"
        data-letter-private
      >
        It is never sent, never copied into a message and never read by the message coach. Exports
        leave it out unless you tick “Include the letters you won’t send”. You can delete it for
        good.
      </Alert>
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="letter-why">
        <Stack gap="xs">
          <Title order={2} size="h4" id="letter-why">
            Why write it out
          </Title>
          <Text size="sm">
            In a study of professionals who had lost their jobs, those who wrote privately about
            their thoughts and feelings found new work sooner than those who wrote about other
            things or did not write (Spera, Buhrfeind & Pennebaker, 1994). They wrote about{' '}
            {list?.rhythm.minutesPerDay ?? 20} minutes a day on {list?.rhythm.days ?? 5} days. Once
            may be enough for you, or a few days may help: whatever feels right.
          </Text>
          {written > 0 && (
            <Text size="sm" c="dimmed" data-days-written>
              You have written on {written} {written === 1 ? 'day' : 'days'} in the last two weeks.
            </Text>
          )}
          <Text size="sm" fw={600} mt="xs">
            If it is hard to start
          </Text>
          <List size="sm" spacing={2}>
            {(list?.prompts ?? []).map((prompt) => (
              <List.Item key={prompt}>{prompt}</List.Item>
            ))}
          </List>
        </Stack>
      </Paper>
    </Stack>
  );
}
