import {
  Alert,
  Button,
  Code,
  CopyButton,
  Group,
  NativeSelect,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useInvite, type Account, type Invitation, type Role } from '../../api/team';
import { FormAlert } from '../../components/form-alert';
import { SectionCard } from '../../components/section-card';
import { formatDayTime } from '../../lib/dates';
import { showApiError } from '../../lib/form-errors';
import { ROLE_LABELS } from '../../lib/labels';
import { useFocusFirstError } from '../../lib/use-focus-first-error';

interface InviteValues {
  email: string;
  role: Role;
  coachId: string;
}

/** Invite someone by email with a role (a seeker optionally with their coach). */
export function InviteForm({ members }: { members: Account[] }) {
  const invite = useInvite();
  const [formRef, focusFirstError] = useFocusFirstError();
  const [formError, setFormError] = useState<string | null>(null);
  const [sent, setSent] = useState<(Invitation & { email: string }) | null>(null);
  const coaches = members.filter((m) => m.role === 'coach');
  const form = useForm<InviteValues>({
    initialValues: { email: '', role: 'seeker', coachId: '' },
    validate: { email: (v) => (v.trim() === '' ? 'Enter their email address' : null) },
  });
  const { role } = form.getValues();

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    setSent(null);
    try {
      const email = values.email.trim();
      const invitation = await invite.mutateAsync({
        email,
        role: values.role,
        ...(values.role === 'seeker' && values.coachId !== '' && { coachId: values.coachId }),
      });
      setSent({ ...invitation, email });
      form.reset();
    } catch (error) {
      setFormError(showApiError(form, error));
      focusFirstError();
    }
  }, focusFirstError);

  return (
    <SectionCard title="Invite someone">
      <form onSubmit={submit} noValidate ref={formRef}>
        <Stack gap="sm">
          <FormAlert message={formError} />
          <Group align="flex-start" gap="sm" wrap="wrap">
            <TextInput
              label="Email address"
              type="email"
              required
              w={{ base: '100%', xs: 280 }}
              {...form.getInputProps('email')}
            />
            <NativeSelect
              label="Role"
              data={(['seeker', 'coach', 'admin'] as const).map((value) => ({
                value,
                label: ROLE_LABELS[value],
              }))}
              {...form.getInputProps('role')}
            />
            {role === 'seeker' && (
              <NativeSelect
                label="Coach"
                data={[
                  { value: '', label: 'None yet' },
                  ...coaches.map((c) => ({ value: c.id, label: c.name })),
                ]}
                {...form.getInputProps('coachId')}
              />
            )}
          </Group>
          <Group>
            <Button type="submit" loading={invite.isPending}>
              Send invitation
            </Button>
          </Group>
        </Stack>
      </form>
      {sent && <InvitationSent invitation={sent} />}
    </SectionCard>
  );
}

/** The link the invited person joins with, to pass on when it was not emailed. */
export function InvitationSent({ invitation }: { invitation: Invitation & { email: string } }) {
  const link = `${window.location.origin}/join#${invitation.token}`;
  return (
    <Alert color="teal" mt="md" role="status" title={`Invitation for ${invitation.email}`}>
      <Stack gap="xs">
        <Text size="sm">
          {invitation.emailed
            ? 'We emailed them the link below.'
            : 'This server sends no email: give them the link below yourself.'}{' '}
          It works once, until {formatDayTime(invitation.expiresAt)}.
        </Text>
        <Code block data-testid="join-link">
          {link}
        </Code>
        <CopyButton value={link}>
          {({ copied, copy }) => (
            <Button size="xs" variant="light" onClick={copy} w="fit-content">
              {copied ? 'Copied' : 'Copy the link'}
            </Button>
          )}
        </CopyButton>
      </Stack>
    </Alert>
  );
}
