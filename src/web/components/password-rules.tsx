import { List, Text } from '@mantine/core';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../core/team/password-policy-limits';

/**
 * The rules a new password is held to, shown beside the field so nobody learns them by failing;
 * the count follows what is typed. The server checks the rest (common and breached passwords).
 */
export function PasswordRules({ password, id }: { password: string; id: string }) {
  const length = [...password].length;
  return (
    <div id={id}>
      <Text size="sm" fw={500} mt={4}>
        Your password
      </Text>
      <List size="sm" c="dimmed" spacing={2}>
        <List.Item>
          at least {PASSWORD_MIN_LENGTH} characters, at most {PASSWORD_MAX_LENGTH}{' '}
          <Text span size="sm" c="dimmed" aria-live="polite">
            ({length >= PASSWORD_MIN_LENGTH ? 'long enough' : `${length} so far`})
          </Text>
        </List.Item>
        <List.Item>not a common or leaked password, nor built from your name or email</List.Item>
        <List.Item>a few unrelated words together are strong and easy to remember</List.Item>
      </List>
    </div>
  );
}
