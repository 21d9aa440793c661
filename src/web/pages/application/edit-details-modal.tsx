import { Button, Group, Modal, NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useUpdateApplication, type Application } from '../../api/applications';
import { FormAlert } from '../../components/form-alert';
import { showApiError } from '../../lib/form-errors';
import { useFocusFirstError } from '../../lib/use-focus-first-error';

interface DetailsValues {
  company: string;
  role: string;
  link: string;
  location: string;
  source: string;
  salaryMin: number | string;
  salaryMax: number | string;
  salaryCurrency: string;
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());
const numberOrNull = (value: number | string) => (value === '' ? null : Number(value));

export function EditDetailsModal({
  application,
  opened,
  onClose,
}: {
  application: Application;
  opened: boolean;
  onClose: () => void;
}) {
  const update = useUpdateApplication(application.id);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<DetailsValues>({
    initialValues: {
      company: application.company,
      role: application.role,
      link: application.link ?? '',
      location: application.location ?? '',
      source: application.source ?? '',
      salaryMin: application.salaryMin ?? '',
      salaryMax: application.salaryMax ?? '',
      salaryCurrency: application.salaryCurrency ?? '',
    },
  });
  const [formRef, focusFirstError] = useFocusFirstError();
  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      await update.mutateAsync({
        company: values.company.trim(),
        role: values.role.trim(),
        link: orNull(values.link),
        location: orNull(values.location),
        source: orNull(values.source),
        salaryMin: numberOrNull(values.salaryMin),
        salaryMax: numberOrNull(values.salaryMax),
        salaryCurrency: orNull(values.salaryCurrency),
      });
      onClose();
    } catch (error) {
      setFormError(showApiError(form, error));
      focusFirstError();
    }
  }, focusFirstError);
  return (
    <Modal opened={opened} onClose={onClose} title="Edit details" size="lg">
      <form onSubmit={submit} noValidate ref={formRef}>
        <Stack>
          <FormAlert message={formError} />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput label="Company" required {...form.getInputProps('company')} />
            <TextInput label="Role" required {...form.getInputProps('role')} />
          </SimpleGrid>
          <TextInput label="Link to the posting" type="url" {...form.getInputProps('link')} />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput label="Location" {...form.getInputProps('location')} />
            <TextInput
              label="Source"
              placeholder="Referral, job board…"
              {...form.getInputProps('source')}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, xs: 3 }}>
            <NumberInput
              label="Salary from"
              min={0}
              thousandSeparator
              {...form.getInputProps('salaryMin')}
            />
            <NumberInput
              label="Salary to"
              min={0}
              thousandSeparator
              {...form.getInputProps('salaryMax')}
            />
            <TextInput
              label="Currency"
              placeholder="USD"
              maxLength={3}
              {...form.getInputProps('salaryCurrency')}
            />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="subtle" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={update.isPending}>
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
