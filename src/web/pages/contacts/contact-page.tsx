import { Anchor, Button, Grid, Group, Stack, Text, Timeline } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconArrowLeft,
  IconMail,
  IconMessageCircle,
  IconPencil,
  IconUsers,
} from '@tabler/icons-react';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { useApplications } from '../../api/applications';
import { useContactDetail, type ContactDetail } from '../../api/contacts';
import { useContactMessages } from '../../api/messages';
import { LogInteractionMenu } from '../../components/log-interaction-menu';
import { PageHeader } from '../../components/page-header';
import { PersonFormModal } from '../../components/person-form-modal';
import { QueryState } from '../../components/query-state';
import { SectionCard } from '../../components/section-card';
import { formatDay } from '../../lib/dates';
import { AboutSection } from './about-section';
import { contactTimeline } from './contact-timeline';
import { KeepInTouchSection } from './keep-in-touch-section';
import { SampleBadge } from '../../components/sample-banner';

const ICONS = { interview: IconUsers, interaction: IconMessageCircle, message: IconMail } as const;

function ContactView({ detail }: { detail: ContactDetail }) {
  const [editing, editModal] = useDisclosure(false);
  const applications = useApplications();
  const messages = useContactMessages(detail.contact.id);
  const byId = useMemo(
    () => new Map((applications.data ?? []).map((a) => [a.id, a])),
    [applications.data],
  );
  const timeline = contactTimeline(detail, messages.data?.items ?? [], byId);
  const { contact } = detail;
  const linked = detail.applicationIds.map((id) => byId.get(id)).filter((a) => a !== undefined);
  return (
    <>
      <PageHeader
        above={
          <Anchor component={Link} to="/contacts" size="sm" w="fit-content">
            <IconArrowLeft size={14} aria-hidden style={{ verticalAlign: -2 }} /> Contacts
          </Anchor>
        }
        title={contact.name}
        marks={contact.sample && <SampleBadge />}
        description={[contact.title, contact.company].filter(Boolean).join(' · ')}
        actions={
          <>
            <LogInteractionMenu contact={contact} size="sm" />
            <Button
              size="sm"
              variant="subtle"
              leftSection={<IconPencil size={14} aria-hidden />}
              onClick={editModal.open}
            >
              Edit
            </Button>
          </>
        }
      />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <SectionCard title="Timeline">
            {timeline.length === 0 ? (
              <Text size="sm" c="dimmed">
                Nothing yet. Log a touchpoint when you are in touch; it keeps the thread.
              </Text>
            ) : (
              <Timeline bulletSize={24} lineWidth={2}>
                {timeline.map((entry) => {
                  const Icon = ICONS[entry.kind];
                  return (
                    <Timeline.Item
                      key={`${entry.kind}-${entry.id}`}
                      bullet={<Icon size={13} aria-hidden />}
                      title={
                        entry.href ? (
                          <Anchor component={Link} to={entry.href} size="sm">
                            {entry.summary}
                          </Anchor>
                        ) : (
                          <Text size="sm">{entry.summary}</Text>
                        )
                      }
                    >
                      <Text size="xs" c="dimmed">
                        {formatDay(entry.at)}
                        {entry.application
                          ? ` · ${entry.application.company}, ${entry.application.role}`
                          : ''}
                      </Text>
                    </Timeline.Item>
                  );
                })}
              </Timeline>
            )}
          </SectionCard>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="md">
            <AboutSection contact={contact} />
            <KeepInTouchSection contactId={contact.id} name={contact.name} />
            <SectionCard title="Applications">
              {linked.length === 0 ? (
                <Text size="sm" c="dimmed">
                  Not linked to an application.
                </Text>
              ) : (
                <Stack gap={6}>
                  {linked.map((a) => (
                    <Group key={a.id} gap={6} wrap="nowrap">
                      <Anchor component={Link} to={`/applications/${a.id}`} size="sm" fw={600}>
                        {a.company}
                      </Anchor>
                      <Text size="sm" c="dimmed" truncate="end">
                        {a.role}
                      </Text>
                    </Group>
                  ))}
                </Stack>
              )}
            </SectionCard>
          </Stack>
        </Grid.Col>
      </Grid>
      {editing && <PersonFormModal opened={editing} onClose={editModal.close} contact={contact} />}
    </>
  );
}

export default function ContactPage() {
  const { id = '' } = useParams();
  const detail = useContactDetail(id);
  return (
    <QueryState query={detail} what="this contact">
      {(data) => <ContactView detail={data} />}
    </QueryState>
  );
}
