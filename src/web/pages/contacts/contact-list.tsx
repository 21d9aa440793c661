import { Anchor, Badge, Group, Paper, Skeleton, Stack, Text, Tooltip } from '@mantine/core';
import { useMemo } from 'react';
import { Link } from 'react-router';
import type { Contact } from '../../api/contacts';
import { useSettings } from '../../api/settings';
import { recoverySettingsOf, STATE_LABELS, statusOfContact } from '../../lib/keep-in-touch';
import { LogInteractionMenu } from '../../components/log-interaction-menu';
import { formatRelativeDay } from '../../lib/dates';
import { RELATIONSHIP_LABELS } from '../../lib/labels';
import classes from './contacts.module.css';

/** Contacts as rows: who, where from, when last in touch, whether going cold, a two-click log. */
export function ContactList({
  contacts,
  loading,
}: {
  contacts: readonly Contact[];
  loading: boolean;
}) {
  const view = useSettings().data;
  const settings = useMemo(() => (view ? recoverySettingsOf(view) : null), [view]);
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
              {[contact.sample && 'Sample', contact.title, contact.company]
                .filter(Boolean)
                .join(' · ') || '—'}
            </Text>
          </Stack>
          <Group gap="sm" wrap="nowrap" className={classes.meta}>
            <Badge variant="light" color="gray" visibleFrom="sm">
              {RELATIONSHIP_LABELS[contact.relationship]}
            </Badge>
            {settings && <CadenceBadge contact={contact} settings={settings} now={now} />}
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

function CadenceBadge({
  contact,
  settings,
  now,
}: {
  contact: Contact;
  settings: ReturnType<typeof recoverySettingsOf>;
  now: Date;
}) {
  const status = statusOfContact(contact, settings, now);
  if (status.state === 'not_started') return null;
  const style = STATE_LABELS[status.state];
  return (
    <Tooltip label={status.reason} multiline w={300} withArrow>
      <Badge variant="dot" color={style.color} tabIndex={0} data-cadence={status.state}>
        {style.label}
      </Badge>
    </Tooltip>
  );
}
