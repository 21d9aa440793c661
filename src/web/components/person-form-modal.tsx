import {
  Button,
  Group,
  Modal,
  NativeSelect,
  SimpleGrid,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import type { Relationship } from '../../core/enums';
import { useCreateContact, useUpdateContact, type Contact } from '../api/contacts';
import { showApiError } from '../lib/form-errors';
import { optionsOf, RELATIONSHIP_LABELS } from '../lib/labels';
import { FormAlert } from './form-alert';
import { useFocusFirstError } from '../lib/use-focus-first-error';

interface PersonValues {
  name: string;
  title: string;
  company: string;
  relationship: Relationship;
  email: string;
  linkedinUrl: string;
  howMet: string;
}

interface PersonFormModalProps {
  opened: boolean;
  onClose: () => void;
  /** Editing this person; otherwise a new contact is added. */
  contact?: Contact;
  /** A new contact is linked to this application. */
  applicationId?: string;
  defaults?: Partial<PersonValues>;
  onSaved?: (contact: Contact) => void;
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** Add or edit a person: who they are, how you met, how to reach them. */
export function PersonFormModal({
  opened,
  onClose,
  contact,
  applicationId,
  defaults,
  onSaved,
}: PersonFormModalProps) {
  const create = useCreateContact();
  const update = useUpdateContact(contact?.id ?? '');
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<PersonValues>({
    initialValues: {
      name: contact?.name ?? '',
      title: contact?.title ?? '',
      company: contact?.company ?? defaults?.company ?? '',
      relationship: contact?.relationship ?? defaults?.relationship ?? 'other',
      email: contact?.email ?? '',
      linkedinUrl: contact?.linkedinUrl ?? '',
      howMet: contact?.howMet ?? defaults?.howMet ?? '',
    },
    validate: { name: (v) => (v.trim() === '' ? 'Enter their name' : null) },
  });

  const [formRef, focusFirstError] = useFocusFirstError();
  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    const fields = {
      name: values.name.trim(),
      title: orNull(values.title),
      company: orNull(values.company),
      relationship: values.relationship,
      email: orNull(values.email),
      linkedinUrl: orNull(values.linkedinUrl),
      howMet: orNull(values.howMet),
    };
    try {
      const saved = contact
        ? await update.mutateAsync(fields)
        : await create.mutateAsync({
            ...fields,
            ...(applicationId !== undefined && { applicationIds: [applicationId] }),
          });
      onSaved?.(saved);
      onClose();
    } catch (error) {
      setFormError(showApiError(form, error));
      focusFirstError();
    }
  }, focusFirstError);

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={contact ? `Edit ${contact.name}` : 'Add a person'}
    >
      <form onSubmit={submit} noValidate ref={formRef}>
        <Stack>
          <FormAlert message={formError} />
          <TextInput label="Name" required data-autofocus {...form.getInputProps('name')} />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput label="Their role" {...form.getInputProps('title')} />
            <TextInput label="Company" {...form.getInputProps('company')} />
          </SimpleGrid>
          <NativeSelect
            label="Relationship"
            data={optionsOf(RELATIONSHIP_LABELS)}
            {...form.getInputProps('relationship')}
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput label="Email" type="email" {...form.getInputProps('email')} />
            <TextInput
              label="LinkedIn profile"
              type="url"
              placeholder="https://www.linkedin.com/in/…"
              {...form.getInputProps('linkedinUrl')}
            />
          </SimpleGrid>
          <Textarea label="How you met" autosize minRows={2} {...form.getInputProps('howMet')} />
          <Group justify="flex-end">
            <Button variant="subtle" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending || update.isPending}>
              {contact ? 'Save' : 'Add person'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
