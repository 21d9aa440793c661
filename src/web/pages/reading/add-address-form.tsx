import { Button, Group, TextInput } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { errorMessage } from '../../api/api-error';

interface AddAddressFormProps {
  label: string;
  placeholder: string;
  button: string;
  icon: ReactNode;
  /** Adds the address; a failure's words are shown under the input. */
  onSubmit: (url: string) => Promise<unknown>;
  pending: boolean;
}

/** One address and a button: follow a feed, or save an article. */
export function AddAddressForm({
  label,
  placeholder,
  button,
  icon,
  onSubmit,
  pending,
}: AddAddressFormProps) {
  const [url, setUrl] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (url.trim() === '') return setError('Paste an address first.');
    setError(null);
    try {
      await onSubmit(url.trim());
      setUrl('');
    } catch (failure) {
      setError(errorMessage(failure));
    }
  };
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Group align="flex-start" gap="xs" wrap="nowrap">
        <TextInput
          label={label}
          placeholder={placeholder}
          value={url}
          onChange={(event) => setUrl(event.currentTarget.value)}
          error={error}
          style={{ flex: 1, minWidth: 0 }}
          type="url"
          inputMode="url"
          autoComplete="off"
        />
        <Button type="submit" mt={25} loading={pending} leftSection={icon}>
          {button}
        </Button>
      </Group>
    </form>
  );
}
