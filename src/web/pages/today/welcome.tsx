import { Button, Group, Kbd, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconFlask, IconPlus } from '@tabler/icons-react';
import { errorMessage } from '../../api/api-error';
import { useLoadDemo } from '../../api/workspace';
import { useQuickAdd } from '../../app/quick-add-context';

/** What a new user sees: what Rebound does, the first step, and a sample to explore. */
export function Welcome() {
  const openQuickAdd = useQuickAdd();
  const demo = useLoadDemo();
  return (
    <Paper withBorder radius="lg" p={{ base: 'md', sm: 'xl' }} maw={720} data-welcome>
      <Stack gap="md">
        <Title order={2} size="h3">
          Welcome. Nothing to do yet.
        </Title>
        <Text>
          A “no” from an employer is not the end of the road. Rebound helps you do the four things
          that turn it around: reflect while it is fresh, thank the people you met, ask once for
          feedback, and keep in touch until the next opening.
        </Text>
        <List spacing={6} size="sm" type="ordered">
          <List.Item>
            Add the applications you are waiting on. It takes a few seconds each.
          </List.Item>
          <List.Item>Log your interviews and the people you met there.</List.Item>
          <List.Item>
            When one ends in a “no”, mark it: Rebound plans the next steps, each with its reason,
            and they show up here on the day they are due.
          </List.Item>
        </List>
        <Group gap="sm">
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={openQuickAdd}>
            Add your first application
          </Button>
          <Button
            variant="default"
            leftSection={<IconFlask size={16} aria-hidden />}
            onClick={() => demo.mutate(false)}
            loading={demo.isPending}
          >
            Load sample data
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          The sample is an invented job search to explore. Everything in it is marked Sample, and
          one click removes it again, keeping what you added yourself. Press <Kbd>?</Kbd> at any
          time for keyboard shortcuts.
        </Text>
        {demo.isError && (
          <Text size="sm" c="red" role="alert">
            {errorMessage(demo.error)}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
