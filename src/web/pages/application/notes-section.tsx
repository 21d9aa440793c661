import { Button, Group, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { errorMessage } from '../../api/api-error';
import { useUpdateApplication, type Application } from '../../api/applications';
import { SectionCard } from '../../components/section-card';

/** Free notes on the application, saved when asked (or with Ctrl+Enter). */
export function NotesSection({ application }: { application: Application }) {
  const update = useUpdateApplication(application.id);
  const [value, setValue] = useState(application.notes ?? '');
  // When the saved notes change (a save, another tab), the box shows them.
  const [shown, setShown] = useState(application.notes);
  if (shown !== application.notes) {
    setShown(application.notes);
    setValue(application.notes ?? '');
  }
  const dirty = value !== (application.notes ?? '');
  const save = () => update.mutate({ notes: value });
  return (
    <SectionCard title="Notes">
      <Textarea
        value={value}
        onChange={(event) => setValue(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && dirty) save();
        }}
        autosize
        minRows={3}
        maxRows={14}
        aria-label="Notes"
        placeholder="Anything worth remembering: who referred you, what the team is like, what to ask next."
        error={update.isError ? errorMessage(update.error) : undefined}
      />
      <Group justify="space-between" mt="xs">
        <Text size="xs" c="dimmed" aria-live="polite">
          {update.isSuccess && !dirty ? 'Saved' : dirty ? 'Not saved yet' : ''}
        </Text>
        <Button size="xs" onClick={save} disabled={!dirty} loading={update.isPending}>
          Save notes
        </Button>
      </Group>
    </SectionCard>
  );
}
