import {
  Badge,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import type { InboxMessage } from '../../api/inbox';
import { useInboxAction } from '../../api/inbox';
import { FormAlert } from '../../components/form-alert';

const KINDS = [
  { value: 'rejection', label: 'Rejection' },
  { value: 'interview', label: 'Interview invitation' },
  { value: 'received', label: 'Application received' },
  { value: 'offer', label: 'Offer' },
  { value: 'other', label: 'Other' },
];

const ACTIONS: Record<InboxMessage['proposal']['action'], string> = {
  record_rejection: 'Record the rejection and start the recovery',
  add_interview: 'Move to interview and add the interview',
  record_offer: 'Move to offer',
  create_application: 'Add the application',
  none: 'Nothing to change',
};

/** One message beside what Rebound proposes, with accept (as is or changed) and dismiss. */
export function ReviewItem({ message }: { message: InboxMessage }) {
  const action = useInboxAction();
  const [kind, setKind] = useState(message.kind);
  const [company, setCompany] = useState(message.company ?? '');
  const changed = kind !== message.kind || company.trim() !== (message.company ?? '');
  const decision = {
    ...(kind !== message.kind && { kind }),
    ...(company.trim() !== '' &&
      company.trim() !== (message.company ?? '') && { company: company.trim() }),
  };
  const from = message.from.name
    ? `${message.from.name} <${message.from.address ?? ''}>`
    : (message.from.address ?? '');
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="article"
      aria-label={message.subject}
      data-inbox-item={message.id}
    >
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Stack gap={4}>
          <Text fw={600}>{message.subject || '(no subject)'}</Text>
          <Text size="sm" c="dimmed">
            {from} · {message.sentAt?.slice(0, 10) ?? 'no date'}
          </Text>
          {message.evidence.map((line, i) => (
            <Text key={i} size="sm" component="blockquote" style={{ margin: 0 }}>
              {line}
            </Text>
          ))}
        </Stack>
        <Stack gap="xs">
          <Group gap="xs">
            <Badge variant="light">{Math.round(message.confidence * 100)}% sure</Badge>
            {message.automated && <Badge variant="outline">Sent by a recruiting system</Badge>}
          </Group>
          <Select
            label="What it is"
            data={KINDS}
            value={kind}
            onChange={(v) => v && setKind(v as typeof kind)}
            allowDeselect={false}
          />
          <TextInput
            label="Employer"
            value={company}
            onChange={(e) => setCompany(e.currentTarget.value)}
          />
          <Text size="sm" data-proposal>
            {changed ? 'Accepting applies your changes.' : ACTIONS[message.proposal.action]}
            {message.role ? ` · ${message.role}` : ''}
          </Text>
          <FormAlert message={action.error ? action.error.message : null} />
          <Group gap="xs">
            <Button
              size="sm"
              loading={action.isPending}
              onClick={() => action.mutate({ id: message.id, verb: 'accept', decision })}
            >
              {changed ? 'Accept with changes' : 'Accept'}
            </Button>
            <Button
              size="sm"
              variant="default"
              onClick={() => action.mutate({ id: message.id, verb: 'dismiss' })}
            >
              Dismiss
            </Button>
          </Group>
        </Stack>
      </SimpleGrid>
    </Paper>
  );
}
