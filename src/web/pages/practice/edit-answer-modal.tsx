import { Button, Group, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { STAR_PARTS, STAR_PROMPTS, type StarPart } from '../../../core/practice/card';
import { useEditCard, type PracticeCard } from '../../api/practice';
import { FormAlert } from '../../components/form-alert';
import { showApiError } from '../../lib/form-errors';
import { useFocusFirstError } from '../../lib/use-focus-first-error';

type Values = Record<'question' | 'answer' | StarPart, string>;

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** Writes the better answer on a card, part by part with the STAR prompts beside each. */
export function EditAnswerModal({
  card,
  opened,
  onClose,
}: {
  card: PracticeCard;
  opened: boolean;
  onClose: () => void;
}) {
  const edit = useEditCard();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues: {
      question: card.question,
      answer: card.answer ?? '',
      situation: card.situation ?? '',
      task: card.task ?? '',
      action: card.action ?? '',
      result: card.result ?? '',
    },
  });
  const [formRef, focusFirstError] = useFocusFirstError();
  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      await edit.mutateAsync({
        id: card.id,
        patch: {
          question: values.question.trim(),
          answer: orNull(values.answer),
          ...Object.fromEntries(STAR_PARTS.map((part) => [part, orNull(values[part])])),
        },
      });
      onClose();
    } catch (error) {
      setFormError(showApiError(form, error));
      focusFirstError();
    }
  }, focusFirstError);
  return (
    <Modal opened={opened} onClose={onClose} title="Your answer" size="lg">
      <form onSubmit={submit} noValidate ref={formRef}>
        <Stack>
          <FormAlert message={formError} />
          <TextInput label="The question" required {...form.getInputProps('question')} />
          <Textarea
            label="Your answer in a few lines"
            description="What you would say now, in your own words."
            autosize
            minRows={2}
            {...form.getInputProps('answer')}
          />
          {STAR_PARTS.map((part) => (
            <Textarea
              key={part}
              label={STAR_PROMPTS[part].label}
              description={STAR_PROMPTS[part].prompt}
              autosize
              minRows={2}
              {...form.getInputProps(part)}
            />
          ))}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={edit.isPending}>
              Save answer
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
