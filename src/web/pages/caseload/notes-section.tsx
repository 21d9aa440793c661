import { Button, Group, NativeSelect, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useCoachNotes, useLeaveNote, type CoachNote } from '../../api/team';
import { FormAlert } from '../../components/form-alert';
import { QueryState } from '../../components/query-state';
import { SectionCard } from '../../components/section-card';
import { formatDayTime } from '../../lib/dates';
import { showApiError } from '../../lib/form-errors';
import { useFocusFirstError } from '../../lib/use-focus-first-error';

const KIND_LABELS: Record<CoachNote['kind'], string> = {
  note: 'Note',
  suggestion: 'Suggestion',
};

/** A note as the seeker and their coach read it. */
export function NoteCard({ note }: { note: CoachNote }) {
  return (
    <Paper withBorder p="sm" radius="md" component="article">
      <Text size="xs" c="dimmed">
        {KIND_LABELS[note.kind]} from {note.authorName} · {formatDayTime(note.createdAt)}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} mt={4}>
        {note.body}
      </Text>
    </Paper>
  );
}

/** The notes left for a seeker, and a form to leave another. */
export function NotesSection({
  workspaceId,
  seekerName,
}: {
  workspaceId: string;
  seekerName: string;
}) {
  const notes = useCoachNotes(workspaceId);
  const leave = useLeaveNote(workspaceId);
  const [formRef, focusFirstError] = useFocusFirstError();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { kind: 'note' as CoachNote['kind'], body: '' },
    validate: { body: (v) => (v.trim() === '' ? 'Write the note' : null) },
  });
  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      await leave.mutateAsync({ kind: values.kind, body: values.body.trim() });
      form.reset();
    } catch (error) {
      setFormError(showApiError(form, error));
      focusFirstError();
    }
  }, focusFirstError);
  return (
    <SectionCard title="Notes">
      <Stack gap="md">
        <form onSubmit={submit} noValidate ref={formRef}>
          <Stack gap="sm">
            <FormAlert message={formError} />
            <NativeSelect
              label="Kind"
              w={200}
              data={(['note', 'suggestion'] as const).map((value) => ({
                value,
                label: KIND_LABELS[value],
              }))}
              {...form.getInputProps('kind')}
            />
            <Textarea
              label={`A note for ${seekerName}`}
              description="They read it in Rebound under “From your coach”."
              autosize
              minRows={3}
              required
              {...form.getInputProps('body')}
            />
            <Group>
              <Button type="submit" loading={leave.isPending}>
                Leave the note
              </Button>
            </Group>
          </Stack>
        </form>
        <QueryState query={notes} what="the notes">
          {({ items }) =>
            items.length === 0 ? (
              <Text c="dimmed" size="sm">
                No notes yet.
              </Text>
            ) : (
              <Stack gap="xs">
                {items.map((note) => (
                  <NoteCard note={note} key={note.id} />
                ))}
              </Stack>
            )
          }
        </QueryState>
      </Stack>
    </SectionCard>
  );
}
