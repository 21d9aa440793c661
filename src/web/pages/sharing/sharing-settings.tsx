import { List, Stack, Switch, Text } from '@mantine/core';
import { errorMessage } from '../../api/api-error';
import { useChangeSharing, type Sharing } from '../../api/sharing';
import { SectionCard } from '../../components/section-card';

type Settings = Sharing['settings'];

const KINDS: readonly { kind: keyof Settings; label: string; explains: string }[] = [
  {
    kind: 'reflections',
    label: 'Share all my reflections',
    explains:
      'What you wrote after a “no”: whether the job was a fit, what went well, the skills and ' +
      'questions that caught you out. Off, your coach reads only the reflections you share one ' +
      'by one.',
  },
  {
    kind: 'drafts',
    label: 'Share all my drafts',
    explains:
      'Messages you are still writing, so your coach can help before you send. A message you ' +
      'have sent is never shown. Off, your coach reads only the drafts you share one by one.',
  },
  {
    kind: 'feelings',
    label: 'Share how I felt',
    explains:
      'How you said a “no” left you feeling, your note about it, and the pause it sets before ' +
      'you write. Off, your coach sees your plan without them.',
  },
];

/** The three settings, each with what it shares in plain words. */
export function SharingSettings({ settings }: { settings: Settings }) {
  const change = useChangeSharing();
  return (
    <SectionCard title="What your coach sees">
      <Stack gap="md">
        <Text size="sm">
          Your coach always sees your applications, the plan after a rejection and Today. The rest
          is yours until you share it, and switching something off takes it back at once.
        </Text>
        {KINDS.map(({ kind, label, explains }) => (
          <Switch
            key={kind}
            label={label}
            description={explains}
            checked={settings[kind]}
            disabled={change.isPending}
            onChange={(event) => change.mutate({ [kind]: event.currentTarget.checked })}
          />
        ))}
        {change.isError && (
          <Text size="sm" c="red" role="alert">
            {errorMessage(change.error)}
          </Text>
        )}
        <List size="sm" c="dimmed">
          <List.Item>Letters you won’t send are never shared: no coach reads them.</List.Item>
          <List.Item>
            Messages you have sent stay between you and the person you wrote to.
          </List.Item>
        </List>
      </Stack>
    </SectionCard>
  );
}
