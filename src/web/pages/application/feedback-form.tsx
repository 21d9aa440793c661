import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useRecordFeedback } from '../../api/recovery';
import { DayField } from '../../components/date-fields';
import { FormAlert } from '../../components/form-alert';
import { formatDay } from '../../lib/dates';
import { showApiError } from '../../lib/form-errors';
import { useFocusFirstError } from '../../lib/use-focus-first-error';
import { useToday, useDayDefault } from '../../lib/use-today';

/** Feedback that came back, or a place to write it down when it does. */
export function FeedbackSection({
  applicationId,
  feedback,
  receivedOn,
}: {
  applicationId: string;
  feedback: string | null;
  receivedOn: string | null;
}) {
  const record = useRecordFeedback(applicationId);
  const [editing, setEditing] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const todayDay = useToday();
  const form = useForm({
    initialValues: { text: feedback ?? '', receivedOn: (receivedOn ?? todayDay) as string | null },
  });
  useDayDefault(form, 'receivedOn', receivedOn ?? todayDay);
  const [formRef, focusFirstError] = useFocusFirstError();
  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      await record.mutateAsync({
        text: values.text,
        ...(values.receivedOn !== null && { receivedOn: values.receivedOn }),
      });
      setEditing(false);
    } catch (error) {
      setFormError(showApiError(form, error));
      focusFirstError();
    }
  }, focusFirstError);
  if (!editing) {
    return feedback ? (
      <Stack gap={4}>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {feedback}
        </Text>
        <Group gap="xs">
          {receivedOn && (
            <Text size="xs" c="dimmed">
              Received {formatDay(receivedOn)}
            </Text>
          )}
          <Button size="compact-xs" variant="subtle" onClick={() => setEditing(true)}>
            Edit
          </Button>
        </Group>
      </Stack>
    ) : (
      <Group justify="space-between" gap="xs">
        <Text size="sm" c="dimmed">
          Nothing yet — most candidates never hear back, and that says nothing about you.
        </Text>
        <Button size="xs" variant="light" onClick={() => setEditing(true)}>
          Note feedback
        </Button>
      </Group>
    );
  }
  return (
    <form onSubmit={submit} noValidate ref={formRef}>
      <Stack gap="xs">
        <FormAlert message={formError} />
        <Textarea
          label="What they said"
          autosize
          minRows={3}
          data-autofocus
          {...form.getInputProps('text')}
        />
        <DayField
          label="When it came"
          maxDate={todayDay}
          {...form.getInputProps('receivedOn')}
          w={200}
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="subtle" onClick={() => setEditing(false)}>
            Cancel
          </Button>
          <Button type="submit" loading={record.isPending}>
            Save feedback
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
