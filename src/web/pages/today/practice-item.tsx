import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconCards } from '@tabler/icons-react';
import { Link } from 'react-router';
import { count } from '../../../core/words';
import type { Agenda } from '../../api/agenda';

/** Practice waiting today: the questions that tripped the user up, one click away. */
export function PracticeItem({ practice }: { practice: Agenda['practice'] }) {
  if (practice.due === 0) return null;
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-labelledby="today-practice"
      data-practice-due
    >
      <Group justify="space-between" gap="sm">
        <Group gap="sm" wrap="nowrap">
          <IconCards size={24} stroke={1.6} aria-hidden />
          <Stack gap={0}>
            <Text fw={600} id="today-practice">
              Practise {count(practice.due, 'question')} that tripped you up
            </Text>
            <Text size="sm" c="dimmed">
              A few minutes out loud, so the next interview that asks is easy.
            </Text>
          </Stack>
        </Group>
        <Button component={Link} to="/practice" variant="light">
          Start practising
        </Button>
      </Group>
    </Paper>
  );
}
