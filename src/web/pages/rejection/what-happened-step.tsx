import {
  Button,
  Checkbox,
  Chip,
  Group,
  NativeSelect,
  Input,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { REJECTION_CHANNELS, type RejectionChannel } from '../../../core/enums';
import { defaultHumanContact, looksSenior, REJECTABLE_STAGES } from '../../../core/rejection';
import { STAGE_LABELS } from '../../../core/stages';
import type { ApplicationDetail } from '../../api/applications';
import { useRecordRejection, type RecoveryPlan } from '../../api/recovery';
import { DayField } from '../../components/date-fields';
import { FormAlert } from '../../components/form-alert';
import { showApiError } from '../../lib/form-errors';
import { REJECTION_CHANNEL_LABELS } from '../../lib/labels';
import { MOOD_OPTIONS } from './reflection-questions';
import { useFocusFirstError } from '../../lib/use-focus-first-error';
import { useToday, useDayDefault } from '../../lib/use-today';

type Stage = (typeof REJECTABLE_STAGES)[number];

interface WhatHappenedValues {
  date: string | null;
  channel: RejectionChannel;
  stage: Stage;
  contactId: string;
  reason: string;
  feeling: string;
  seniorRole: boolean;
}

/**
 * The furthest stage the application reached, as the rejection form offers it. Logged
 * interviews count even when the stage was never moved on: then it got at least that far.
 */
function reachedStage(detail: ApplicationDetail): Stage {
  const rank = (stage: Stage) => REJECTABLE_STAGES.indexOf(stage);
  const reached = detail.stageHistory
    .map((e) => e.stage)
    .filter((s): s is Stage => (REJECTABLE_STAGES as readonly string[]).includes(s))
    .reduce<Stage>((best, s) => (rank(s) > rank(best) ? s : best), 'applied');
  return detail.interviews.length > 0 && rank(reached) < rank('interview') ? 'interview' : reached;
}

/** The first screen: when and how the "no" came, and how it feels. Everything has a default. */
export function WhatHappenedStep({
  detail,
  onRecorded,
}: {
  detail: ApplicationDetail;
  onRecorded: (plan: RecoveryPlan) => void;
}) {
  const record = useRecordRejection(detail.application.id);
  const [formError, setFormError] = useState<string | null>(null);
  const todayDay = useToday();
  const form = useForm<WhatHappenedValues>({
    initialValues: {
      date: todayDay,
      channel: 'email',
      stage: reachedStage(detail),
      contactId: '',
      reason: '',
      feeling: '',
      seniorRole: looksSenior(detail.application.role),
    },
  });
  useDayDefault(form, 'date', todayDay);
  const { channel } = form.getValues();
  const human = defaultHumanContact(channel);

  const [formRef, focusFirstError] = useFocusFirstError();
  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      const plan = await record.mutateAsync({
        ...(values.date !== null && { date: values.date }),
        channel: values.channel,
        stage: values.stage,
        humanContact: defaultHumanContact(values.channel),
        contactId:
          defaultHumanContact(values.channel) && values.contactId ? values.contactId : null,
        reason: values.reason.trim() || null,
        seniorRole: values.seniorRole,
        ...(values.feeling && { feeling: values.feeling as 'calm' }),
      });
      onRecorded(plan);
    } catch (error) {
      setFormError(showApiError(form, error));
      focusFirstError();
    }
  }, focusFirstError);

  return (
    <form onSubmit={submit} noValidate ref={formRef}>
      <Stack gap="md">
        <Text>
          I’m sorry — that is hard to hear. Let’s note what happened; Rebound will plan the next
          steps so nothing has to be decided tonight.
        </Text>
        <FormAlert message={formError} />
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <DayField label="When did you hear?" maxDate={todayDay} {...form.getInputProps('date')} />
          <NativeSelect
            label="How did the news come?"
            data={REJECTION_CHANNELS.map((c) => ({ value: c, label: REJECTION_CHANNEL_LABELS[c] }))}
            {...form.getInputProps('channel')}
          />
        </SimpleGrid>
        {!human && (
          <Text size="sm" c="dimmed">
            An automated rejection has nobody behind it to thank or ask, so the plan skips those and
            keeps the people you did meet.
          </Text>
        )}
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <NativeSelect
            label="How far did you get?"
            data={REJECTABLE_STAGES.map((s) => ({ value: s, label: STAGE_LABELS[s] }))}
            {...form.getInputProps('stage')}
          />
          {human && detail.contacts.length > 0 && (
            <NativeSelect
              label="Who told you?"
              data={[
                { value: '', label: 'Not sure / someone else' },
                ...detail.contacts.map((c) => ({ value: c.id, label: c.name })),
              ]}
              {...form.getInputProps('contactId')}
            />
          )}
        </SimpleGrid>
        <Textarea
          label="Did they give a reason?"
          description="Optional. Their words, if you have them."
          autosize
          minRows={2}
          {...form.getInputProps('reason')}
        />
        <Input.Wrapper
          id="feeling"
          labelElement="div"
          label="How are you feeling right now?"
          description="There is no wrong answer. If it is raw, the plan waits a day before any writing."
          error={form.errors.feeling}
        >
          <Chip.Group
            multiple={false}
            value={form.getValues().feeling}
            onChange={(value) => form.setFieldValue('feeling', value)}
          >
            <Group gap="xs" mt="xs" role="radiogroup" aria-labelledby="feeling-label">
              {MOOD_OPTIONS.map((mood) => (
                <Chip key={mood.value} value={mood.value} variant="light">
                  {mood.label}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        </Input.Wrapper>
        <Checkbox
          label="It was a senior role"
          description="Senior roles usually wait longer before re-applying."
          {...form.getInputProps('seniorRole', { type: 'checkbox' })}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={record.isPending}>
            Record it and continue
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
