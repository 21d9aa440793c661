import {
  Alert,
  Anchor,
  Button,
  Divider,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconLogin } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ApiError, errorMessage } from '../../api/api-error';
import { useSignIn, useSignInOptions } from '../../api/team';
import { homeOf, safeNext } from '../../app/team-access';
import { FormAlert } from '../../components/form-alert';
import { useFocusFirstError } from '../../lib/use-focus-first-error';

/**
 * Sign in to a team installation: email and password, or an identity provider's button when the
 * organisation has single sign-on. A wrong password and an unknown address read the same; too
 * many attempts say when to try again.
 */
export default function SignInPage() {
  const signIn = useSignIn();
  const options = useSignInOptions();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [formRef, focusFirstError] = useFocusFirstError();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { email: params.get('email') ?? '', password: '' },
    validate: {
      email: (v) => (v.trim() === '' ? 'Enter your email address' : null),
      password: (v) => (v === '' ? 'Enter your password' : null),
    },
  });
  useEffect(() => {
    document.title = 'Sign in · Rebound';
  }, []);

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      const { account } = await signIn.mutateAsync({
        email: values.email.trim(),
        password: values.password,
      });
      void navigate(safeNext(params.get('next')) ?? homeOf(account.role), { replace: true });
    } catch (error) {
      form.setFieldValue('password', '');
      // A wrong password and the limit are about the attempt, not one field: said above it.
      if (error instanceof ApiError && error.status === 400 && error.field === 'email') {
        form.setFieldError('email', error.fieldMessage);
        focusFirstError();
      } else {
        setFormError(error instanceof ApiError ? error.fieldMessage : errorMessage(error));
      }
    }
  }, focusFirstError);

  const sso = options.data?.sso ?? [];
  return (
    <Stack gap="md">
      <Title order={1} size="h3">
        Sign in
      </Title>
      {params.get('deleted') === '1' && (
        <Alert color="teal" role="status">
          Your data and your account were deleted from this server.
        </Alert>
      )}
      <form onSubmit={submit} noValidate ref={formRef}>
        <Stack gap="sm">
          <FormAlert message={formError} />
          <TextInput
            label="Email address"
            type="email"
            autoComplete="username"
            required
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            required
            {...form.getInputProps('password')}
          />
          <Button type="submit" loading={signIn.isPending} leftSection={<IconLogin size={16} />}>
            Sign in
          </Button>
        </Stack>
      </form>
      <Anchor component={Link} to="/reset-password" size="sm">
        Forgot your password?
      </Anchor>
      {sso.length > 0 && (
        <>
          <Divider label="or" labelPosition="center" />
          <Stack gap="xs">
            {sso.map((provider) => (
              <Button key={provider.id} component="a" href={provider.startUrl} variant="default">
                {provider.label}
              </Button>
            ))}
          </Stack>
        </>
      )}
      <Text size="xs" c="dimmed">
        New here? Your organisation sends you an invitation link to join.
      </Text>
    </Stack>
  );
}
