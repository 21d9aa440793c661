import { Button, Group, Modal, NativeSelect, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import type { Direction, InteractionChannel } from '../../core/enums';
import { useLogInteraction, type Contact } from '../api/contacts';
import { DateTimeField, fromPickerDateTime, toPickerDateTime } from './date-fields';
import { showApiError } from '../lib/form-errors';
import { CHANNEL_LABELS, DIRECTION_LABELS, optionsOf } from '../lib/labels';
import { FormAlert } from './form-alert';
import { useFocusFirstError } from '../lib/use-focus-first-error';

interface LogValues {
  channel: InteractionChannel;
  direction: Direction;
  occurredAt: string | null;
  summary: string;
}

export function LogInteractionModal({
  contact,
  applicationId,
  opened,
  onClose,
}: {
  contact: Pick<Contact, 'id' | 'name'>;
  applicationId: string | null;
  opened: boolean;
  onClose: () => void;
}) {
  const log = useLogInteraction();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<LogValues>({
    initialValues: {
      channel: 'email',
      direction: 'outbound',
      occurredAt: toPickerDateTime(new Date()),
      summary: '',
    },
  });
  const [formRef, focusFirstError] = useFocusFirstError();
  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      await log.mutateAsync({
        contactId: contact.id,
        applicationId,
        channel: values.channel,
        direction: values.direction,
        ...(values.occurredAt && { occurredAt: fromPickerDateTime(values.occurredAt) }),
        summary: values.summary.trim() || null,
      });
      onClose();
    } catch (error) {
      setFormError(showApiError(form, error));
      focusFirstError();
    }
  }, focusFirstError);
  return (
    <Modal opened={opened} onClose={onClose} title={`Log a touchpoint with ${contact.name}`}>
      <form onSubmit={submit} noValidate ref={formRef}>
        <Stack>
          <FormAlert message={formError} />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <NativeSelect
              label="How"
              data={optionsOf(CHANNEL_LABELS)}
              {...form.getInputProps('channel')}
            />
            <NativeSelect
              label="Who reached out"
              data={optionsOf(DIRECTION_LABELS)}
              {...form.getInputProps('direction')}
            />
          </SimpleGrid>
          <DateTimeField label="When" {...form.getInputProps('occurredAt')} />
          <Textarea
            label="What you talked about"
            autosize
            minRows={2}
            data-autofocus
            {...form.getInputProps('summary')}
          />
          <Group justify="flex-end">
            <Button variant="subtle" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={log.isPending}>
              Log it
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
