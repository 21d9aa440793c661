import { Button, Group, Paper, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { errorMessage } from '../../api/api-error';
import { useUpdateSettings } from '../../api/settings';

interface NamePromptProps {
  /** Called with the name once it is saved, to sign the draft on screen too. */
  onSaved: (name: string) => void;
}

/**
 * Asked once, when no name is saved yet: drafts end with the name the user signs with. Saved in
 * the settings, so every later draft is signed.
 */
export function NamePrompt({ onSaved }: NamePromptProps) {
  const update = useUpdateSettings();
  const [name, setName] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const save = async () => {
    setFailure(null);
    try {
      const saved = await update.mutateAsync({ userName: name });
      if (saved.userName) onSaved(saved.userName);
    } catch (error) {
      setFailure(errorMessage(error));
    }
  };
  return (
    <Paper withBorder p="sm" radius="md" data-name-prompt>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <Group align="flex-end" gap="xs" wrap="wrap">
          <TextInput
            label="How do you sign your messages?"
            description="Drafts end with your name. Asked once; change it in Settings."
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={failure}
            attributes={{ input: { dir: 'auto' } }}
            style={{ flex: 1, minWidth: 220 }}
            autoComplete="name"
          />
          <Button
            type="submit"
            variant="light"
            loading={update.isPending}
            disabled={name.trim() === ''}
            data-action="save-name"
          >
            Save my name
          </Button>
        </Group>
      </form>
      {update.isSuccess && (
        <Text size="xs" c="dimmed" mt={4} role="status">
          Saved.
        </Text>
      )}
    </Paper>
  );
}
