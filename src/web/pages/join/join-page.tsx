import { Alert, Button, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useAcceptInvitation, useSignIn } from '../../api/team';
import { homeOf, linkToken } from '../../app/team-access';
import { FormAlert } from '../../components/form-alert';
import { PasswordRules } from '../../components/password-rules';
import { showApiError } from '../../lib/form-errors';
import { useFocusFirstError } from '../../lib/use-focus-first-error';

/**
 * Joining through an invitation link (`/join#<token>`, or `?token=`): the person chooses the
 * name others see and a password, and is signed in straight away.
 */
export default function JoinPage() {
  const location = useLocation();
  const token = linkToken(location);
  const accept = useAcceptInvitation();
  const signIn = useSignIn();
  const navigate = useNavigate();
  const [formRef, focusFirstError] = useFocusFirstError();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { name: '', password: '' },
    validate: {
      name: (v) => (v.trim() === '' ? 'Enter your name' : null),
      password: (v) => (v === '' ? 'Choose a password' : null),
    },
  });
  useEffect(() => {
    document.title = 'Join · Rebound';
  }, []);

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      const { account } = await accept.mutateAsync({
        token,
        name: values.name.trim(),
        password: values.password,
      });
      await signIn.mutateAsync({ email: account.email, password: values.password });
      void navigate(homeOf(account.role), { replace: true });
    } catch (error) {
      setFormError(showApiError(form, error));
      focusFirstError();
    }
  }, focusFirstError);

  if (token === '') {
    return (
      <Stack gap="sm">
        <Title order={1} size="h3">
          Join Rebound
        </Title>
        <Alert color="gray">
          This page opens from the invitation link in your email. Open that link again, or ask
          whoever invited you to send a new one.
        </Alert>
      </Stack>
    );
  }
  const rulesId = 'join-password-rules';
  return (
    <Stack gap="md">
      <Title order={1} size="h3">
        Join Rebound
      </Title>
      <Text size="sm" c="dimmed">
        You were invited. Choose the name others will see and a password.
      </Text>
      <form onSubmit={submit} noValidate ref={formRef}>
        <Stack gap="sm">
          <FormAlert message={formError} />
          <TextInput
            label="Your name"
            autoComplete="name"
            required
            {...form.getInputProps('name')}
          />
          <PasswordInput
            label="Password"
            autoComplete="new-password"
            required
            aria-describedby={rulesId}
            {...form.getInputProps('password')}
          />
          <PasswordRules password={form.getValues().password} id={rulesId} />
          <Button type="submit" loading={accept.isPending || signIn.isPending}>
            Join
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}
