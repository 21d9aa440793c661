import { Alert, Anchor, Button, Group, Modal, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Link } from 'react-router';
import { PIPELINE_STAGES, STAGE_LABELS, type Stage } from '../../../core/stages';
import { useCreateApplication } from '../../api/applications';
import { showApiError } from '../../lib/form-errors';

interface QuickAddValues {
  company: string;
  role: string;
  link: string;
  stage: Stage;
}

/** Add an application in seconds: company, role, link and where it stands. */
export default function QuickAddModal({
  opened,
  onClose,
}: {
  opened: boolean;
  onClose: () => void;
}) {
  const create = useCreateApplication();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<QuickAddValues>({
    initialValues: { company: '', role: '', link: '', stage: 'applied' },
    validate: {
      company: (v) => (v.trim() === '' ? 'Enter the company' : null),
      role: (v) => (v.trim() === '' ? 'Enter the role' : null),
    },
  });

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      const created = await create.mutateAsync({
        company: values.company.trim(),
        role: values.role.trim(),
        link: values.link.trim() === '' ? null : values.link.trim(),
        stage: values.stage,
      });
      notifications.show({
        color: 'teal',
        title: `Added ${created.company}`,
        message: (
          <Anchor component={Link} to={`/applications/${created.id}`} size="sm">
            Open {created.company} — {created.role}
          </Anchor>
        ),
      });
      form.reset();
      onClose();
    } catch (error) {
      setFormError(showApiError(form, error));
    }
  });

  return (
    <Modal opened={opened} onClose={onClose} title="Add an application">
      <form onSubmit={submit} noValidate>
        <Stack>
          {formError && (
            <Alert color="red" role="alert">
              {formError}
            </Alert>
          )}
          <TextInput
            label="Company"
            required
            data-autofocus
            autoComplete="organization"
            {...form.getInputProps('company')}
          />
          <TextInput label="Role" required {...form.getInputProps('role')} />
          <TextInput
            label="Link to the posting"
            type="url"
            placeholder="https://"
            {...form.getInputProps('link')}
          />
          <NativeSelect
            label="Stage"
            data={PIPELINE_STAGES.map((s) => ({ value: s, label: STAGE_LABELS[s] }))}
            {...form.getInputProps('stage')}
          />
          <Group justify="flex-end">
            <Button variant="subtle" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Add application
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
