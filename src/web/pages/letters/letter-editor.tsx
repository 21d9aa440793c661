import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { errorMessage } from '../../api/api-error';
import { useDeleteLetter, useUpdateLetter, useWriteLetter, type Letter } from '../../api/wellbeing';

interface LetterEditorProps {
  /** The letter being continued, or null for a new one. */
  letter: Letter | null;
  applicationId: string | null;
  onSaved: (letter: Letter) => void;
  onDeleted: () => void;
}

/**
 * A plain page to write on. No coach reads along and nothing offers to send or copy it: this
 * text is for getting things out, not for anyone else.
 */
export function LetterEditor({ letter, applicationId, onSaved, onDeleted }: LetterEditorProps) {
  const [text, setText] = useState(letter?.body ?? '');
  const write = useWriteLetter();
  const update = useUpdateLetter(letter?.id ?? '');
  const remove = useDeleteLetter();
  const [confirming, confirm] = useDisclosure(false);
  const saving = write.isPending || update.isPending;
  const failed = write.error ?? update.error;
  const unchanged = letter !== null && text === letter.body;

  const save = () => {
    if (letter) update.mutate({ body: text }, { onSuccess: onSaved });
    else write.mutate({ body: text, applicationId }, { onSuccess: onSaved });
  };

  return (
    <Stack gap="sm" data-letter-editor>
      <Textarea
        label="Your letter"
        description="Write to them, to yourself, to no one. Spelling and manners do not matter here."
        autosize
        minRows={10}
        maxRows={30}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        error={failed ? errorMessage(failed) : undefined}
        data-autofocus
      />
      <Group justify="space-between">
        <Text size="sm" c="dimmed" aria-live="polite">
          {saving
            ? 'Saving…'
            : letter && unchanged
              ? `Kept. Last changed ${new Date(letter.updatedAt).toLocaleString()}.`
              : ''}
        </Text>
        <Group gap="xs">
          {letter && (
            <Button variant="subtle" color="red" onClick={confirm.open}>
              Delete for good
            </Button>
          )}
          <Button onClick={save} loading={saving} disabled={text.trim() === '' || unchanged}>
            {letter ? 'Save changes' : 'Keep this letter'}
          </Button>
        </Group>
      </Group>
      <Modal
        opened={confirming}
        onClose={confirm.close}
        title="Delete this letter for good?"
        closeButtonProps={{ 'aria-label': 'Close' }}
      >
        <Stack gap="sm">
          <Text size="sm">
            It will be gone from Rebound, and it cannot be brought back. Backups you took before
            still hold it.
          </Text>
          {remove.isError && (
            <Alert color="red" role="alert">
              {errorMessage(remove.error)}
            </Alert>
          )}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={confirm.close}>
              Keep it
            </Button>
            <Button
              color="red"
              loading={remove.isPending}
              onClick={() =>
                letter &&
                remove.mutate(letter.id, {
                  onSuccess: () => {
                    confirm.close();
                    onDeleted();
                  },
                })
              }
            >
              Delete for good
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
