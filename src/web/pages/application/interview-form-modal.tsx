import {
  ActionIcon,
  Button,
  Checkbox,
  Fieldset,
  Group,
  Modal,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconTrash, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { INTERVIEW_FORMATS, type InterviewFormat, type Relationship } from '../../../core/enums';
import type { Contact } from '../../api/contacts';
import { useCreateContact } from '../../api/contacts';
import { useAddInterview } from '../../api/interviews';
import { FormAlert } from '../../components/form-alert';
import { DateTimeField, fromPickerDateTime, toPickerDateTime } from '../../components/date-fields';
import { showApiError } from '../../lib/form-errors';
import { FORMAT_LABELS, optionsOf, RELATIONSHIP_LABELS } from '../../lib/labels';
import { useFocusFirstError } from '../../lib/use-focus-first-error';

interface NewPerson {
  name: string;
  title: string;
  relationship: Relationship;
  email: string;
}

interface InterviewValues {
  scheduledAt: string | null;
  round: number;
  format: InterviewFormat;
  contactIds: string[];
  people: NewPerson[];
  topics: string[];
  questions: string;
  notes: string;
}

interface InterviewFormModalProps {
  applicationId: string;
  company: string;
  contacts: readonly Contact[];
  nextRound: number;
  opened: boolean;
  onClose: () => void;
}

const blankPerson = (): NewPerson => ({
  name: '',
  title: '',
  relationship: 'interviewer',
  email: '',
});

/** Log an interview: when, which round, who you met (new people become contacts), what came up. */
export function InterviewFormModal({
  applicationId,
  company,
  contacts,
  nextRound,
  opened,
  onClose,
}: InterviewFormModalProps) {
  const addInterview = useAddInterview(applicationId);
  const createContact = useCreateContact();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<InterviewValues>({
    initialValues: {
      scheduledAt: toPickerDateTime(new Date()),
      round: nextRound,
      format: 'video',
      contactIds: [],
      people: contacts.length === 0 ? [blankPerson()] : [],
      topics: [],
      questions: '',
      notes: '',
    },
    validate: {
      scheduledAt: (v) => (v === null || v === '' ? 'Enter when it took place' : null),
      people: { name: (v) => (v.trim() === '' ? 'Enter their name, or remove this row' : null) },
    },
  });
  const busy = addInterview.isPending || createContact.isPending;

  const [formRef, focusFirstError] = useFocusFirstError();
  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    const contactIds = [...values.contactIds];
    for (const person of values.people) {
      try {
        const created = await createContact.mutateAsync({
          name: person.name.trim(),
          title: person.title.trim() || null,
          relationship: person.relationship,
          email: person.email.trim() || null,
          company,
          howMet: `Interview at ${company}`,
          applicationIds: [applicationId],
        });
        contactIds.push(created.id);
        // Saved people move to the ticked list, so a retry after an error does not add them twice.
        form.setFieldValue('contactIds', [...form.getValues().contactIds, created.id]);
        form.removeListItem('people', 0);
      } catch (error) {
        // Earlier rows were saved and removed, so the failing person is now the first row.
        setFormError(showApiError(form, error, 'people.0.'));
        focusFirstError();
        return;
      }
    }
    try {
      await addInterview.mutateAsync({
        scheduledAt: fromPickerDateTime(values.scheduledAt ?? ''),
        round: values.round,
        format: values.format,
        contactIds,
        topics: values.topics,
        questions: values.questions
          .split('\n')
          .map((q) => q.trim())
          .filter(Boolean),
        notes: values.notes.trim() || null,
      });
      form.reset();
      onClose();
    } catch (error) {
      setFormError(showApiError(form, error));
      focusFirstError();
    }
  }, focusFirstError);

  return (
    <Modal opened={opened} onClose={onClose} title="Log an interview" size="lg">
      <form onSubmit={submit} noValidate ref={formRef}>
        <Stack>
          <FormAlert message={formError} />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <DateTimeField label="When" required {...form.getInputProps('scheduledAt')} />
            <NumberInput label="Round" min={1} max={20} {...form.getInputProps('round')} />
            <NativeSelect
              label="Format"
              data={INTERVIEW_FORMATS.map((f) => ({ value: f, label: FORMAT_LABELS[f] }))}
              {...form.getInputProps('format')}
            />
          </SimpleGrid>
          <Fieldset legend="Who you met">
            <Stack gap="sm">
              {contacts.length > 0 && (
                <Checkbox.Group
                  {...form.getInputProps('contactIds')}
                  aria-label="People already known"
                >
                  <Stack gap={6}>
                    {contacts.map((c) => (
                      <Checkbox
                        key={c.id}
                        value={c.id}
                        label={c.title ? `${c.name}, ${c.title}` : c.name}
                      />
                    ))}
                  </Stack>
                </Checkbox.Group>
              )}
              {form.getValues().people.map((_, index) => (
                <Group key={form.key(`people.${index}`)} align="flex-start" gap="xs" wrap="wrap">
                  <TextInput
                    label="Name"
                    required
                    style={{ flex: '1 1 160px' }}
                    {...form.getInputProps(`people.${index}.name`)}
                  />
                  <TextInput
                    label="Their role"
                    style={{ flex: '1 1 140px' }}
                    {...form.getInputProps(`people.${index}.title`)}
                  />
                  <NativeSelect
                    label="Relationship"
                    data={optionsOf(RELATIONSHIP_LABELS)}
                    style={{ flex: '1 1 140px' }}
                    {...form.getInputProps(`people.${index}.relationship`)}
                  />
                  <TextInput
                    label="Email"
                    type="email"
                    style={{ flex: '1 1 180px' }}
                    {...form.getInputProps(`people.${index}.email`)}
                  />
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    mt={26}
                    size="lg"
                    onClick={() => form.removeListItem('people', index)}
                    aria-label={`Remove person ${index + 1}`}
                  >
                    <IconTrash size={18} aria-hidden />
                  </ActionIcon>
                </Group>
              ))}
              <Button
                variant="subtle"
                leftSection={<IconUserPlus size={16} aria-hidden />}
                onClick={() => form.insertListItem('people', blankPerson())}
                w="fit-content"
              >
                Add a person you met
              </Button>
            </Stack>
          </Fieldset>
          <TagsInput
            label="What you talked about"
            description="Specifics make a thank-you note personal. Press Enter after each."
            {...form.getInputProps('topics')}
          />
          <Textarea
            label="Questions they asked"
            description="One per line; the hard ones become practice later."
            autosize
            minRows={2}
            {...form.getInputProps('questions')}
          />
          <Textarea label="Notes" autosize minRows={2} {...form.getInputProps('notes')} />
          <Text size="xs" c="dimmed">
            New people are saved as contacts of this application.
          </Text>
          <Group justify="flex-end">
            <Button variant="subtle" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={busy}>
              Save interview
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
