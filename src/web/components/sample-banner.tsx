import { Alert, Badge, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconFlask } from '@tabler/icons-react';
import { count } from '../../core/words';
import { errorMessage } from '../api/api-error';
import { useRemoveSampleData, useSampleData } from '../api/workspace';

/** The mark on an application or a person of the invented sample. */
export function SampleBadge() {
  return (
    <Badge variant="outline" color="gray" size="sm" data-sample-badge>
      Sample
    </Badge>
  );
}

/**
 * While the workspace holds the invented sample, every page says so, and offers to remove it:
 * the sample's applications and people with what was recorded about them, in one step, keeping
 * everything of the user's own.
 */
export function SampleBanner() {
  const sample = useSampleData();
  const remove = useRemoveSampleData();
  const [confirming, confirm] = useDisclosure(false);
  const counts = sample.data;
  if (!counts || counts.applications + counts.contacts === 0) return null;
  const what = `${count(counts.applications, 'invented application')} and ${count(counts.contacts, 'invented person', 'invented people')}`;
  const removeAll = () =>
    remove.mutate(undefined, {
      onSuccess: (removed) => {
        confirm.close();
        notifications.show({
          color: 'teal',
          title: 'Sample data removed',
          message: `${count(removed.applications, 'application')} and ${count(removed.contacts, 'person', 'people')} removed. Your own records are as they were.`,
        });
      },
    });
  return (
    <>
      <Alert
        color="gray"
        variant="light"
        icon={<IconFlask size={18} aria-hidden />}
        mb="md"
        role="region"
        aria-label="Sample data"
        data-sample-banner
      >
        <Group justify="space-between" gap="sm">
          <Text size="sm">
            You are exploring sample data: {what}, each marked <strong>Sample</strong> (
            <IconFlask size={13} aria-label="a flask" style={{ verticalAlign: -2 }} /> on the
            board).
          </Text>
          <Button size="xs" variant="default" onClick={confirm.open}>
            Remove sample data
          </Button>
        </Group>
      </Alert>
      <Modal opened={confirming} onClose={confirm.close} title="Remove the sample data?">
        <Stack>
          <Text size="sm">
            This removes the {what}, with their interviews, plans, messages and touchpoints. What
            you added yourself stays; where it pointed at the sample, the link is dropped.
          </Text>
          {remove.isError && (
            <Text size="sm" c="red" role="alert">
              {errorMessage(remove.error)}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="subtle" onClick={confirm.close}>
              Keep it
            </Button>
            <Button color="red" onClick={removeAll} loading={remove.isPending}>
              Remove sample data
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
