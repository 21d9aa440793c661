import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useRequestPasswordReset, useResetPassword } from '../../api/team';
import { linkToken } from '../../app/team-access';
import { FormAlert } from '../../components/form-alert';
import { PasswordRules } from '../../components/password-rules';
import { showApiError } from '../../lib/form-errors';
import { useFocusFirstError } from '../../lib/use-focus-first-error';

/**
 * A forgotten password: without a link, ask for one by email; opened from the link
 * (`/reset-password#<token>`), choose the new password, which signs out every session.
 */
export default function ResetPasswordPage() {
  const location = useLocation();
  const token = linkToken(location);
  useEffect(() => {
    document.title = 'Choose a new password · Rebound';
  }, []);
  return token === '' ? <AskForLink /> : <ChoosePassword token={token} />;
}

function AskForLink() {
  const request = useRequestPasswordReset();
  const [formRef, focusFirstError] = useFocusFirstError();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { email: '' },
    validate: { email: (v) => (v.trim() === '' ? 'Enter your email address' : null) },
  });
  const submit = form.onSubmit(async ({ email }) => {
    setFormError(null);
    try {
      await request.mutateAsync({ email: email.trim() });
    } catch (error) {
      setFormError(showApiError(form, error));
      focusFirstError();
    }
  }, focusFirstError);
  return (
    <Stack gap="md">
      <Title order={1} size="h3">
        Forgot your password?
      </Title>
      {request.isSuccess ? (
        <Alert color="teal" role="status">
          {request.data.message} The link works once, for an hour.
        </Alert>
      ) : (
        <form onSubmit={submit} noValidate ref={formRef}>
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              We email you a link to choose a new one.
            </Text>
            <FormAlert message={formError} />
            <TextInput
              label="Email address"
              type="email"
              autoComplete="username"
              required
              {...form.getInputProps('email')}
            />
            <Button type="submit" loading={request.isPending}>
              Email me a link
            </Button>
          </Stack>
        </form>
      )}
      <Anchor component={Link} to="/sign-in" size="sm">
        Back to sign in
      </Anchor>
    </Stack>
  );
}

function ChoosePassword({ token }: { token: string }) {
  const reset = useResetPassword();
  const [formRef, focusFirstError] = useFocusFirstError();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { password: '' },
    validate: { password: (v) => (v === '' ? 'Choose a password' : null) },
  });
  const submit = form.onSubmit(async ({ password }) => {
    setFormError(null);
    try {
      await reset.mutateAsync({ token, password });
    } catch (error) {
      setFormError(showApiError(form, error));
      focusFirstError();
    }
  }, focusFirstError);
  if (reset.isSuccess) {
    return (
      <Stack gap="md">
        <Title order={1} size="h3">
          Password changed
        </Title>
        <Alert color="teal" role="status">
          Your new password is set, and every place you were signed in has been signed out.
        </Alert>
        <Button component={Link} to="/sign-in">
          Sign in
        </Button>
      </Stack>
    );
  }
  const rulesId = 'reset-password-rules';
  return (
    <Stack gap="md">
      <Title order={1} size="h3">
        Choose a new password
      </Title>
      <form onSubmit={submit} noValidate ref={formRef}>
        <Stack gap="sm">
          <FormAlert message={formError} />
          <PasswordInput
            label="New password"
            autoComplete="new-password"
            required
            aria-describedby={rulesId}
            {...form.getInputProps('password')}
          />
          <PasswordRules password={form.getValues().password} id={rulesId} />
          <Button type="submit" loading={reset.isPending}>
            Set the new password
          </Button>
        </Stack>
      </form>
      <Anchor component={Link} to="/reset-password" reloadDocument size="sm">
        Ask for a new link
      </Anchor>
    </Stack>
  );
}
