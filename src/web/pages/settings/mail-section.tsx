import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  NumberInput,
  PasswordInput,
  Radio,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle, IconCircleCheck, IconPlugConnected } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import { ApiError, errorMessage } from '../../api/api-error';
import {
  useMailSettings,
  useSaveMailSettings,
  useTestMail,
  type MailSettings,
} from '../../api/mail';
import { FormAlert } from '../../components/form-alert';
import { SectionCard } from '../../components/section-card';
import { showApiError } from '../../lib/form-errors';
import {
  mailInputFor,
  mailInputOf,
  mailValuesOf,
  needsPasswordAgain,
  securityForPort,
  type MailValues,
} from './mail-values';
import { useFocusFirstError } from '../../lib/use-focus-first-error';

/** Sending from Rebound through the user's own mail account (SMTP). */
export function MailSection() {
  const settings = useMailSettings();
  const { hash } = useLocation();
  const loaded = settings.isSuccess;
  // The composer links here; the section appears only once its settings are in.
  useEffect(() => {
    if (loaded && hash === '#mail') document.getElementById('mail')?.scrollIntoView();
  }, [loaded, hash]);
  return (
    <SectionCard title="Mail" id="mail">
      <Stack gap="md">
        <Text size="sm">
          Send messages from Rebound through your own email account, so they leave from your
          address. The password is kept in a file on this computer that only you can read, never in
          backups or exports. Use an app password you can revoke where your provider offers one.
        </Text>
        {settings.isPending ? (
          <Skeleton h={320} />
        ) : settings.isError ? (
          <Text size="sm" c={settings.error instanceof ApiError ? 'dimmed' : 'red'} role="alert">
            {errorMessage(settings.error)}
          </Text>
        ) : (
          <MailForm settings={settings.data} />
        )}
      </Stack>
    </SectionCard>
  );
}

type Progress = 'idle' | 'saving' | 'connecting';

function MailForm({ settings }: { settings: MailSettings }) {
  const save = useSaveMailSettings();
  const test = useTestMail();
  const fromEnvironment = settings.source === 'environment';
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [progress, setProgress] = useState<Progress>('idle');
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const form = useForm<MailValues>({
    initialValues: mailValuesOf(settings),
    validate: {
      host: (v) => (v.trim() === '' ? 'Enter the server name, such as smtp.gmail.com' : null),
      from: (v) => (v.trim() === '' ? 'Enter the address your mail is sent from' : null),
      password: (_v, values) =>
        needsPasswordAgain(settings, values)
          ? 'Enter the password again: the server, port or user name changed, and the saved password only goes to the account it was saved for.'
          : null,
    },
    onValuesChange: () => setSaved(false),
  });

  const store = async (values: MailValues) => {
    const view = await save.mutateAsync(mailInputOf(values));
    const next = mailValuesOf(view);
    form.setInitialValues(next);
    form.setValues(next);
  };

  const [formRef, focusFirstError] = useFocusFirstError();
  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    setResult(null);
    setProgress('saving');
    try {
      await store(values);
      setSaved(true);
    } catch (error) {
      setFormError(showApiError(form, error));
      focusFirstError();
    } finally {
      setProgress('idle');
    }
  }, focusFirstError);

  // The server tests the saved account, so what is typed is saved first.
  const runTest = async () => {
    setFormError(null);
    setResult(null);
    setSaved(false);
    if (!fromEnvironment && (form.isDirty() || settings.source === 'none')) {
      if (form.validate().hasErrors) return;
      setProgress('saving');
      try {
        await store(form.getValues());
      } catch (error) {
        setFormError(showApiError(form, error));
        setProgress('idle');
        return;
      }
    }
    setProgress('connecting');
    try {
      const outcome = await test.mutateAsync();
      setResult({ ok: true, text: outcome.message });
    } catch (error) {
      const input = error instanceof ApiError ? mailInputFor(error.field) : undefined;
      if (input !== undefined && !fromEnvironment)
        form.setFieldError(input, 'The connection test failed here; see below.');
      setResult({ ok: false, text: errorMessage(error) });
    } finally {
      setProgress('idle');
    }
  };

  const portInput = form.getInputProps('port');
  const busy = progress !== 'idle';
  return (
    <form onSubmit={submit} noValidate ref={formRef} aria-label="Mail account">
      <Stack gap="md">
        {fromEnvironment && (
          <Alert color="blue" title="Set in the environment">
            These settings come from the environment where Rebound was started (REBOUND_SMTP_URL or
            REBOUND_SMTP_HOST and the rest), which wins over anything saved here. Change them there;
            you can still test the connection.
          </Alert>
        )}
        <FormAlert message={formError} />
        <Fieldset variant="unstyled" disabled={fromEnvironment}>
          <Stack gap="md">
            <Group align="flex-start" gap="sm" wrap="wrap">
              <TextInput
                label="Server"
                description="Your provider’s SMTP server."
                placeholder="smtp.gmail.com"
                required
                autoComplete="off"
                spellCheck={false}
                style={{ flex: '1 1 260px' }}
                {...form.getInputProps('host')}
              />
              <NumberInput
                label="Port"
                description="465 or 587, usually."
                min={1}
                max={65535}
                allowDecimal={false}
                w={150}
                {...portInput}
                onChange={(value) => {
                  portInput.onChange(value);
                  const security = typeof value === 'number' ? securityForPort(value) : null;
                  if (security) form.setFieldValue('security', security);
                }}
              />
            </Group>
            <Radio.Group
              label="Security"
              description="Away from this computer, Rebound never sends your password unencrypted: without TLS from the start, the server must offer STARTTLS."
              {...form.getInputProps('security')}
            >
              <Group mt="xs">
                <Radio value="tls" label="TLS from the start (port 465)" />
                <Radio value="starttls" label="STARTTLS (port 587)" />
              </Group>
            </Radio.Group>
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
              <TextInput
                label="User name"
                description="Usually your email address."
                autoComplete="off"
                spellCheck={false}
                {...form.getInputProps('user')}
              />
              <PasswordInput
                label="Password"
                description={passwordDescription(settings, form.getValues())}
                placeholder={settings.passwordSet ? 'Saved; type to replace' : undefined}
                autoComplete="new-password"
                disabled={fromEnvironment || form.getValues().clearPassword}
                {...form.getInputProps('password')}
                // Mantine marks only the wrapper of a password input; screen readers need this.
                aria-invalid={form.errors.password ? true : undefined}
              />
            </SimpleGrid>
            {settings.passwordSet && !fromEnvironment && (
              <Checkbox
                label="Remove the saved password when saving"
                {...form.getInputProps('clearPassword', { type: 'checkbox' })}
              />
            )}
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
              <TextInput
                label="Your name"
                description="Shown to the people you write to."
                placeholder="Ana Díaz"
                autoComplete="name"
                {...form.getInputProps('fromName')}
              />
              <TextInput
                label="Sender address"
                description="The address of the account you sign in with."
                placeholder="ana@example.com"
                type="email"
                required
                autoComplete="email"
                {...form.getInputProps('from')}
              />
            </SimpleGrid>
          </Stack>
        </Fieldset>
        <Group gap="xs" wrap="wrap">
          {!fromEnvironment && (
            <Button type="submit" loading={progress === 'saving'} disabled={busy}>
              Save mail settings
            </Button>
          )}
          <Button
            variant="default"
            leftSection={<IconPlugConnected size={16} aria-hidden />}
            onClick={() => void runTest()}
            loading={progress === 'connecting'}
            disabled={busy}
          >
            Test connection
          </Button>
          <Text size="sm" c="dimmed" role="status">
            {progress === 'saving'
              ? 'Saving…'
              : progress === 'connecting'
                ? `Connecting to ${form.getValues().host.trim() || 'the server'}…`
                : saved
                  ? 'Saved.'
                  : ''}
          </Text>
        </Group>
        {result && (
          // The verdict is in the body text: an alert title was seen keeping its light-scheme
          // colour for a moment after a switch to dark, too faint to read.
          <Alert
            color={result.ok ? 'teal' : 'red'}
            icon={result.ok ? <IconCircleCheck aria-hidden /> : <IconAlertCircle aria-hidden />}
            role={result.ok ? 'status' : 'alert'}
            data-mail-test={result.ok ? 'ok' : 'failed'}
          >
            <Text span fw={700} size="sm">
              {result.ok ? 'It works. ' : 'The connection test failed. '}
            </Text>
            {result.text}
          </Alert>
        )}
      </Stack>
    </form>
  );
}

function passwordDescription(settings: MailSettings, values: MailValues): string {
  if (settings.source === 'environment')
    return settings.passwordSet ? 'Set in the environment.' : 'None set.';
  if (values.clearPassword) return 'The saved password will be removed.';
  if (needsPasswordAgain(settings, values))
    return 'The server, port or user name changed: enter the password for this account.';
  return settings.passwordSet
    ? 'A password is saved and never shown. Leave this empty to keep it.'
    : 'Gmail and Outlook need an app password here, not your usual one.';
}
