import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconFeather } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useFreshRejections } from '../../api/wellbeing';

/** A "no" this week: before the writing steps, an offer to write it out, privately. */
export function FreshRejections() {
  const fresh = useFreshRejections();
  const items = fresh.data ?? [];
  if (items.length === 0) return null;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="today-letter">
      <Stack gap="xs">
        <Group gap="sm" wrap="nowrap">
          <IconFeather size={24} stroke={1.6} aria-hidden />
          <Stack gap={0}>
            <Text fw={600} id="today-letter">
              A “no” this week can sting
            </Text>
            <Text size="sm" c="dimmed">
              If it is on your mind, write it out first: a letter only you will read.
            </Text>
          </Stack>
        </Group>
        {items.map((item) => (
          <Group key={item.applicationId} justify="space-between" gap="xs">
            <Text size="sm">
              {item.company}, {item.role}
            </Text>
            <Button
              component={Link}
              to={`/letters?application=${item.applicationId}`}
              size="xs"
              variant="light"
            >
              {item.letters > 0 ? 'Back to your letter' : 'Write it out'}
            </Button>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
