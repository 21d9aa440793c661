import {
  Alert,
  Anchor,
  Autocomplete,
  Button,
  Group,
  Modal,
  NativeSelect,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { PIPELINE_STAGES, STAGE_LABELS, type Stage } from '../../../core/stages';
import { completeWebAddress } from '../../../core/web-address';
import { useCreateApplication } from '../../api/applications';
import { DayField } from '../../components/date-fields';
import { showApiError } from '../../lib/form-errors';
import { useFocusFirstError } from '../../lib/use-focus-first-error';
import { useToday, useDayDefault } from '../../lib/use-today';

interface QuickAddValues {
  company: string;
  role: string;
  link: string;
  stage: Stage;
  appliedOn: string | null;
  source: string;
}

/** Where applications usually come from; anything else can be typed. */
const COMMON_SOURCES = [
  'LinkedIn',
  'Indeed',
  'Company site',
  'Referral',
  'Recruiter',
  'Job board',
  'Career fair',
];

/**
 * Add an application in seconds: company, role, link, where it stands, when you applied and
 * where you found it. Afterwards the board opens with the new card in view.
 */
export default function QuickAddModal({
  opened,
  onClose,
}: {
  opened: boolean;
  onClose: () => void;
}) {
  const create = useCreateApplication();
  const navigate = useNavigate();
  const [formRef, focusFirstError] = useFocusFirstError();
  const [formError, setFormError] = useState<string | null>(null);
  const todayDay = useToday();
  const form = useForm<QuickAddValues>({
    initialValues: {
      company: '',
      role: '',
      link: '',
      stage: 'applied',
      appliedOn: todayDay,
      source: '',
    },
    validate: {
      company: (v) => (v.trim() === '' ? 'Enter the company' : null),
      role: (v) => (v.trim() === '' ? 'Enter the role' : null),
    },
  });
  useDayDefault(form, 'appliedOn', todayDay);
  const { stage } = form.getValues();

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    // Applied today is now: a history never starts later than the moment it was written.
    const appliedOn =
      values.stage === 'saved' || values.appliedOn === null || values.appliedOn === todayDay
        ? undefined
        : values.appliedOn;
    try {
      const created = await create.mutateAsync({
        company: values.company.trim(),
        role: values.role.trim(),
        link: values.link.trim() === '' ? null : values.link.trim(),
        stage: values.stage,
        source: values.source.trim() === '' ? null : values.source.trim(),
        ...(appliedOn !== undefined && { appliedOn }),
      });
      notifications.show({
        color: 'teal',
        title: `Added ${created.company}`,
        message: (
          <Anchor component={Link} to={`/applications/${created.id}`} size="sm">
            Open {created.company} — {created.role}
          </Anchor>
        ),
      });
      form.reset();
      onClose();
      void navigate('/pipeline', { state: { added: created.id } });
    } catch (error) {
      setFormError(showApiError(form, error));
      focusFirstError();
    }
  }, focusFirstError);

  return (
    <Modal opened={opened} onClose={onClose} title="Add an application">
      <form onSubmit={submit} noValidate ref={formRef}>
        <Stack>
          {formError && (
            <Alert color="red" role="alert">
              {formError}
            </Alert>
          )}
          <TextInput
            label="Company"
            required
            data-autofocus
            autoComplete="organization"
            {...form.getInputProps('company')}
          />
          <TextInput label="Role" required {...form.getInputProps('role')} />
          <TextInput
            label="Link to the posting"
            type="url"
            placeholder="acme.com/jobs/42"
            {...form.getInputProps('link')}
            onBlur={(event) => {
              // Completed where it is typed, so the address that is saved is the one shown.
              form.setFieldValue('link', completeWebAddress(event.currentTarget.value));
              form.getInputProps('link').onBlur?.(event);
            }}
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <NativeSelect
              label="Stage"
              data={PIPELINE_STAGES.map((s) => ({ value: s, label: STAGE_LABELS[s] }))}
              {...form.getInputProps('stage')}
            />
            {stage !== 'saved' && (
              <DayField
                label="Applied on"
                maxDate={todayDay}
                {...form.getInputProps('appliedOn')}
              />
            )}
          </SimpleGrid>
          <Autocomplete
            label="Where you found it"
            description="Insights compare how far applications from each source get."
            data={COMMON_SOURCES}
            placeholder="LinkedIn, a referral, the company site…"
            {...form.getInputProps('source')}
          />
          <Group justify="flex-end">
            <Button variant="subtle" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending}>
              Add application
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
