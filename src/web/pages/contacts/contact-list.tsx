import { Anchor, Badge, Group, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Contact } from '../../api/contacts';
import { LogInteractionMenu } from '../../components/log-interaction-menu';
import { formatRelativeDay } from '../../lib/dates';
import { RELATIONSHIP_LABELS } from '../../lib/labels';
import classes from './contacts.module.css';

/** Contacts as rows: who, where from, when last in touch, and a two-click log. */
export function ContactList({
  contacts,
  loading,
}: {
  contacts: readonly Contact[];
  loading: boolean;
}) {
  if (loading) {
    return (
      <Stack gap="xs" aria-busy aria-label="Loading contacts">
        {[0, 1, 2, 3, 4].map((i) => (
          <Skeleton key={i} h={60} radius="md" />
        ))}
      </Stack>
    );
  }
  const now = new Date();
  return (
    <Paper withBorder radius="md" component="ul" className={classes.list} aria-label="Contacts">
      {contacts.map((contact) => (
        <li key={contact.id} className={classes.row} data-contact={contact.id}>
          <Stack gap={0} style={{ minWidth: 0, flex: 1 }}>
            <Anchor component={Link} to={`/contacts/${contact.id}`} fw={600} size="sm">
              {contact.name}
            </Anchor>
            <Text size="xs" c="dimmed" truncate="end">
              {[contact.title, contact.company].filter(Boolean).join(' · ') || '—'}
            </Text>
          </Stack>
          <Group gap="sm" wrap="nowrap" className={classes.meta}>
            <Badge variant="light" color="gray" visibleFrom="sm">
              {RELATIONSHIP_LABELS[contact.relationship]}
            </Badge>
            <Text size="xs" c="dimmed" w={120} ta="right">
              {contact.lastInteractionAt
                ? `In touch ${formatRelativeDay(contact.lastInteractionAt, now)}`
                : 'Not in touch yet'}
            </Text>
            <LogInteractionMenu contact={contact} compact />
          </Group>
        </li>
      ))}
    </Paper>
  );
}
