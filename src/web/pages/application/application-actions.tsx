import { ActionIcon, Button, Group, Menu, Modal, NativeSelect, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconDots, IconHeartHandshake, IconTrash } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';
import { isClosedStage, STAGE_LABELS, STAGES, type Stage } from '../../../core/stages';
import { errorMessage } from '../../api/api-error';
import {
  useChangeStage,
  useDeleteApplication,
  type ApplicationDetail,
} from '../../api/applications';

/** Where the application stands, marking it rejected, and deleting it. */
export function ApplicationActions({ detail }: { detail: ApplicationDetail }) {
  const { application } = detail;
  const navigate = useNavigate();
  const changeStage = useChangeStage();
  const remove = useDeleteApplication();
  const [confirming, confirm] = useDisclosure(false);

  const onStage = (stage: Stage) => {
    if (stage === 'rejected' && !detail.rejection) {
      void navigate(`/applications/${application.id}/rejection`);
      return;
    }
    changeStage.mutate({ id: application.id, stage });
  };

  const onDelete = () =>
    remove.mutate(application.id, {
      onSuccess: () => {
        notifications.show({ message: `${application.company} was deleted.` });
        void navigate('/pipeline');
      },
    });

  return (
    <Group gap="xs" wrap="wrap">
      <NativeSelect
        aria-label="Stage"
        value={application.stage}
        onChange={(event) => onStage(event.currentTarget.value as Stage)}
        data={STAGES.map((s) => ({ value: s, label: STAGE_LABELS[s] }))}
        error={changeStage.isError ? errorMessage(changeStage.error) : undefined}
        disabled={changeStage.isPending}
      />
      {!isClosedStage(application.stage) && (
        <Button
          component={Link}
          to={`/applications/${application.id}/rejection`}
          variant="light"
          color="gray"
          leftSection={<IconHeartHandshake size={16} aria-hidden />}
        >
          They said no
        </Button>
      )}
      <Menu position="bottom-end">
        <Menu.Target>
          <ActionIcon variant="subtle" size="lg" aria-label="More actions">
            <IconDots size={18} aria-hidden />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item
            color="red"
            leftSection={<IconTrash size={14} aria-hidden />}
            onClick={confirm.open}
          >
            Delete application
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal opened={confirming} onClose={confirm.close} title="Delete this application?">
        <Text size="sm">
          {application.company} — {application.role}, with its stage history, interviews and plan,
          will be deleted. Messages and the people you met stay.
        </Text>
        {remove.isError && (
          <Text size="sm" c="red" role="alert" mt="sm">
            {errorMessage(remove.error)}
          </Text>
        )}
        <Group justify="flex-end" mt="md">
          <Button variant="subtle" onClick={confirm.close}>
            Keep it
          </Button>
          <Button color="red" onClick={onDelete} loading={remove.isPending}>
            Delete
          </Button>
        </Group>
      </Modal>
    </Group>
  );
}
